import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CustomFunctionsMetadataError,
  associateSnippet,
  generateFunctionsMetadata,
  localizeMetadata,
  type FunctionsMetadata,
  type LocalizationTable,
} from '../scripts/customFunctionsPlugin';
import { version } from '../src/functions/functions';
import { functionsVi } from '../src/functions/functions-vi';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string) => resolve(root, 'tests', 'fixtures', `${name}.ts`);

async function problemsOf(entry: string): Promise<readonly string[]> {
  try {
    await generateFunctionsMetadata(entry);
  } catch (err) {
    if (err instanceof CustomFunctionsMetadataError) return err.problems;
    throw err;
  }
  throw new Error(`${entry} generated without errors`);
}

describe('generateFunctionsMetadata (custom-functions-metadata on a fixture)', () => {
  it('derives ids, names, parameters, optionality, dimensionality and results from the JSDoc and types', async () => {
    const { metadata, associate } = await generateFunctionsMetadata(fixture('customFunctions'));
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(Object.keys(byId)).toEqual(['ADD', 'RANKBLOC', 'GRADE', 'ECHO']); // helper() has no tag

    // @customfunction without arguments: id and name are the function name, upper-cased.
    expect(byId.ADD).toMatchObject({
      name: 'ADD',
      description: 'Adds two numbers.',
      parameters: [
        { name: 'first', type: 'number', description: 'The first number.' },
        { name: 'second', type: 'number', description: 'The second number.' },
      ],
      result: { type: 'number' },
    });
    expect(byId.ADD!.parameters[0]).not.toHaveProperty('optional');
    expect(byId.ADD!.parameters[0]).not.toHaveProperty('dimensionality');

    // `unknown[][]` is a range (matrix of any); `?` makes it optional; number[][] result spills.
    expect(byId.RANKBLOC).toMatchObject({
      name: 'RANKBLOC',
      parameters: [
        { name: 'totals', type: 'any', dimensionality: 'matrix' },
        { name: 'tieBreaks', type: 'any', dimensionality: 'matrix', optional: true },
      ],
      result: { type: 'number', dimensionality: 'matrix' },
    });
    expect(byId.RANKBLOC!.parameters[0]).not.toHaveProperty('optional');

    // `@customfunction ID NAME`: the second word is the display name; `[language]` in JSDoc = optional.
    expect(byId.GRADE).toMatchObject({
      name: 'GRADE.LABEL',
      parameters: [
        { name: 'total', type: 'number' },
        { name: 'language', type: 'string', optional: true },
      ],
      result: { type: 'string' },
    });

    // Unions become `any`; a trailing CustomFunctions.Invocation is not a parameter; tags become options.
    expect(byId.ECHO).toMatchObject({ options: { volatile: true }, parameters: [{ name: 'value', type: 'any' }] });
    expect(byId.ECHO!.parameters).toHaveLength(1);

    expect(associate).toEqual([
      { functionName: 'add', id: 'ADD' },
      { functionName: 'rankBloc', id: 'RANKBLOC' },
      { functionName: 'grade', id: 'GRADE' },
      { functionName: 'echo', id: 'ECHO' },
    ]);
  });

  it('reports every error of the generator, with line and column', async () => {
    const problems = await problemsOf(fixture('customFunctionsBroken'));
    expect(problems).toEqual([
      expect.stringMatching(/does not support type "Date".*\(8,\d+\)$/),
      expect.stringMatching(/duplicate id: TWICE/),
      expect.stringMatching(/Type doesn't match mappings/), // (number | string)[][]
    ]);
  });

  it('requires a description for every function and parameter, and a help page', async () => {
    expect(await problemsOf(fixture('customFunctionsUndocumented'))).toEqual([
      'BARE: the JSDoc has no description',
      'BARE: no @helpurl with an https URL',
      'BARE: parameter "x" has no @param description',
    ]);
  });

  it('rejects source the generator silently misreads', async () => {
    const problems = await problemsOf(fixture('customFunctionsMisleading'));
    expect(problems).toEqual([
      expect.stringContaining('misleading: 2 /** */ blocks precede it'),
      expect.stringContaining('parameter "totals" is a union with an array type'),
      expect.stringContaining('parameter "weights" is a 1-D array'),
    ]);
  });

  it('fails on a file without any custom function', async () => {
    await expect(generateFunctionsMetadata(resolve(root, 'src/functions/functions-vi.ts'))).rejects.toThrow(
      /No custom function/,
    );
  });
});

const sample: FunctionsMetadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: 'RANKBLOC',
      name: 'RANKBLOC',
      description: 'Ranks totals.',
      parameters: [
        { name: 'totals', description: 'Totals.', type: 'any', dimensionality: 'matrix' },
        { name: 'tieBreaks', description: 'Tie-breaks.', type: 'any', dimensionality: 'matrix', optional: true },
      ],
      result: { type: 'number', dimensionality: 'matrix' },
    },
    { id: 'VERSION', name: 'VERSION', description: 'Version.', parameters: [], result: { type: 'string' } },
  ],
};

const vi: LocalizationTable = {
  RANKBLOC: {
    name: 'XEPHANG',
    description: 'Xếp hạng tổng điểm.',
    parameters: {
      totals: { name: 'tong_diem', description: 'Cột tổng điểm.' },
      tieBreaks: { description: 'Các cột tiêu chí phụ.' },
    },
  },
  VERSION: { name: 'PHIENBAN', description: 'Phiên bản.' },
};

describe('localizeMetadata (functions-vi.json)', () => {
  it('replaces names and texts, and keeps ids, types, dimensionality and optionality', () => {
    const out = localizeMetadata(sample, vi, 'vi');
    expect(out.functions.map((f) => [f.id, f.name])).toEqual([
      ['RANKBLOC', 'XEPHANG'],
      ['VERSION', 'PHIENBAN'],
    ]);
    expect(out.functions[0]).toEqual({
      ...sample.functions[0],
      name: 'XEPHANG',
      description: 'Xếp hạng tổng điểm.',
      parameters: [
        { name: 'tong_diem', description: 'Cột tổng điểm.', type: 'any', dimensionality: 'matrix' },
        {
          name: 'tieBreaks',
          description: 'Các cột tiêu chí phụ.',
          type: 'any',
          dimensionality: 'matrix',
          optional: true,
        },
      ],
    });
    expect(out.allowCustomDataForDataTypeAny).toBe(true);
    expect(sample.functions[0]!.name).toBe('RANKBLOC'); // input untouched
  });

  const fails = (table: LocalizationTable, message: RegExp | string) => {
    let error: unknown;
    try {
      localizeMetadata(sample, table, 'vi');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CustomFunctionsMetadataError);
    expect((error as CustomFunctionsMetadataError).problems).toContainEqual(
      typeof message === 'string' ? message : expect.stringMatching(message),
    );
  };

  it('fails when a function has no entry', () => {
    fails({ RANKBLOC: vi.RANKBLOC! }, 'vi: function VERSION has no entry');
  });

  it('fails when a parameter has no description', () => {
    fails(
      { ...vi, RANKBLOC: { ...vi.RANKBLOC!, parameters: { totals: { description: 'Cột.' } } } },
      'vi: RANKBLOC: parameter "tieBreaks" has no description',
    );
  });

  it('fails on entries for functions or parameters that do not exist', () => {
    fails({ ...vi, RANK: { name: 'HANG', description: 'x' } }, 'vi: entry "RANK" matches no custom function id');
    fails(
      { ...vi, VERSION: { name: 'PHIENBAN', description: 'x', parameters: { lang: { description: 'x' } } } },
      'vi: VERSION: entry for parameter "lang", which does not exist',
    );
  });

  it('fails on invalid or duplicate names', () => {
    fails({ ...vi, VERSION: { name: 'PHIÊN BẢN', description: 'x' } }, /name "PHIÊN BẢN" must start with a letter/);
    fails({ ...vi, VERSION: { name: 'PB', description: 'x' } }, /at least 3 characters/);
    fails({ ...vi, VERSION: { name: 'ABC12', description: 'x' } }, /looks like a cell reference/);
    fails({ ...vi, VERSION: { name: 'xephang', description: 'x' } }, /VERSION and RANKBLOC have the same name/);
  });

  it('accepts Vietnamese letters in names', () => {
    expect(
      localizeMetadata(sample, { ...vi, VERSION: { name: 'PHIÊNBẢN', description: 'x' } }, 'vi').functions[1]!.name,
    ).toBe('PHIÊNBẢN');
  });
});

describe('associateSnippet', () => {
  it('associates every id with its function, only where the CustomFunctions runtime exists', () => {
    const code = associateSnippet([
      { id: 'RANKBLOC', functionName: 'rankBloc' },
      { id: 'VERSION', functionName: 'version' },
    ]);
    const run = new Function('CustomFunctions', 'rankBloc', 'version', code) as (...args: unknown[]) => void;
    const calls: Array<[string, unknown]> = [];
    const rankBloc = () => 1;
    run({ associate: (id: string, fn: unknown) => calls.push([id, fn]) }, rankBloc, version);
    expect(calls).toEqual([
      ['RANKBLOC', rankBloc],
      ['VERSION', version],
    ]);
    expect(() => run(undefined, rankBloc, version)).not.toThrow();
  });
});

describe('the real functions', () => {
  it('generate, localize and keep VERSION → PHIENBAN', async () => {
    const { metadata, associate } = await generateFunctionsMetadata(resolve(root, 'src/functions/functions.ts'));
    expect(associate).toContainEqual({ functionName: 'version', id: 'VERSION' });
    const versionMeta = metadata.functions.find((f) => f.id === 'VERSION');
    expect(versionMeta).toMatchObject({ name: 'VERSION', parameters: [], result: { type: 'string' } });
    const localized = localizeMetadata(metadata, functionsVi, 'vi');
    expect(localized.functions.find((f) => f.id === 'VERSION')?.name).toBe('PHIENBAN');
    expect(localized.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  });

  it('VERSION returns the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    expect(version()).toBe(pkg.version);
  });
});
