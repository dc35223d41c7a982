// The metadata Excel reads for the TDKT functions, generated from src/functions/functions.ts as the build does
// (functions.json) and localized with src/functions/functions-vi.ts (functions-vi.json).
import { resolve } from 'node:path';
import type { IFunction } from 'custom-functions-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFunctionsMetadata, localizeMetadata, type FunctionsMetadata } from '../scripts/customFunctionsPlugin';
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

  it('describes every function with an example and every parameter', () => {
    for (const f of en.functions) {
      expect(f.description, f.id).toMatch(/Examples?: =TDKT\./);
      expect(f.description, f.id).toContain(`=TDKT.${f.name}(`);
      for (const p of f.parameters) expect(p.description?.trim().length, `${f.id}.${p.name}`).toBeGreaterThan(10);
    }
    // both usages of RANKBLOC are documented
    const rank = byId(en, 'RANKBLOC').description!;
    expect(rank).toContain('=TDKT.RANKBLOC(H2:H12)');
    expect(rank).toContain('=TDKT.RANKBLOC(H2,H$2:H$12)');
    expect(rank).toContain('=TDKT.RANKBLOC(H2:H12,,I2:I12)');
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
      expect(f.description, f.id).toMatch(/Ví dụ: =TDKT\./);
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
      'pha_hoa_1',
      'pha_hoa_2',
      'pha_hoa_3',
    ]);
  });
});
