// The metadata Excel reads for the TDKT functions, generated from src/functions/functions.ts as the build does
// (functions.json) and localized with src/functions/functions-vi.ts (functions-vi.json).
import { resolve } from 'node:path';
import { generateCustomFunctionsMetadata, type IFunction } from 'custom-functions-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_DESCRIPTION,
  generateFunctionsMetadata,
  localizeMetadata,
  type FunctionsMetadata,
} from '../scripts/customFunctionsPlugin';
import * as functions from '../src/functions/functions';
import { functionsVi } from '../src/functions/functions-vi';

const root = resolve(import.meta.dirname, '..');
let en: FunctionsMetadata;
let vi: FunctionsMetadata;
let associate: Array<{ functionName: string; id: string }>;
const byId = (m: FunctionsMetadata, id: string): IFunction => {
  const f = m.functions.find((x) => x.id === id);
  if (!f) throw new Error(`no function ${id}`);
  return f;
};
/** A parameter as `name:type[/matrix][?]`, the shape Excel sees. */
const shape = (f: IFunction): string[] =>
  f.parameters.map(
    (p) => `${p.name}:${p.type ?? 'any'}${p.dimensionality === 'matrix' ? '/matrix' : ''}${p.optional ? '?' : ''}`,
  );

beforeAll(async () => {
  const generated = await generateFunctionsMetadata(resolve(root, 'src/functions/functions.ts'));
  en = generated.metadata;
  associate = generated.associate;
  vi = localizeMetadata(en, functionsVi, 'vi');
});

describe('functions.json (generated from the JSDoc)', () => {
  it('has the ids (which never change), the English names and one associate call each', () => {
    expect(en.functions.map((f) => [f.id, f.name])).toEqual([
      ['VERSION', 'VERSION'],
      ['RANKBLOC', 'RANKBLOC'],
      ['TOTAL', 'TOTAL'],
      ['MAXSCORE', 'MAXSCORE'],
      ['GRADE', 'GRADE'],
      ['AWARDS', 'AWARDS'],
    ]);
    expect(associate).toEqual([
      { functionName: 'version', id: 'VERSION' },
      { functionName: 'rankBloc', id: 'RANKBLOC' },
      { functionName: 'total', id: 'TOTAL' },
      { functionName: 'maxScore', id: 'MAXSCORE' },
      { functionName: 'grade', id: 'GRADE' },
      { functionName: 'awards', id: 'AWARDS' },
    ]);
    for (const { functionName } of associate)
      expect(typeof (functions as Record<string, unknown>)[functionName]).toBe('function');
  });

  it('declares ranges as matrices, options as optional, and spilled results as matrices', () => {
    expect(shape(byId(en, 'RANKBLOC'))).toEqual([
      'values:any/matrix',
      'range:any/matrix?',
      'tiebreak1:any/matrix?',
      'tiebreak2:any/matrix?',
      'tiebreak3:any/matrix?',
    ]);
    expect(shape(byId(en, 'TOTAL'))).toEqual([
      'points:any/matrix',
      'maxima:any/matrix',
      'kinds:any/matrix?',
      'bonusCapPercent:any?',
    ]);
    expect(shape(byId(en, 'MAXSCORE'))).toEqual(['maxima:any/matrix', 'kinds:any/matrix?']);
    expect(shape(byId(en, 'GRADE'))).toEqual([
      'total:any/matrix',
      'maxScore:any',
      'lang:string?',
      'excellent:any?',
      'good:any?',
      'complete:any?',
    ]);
    expect(shape(byId(en, 'AWARDS'))).toEqual([
      'ranks:any/matrix',
      'grades:any/matrix',
      'discipline:any/matrix?',
      'provincialFlags:any?',
      'certificates:any?',
      'exceededTargets:any/matrix?',
      'strongOrganisations:any/matrix?',
      'nominateGovernmentFlag:any?',
      'governmentFlagWithProvincial:any?',
      'awardGrade:any?',
      'lang:string?',
    ]);
    for (const id of ['RANKBLOC', 'TOTAL', 'GRADE', 'AWARDS'])
      expect(byId(en, id).result).toMatchObject({ dimensionality: 'matrix' });
    expect(byId(en, 'MAXSCORE').result).toEqual({ type: 'number' });
    expect(byId(en, 'VERSION').result).toEqual({ type: 'string' });
  });

  it('describes every function with an example and every parameter; the help page holds the rest', () => {
    for (const f of en.functions) {
      expect(f.description, f.id).toContain(`=TDKT.${f.name}(`);
      expect(f.helpUrl, f.id).toBe(`https://localhost:3000/help/functions.html#tdkt${f.name.toLowerCase()}`);
      for (const p of f.parameters) expect(p.description?.trim().length, `${f.id}.${p.name}`).toBeGreaterThan(10);
    }
    // both usages of RANKBLOC are in its description; the order is in its third parameter's
    const rank = byId(en, 'RANKBLOC');
    expect(rank.description).toContain('=TDKT.RANKBLOC(H2:H12)');
    expect(rank.description).toContain('=TDKT.RANKBLOC(H2,H$2:H$12)');
    expect(rank.parameters[2]!.description).toMatch(/RANK\.EQ's order \(0 highest first, 1 lowest first\)/);
  });

  it('is exactly what the official generator (custom-functions-metadata) makes of functions.ts', async () => {
    const official = await generateCustomFunctionsMetadata(resolve(root, 'src/functions/functions.ts'), false);
    expect(official.errors).toEqual([]);
    expect(en).toEqual(JSON.parse(official.metadataJson));
  });
});

/**
 * The function-metadata JSON schema is not installed offline (no package in node_modules ships it: searched for
 * custom-functions*.schema.json), so its documented limits are checked by hand, for both files
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json and custom-functions-naming).
 */
describe.each(['en', 'vi'] as const)('functions%s.json within the documented limits', (which) => {
  const file = (): FunctionsMetadata => (which === 'en' ? en : vi);
  const TYPES = ['number', 'string', 'boolean', 'any'];
  it('ids: letters, digits and periods, unique; names: a letter first, letters, digits, "." or "_", 3+ chars', () => {
    const ids = file().functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of file().functions) {
      expect(f.id).toMatch(/^[A-Za-z0-9.]+$/);
      expect(f.name).toMatch(/^\p{L}[\p{L}0-9._]{2,127}$/u);
    }
  });

  it(`descriptions: at most ${MAX_DESCRIPTION} characters, one line, for every function and parameter`, () => {
    for (const f of file().functions) {
      for (const [what, text] of [
        ['description', f.description],
        ...f.parameters.map((p) => [p.name, p.description]),
      ]) {
        expect(text, `${f.id} ${what}`).toBeTruthy();
        expect([...text!].length, `${f.id} ${what}: ${text}`).toBeLessThanOrEqual(MAX_DESCRIPTION);
        expect(text, `${f.id} ${what}`).not.toMatch(/[\r\n]/);
      }
    }
  });

  it('parameters and results: known types, scalar or matrix, required before optional; https help URLs', () => {
    for (const f of file().functions) {
      let optional = false;
      for (const p of f.parameters) {
        expect(TYPES).toContain(p.type ?? 'any');
        expect(['scalar', 'matrix', undefined]).toContain(p.dimensionality);
        if (optional) expect(p.optional, `${f.id}.${p.name} after an optional one`).toBe(true);
        optional ||= p.optional === true;
      }
      expect(['scalar', 'matrix', undefined]).toContain(f.result?.dimensionality);
      expect(f.helpUrl).toMatch(/^https:\/\/[^\s]+$/);
    }
  });
});

describe('the build rules catch what Excel would show badly', () => {
  it('a description over 128 characters, a line break, no help URL', () => {
    const long = { ...en, functions: [{ ...en.functions[0]!, description: 'x'.repeat(129) }] };
    expect(() => localizeMetadata(long, { VERSION: { name: 'PHIENBAN', description: 'y'.repeat(129) } }, 'vi')).toThrow(
      /has 129 characters/,
    );
    expect(() =>
      localizeMetadata(en, { ...functionsVi, VERSION: { name: 'PHIENBAN', description: 'Hai\ndòng' } }, 'vi'),
    ).toThrow(/holds a line break/);
  });
});

describe('functions-vi.json (localized from functions-vi.ts)', () => {
  it('keeps ids, types, dimensionality and optionality; has the Vietnamese names', () => {
    expect(vi.functions.map((f) => [f.id, f.name])).toEqual([
      ['VERSION', 'PHIENBAN'],
      ['RANKBLOC', 'XEPHANG'],
      ['TOTAL', 'TONGDIEM'],
      ['MAXSCORE', 'DIEMTOIDA'],
      ['GRADE', 'XEPLOAI'],
      ['AWARDS', 'KHENTHUONG'],
    ]);
    const strip = (f: IFunction) => ({
      id: f.id,
      result: f.result,
      options: f.options,
      parameters: f.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
    });
    expect(vi.functions.map(strip)).toEqual(en.functions.map(strip));
  });

  it('gives every function a Vietnamese description with an example, and every parameter a name and help', () => {
    for (const f of vi.functions) {
      expect(f.description, f.id).toContain(`=TDKT.${f.name}(`);
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size, f.id).toBe(names.length);
      for (const p of f.parameters) {
        expect(p.name, `${f.id}.${p.name}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.description, `${f.id}.${p.name}`).not.toBe(
          byId(en, f.id).parameters.find((q) => q.name === p.name)?.description,
        );
      }
    }
    expect(byId(vi, 'RANKBLOC').parameters.map((p) => p.name)).toEqual([
      'gia_tri',
      'vung',
      'thu_tu_uu_tien_1',
      'uu_tien_2',
      'uu_tien_3',
    ]);
  });
});
