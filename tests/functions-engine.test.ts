// The worksheet functions agree with the engine (`blocrank rank`): on the example workbooks, with the
// arguments taken from the workbooks' own cells, and on random blocs typed as a clerk types them.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/model.js';
import { setFunctionsLanguage } from '../src/functions/language.js';
import { toA1 } from '../src/grid/toA1.js';
import type { CellValue, WorkbookGrid } from '../src/grid/types.js';
import { readBookFile } from '../src/cli/readBookFile.js';
import { StubError, installCustomFunctionsStub } from './helpers/customFunctionsStub.js';
import { runBlocrank } from './helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from './helpers/tempDir.js';
import { bookOf, engineColumns, functionColumns, readBook, type BookSpec } from './helpers/functionsOnBook.js';

afterAll(removeTempDirs);

const examples = resolve(import.meta.dirname, '..', 'examples');
const loadGrid = async (name: string): Promise<WorkbookGrid> => {
  const loaded = await readBookFile(resolve(examples, name));
  if (!loaded.value) throw new Error(`cannot read ${name}`);
  return loaded.value.grid;
};
const isExcelError = (v: unknown): v is StubError => v instanceof StubError;

beforeAll(() => installCustomFunctionsStub());
afterEach(() => setFunctionsLanguage('vi'));

/** Expects the functions' columns to be what `blocrank rank` writes. */
function expectAgreement(book: WorkbookGrid, lang: Lang): ReturnType<typeof functionColumns> {
  const engine = engineColumns(book, lang);
  expect(engine.ok).toBe(true);
  const fn = functionColumns(book, lang);
  expect(fn.totals).toEqual(engine.totals);
  expect(fn.ranks).toEqual(engine.ranks);
  expect(fn.ranksSpread).toEqual(engine.ranks);
  expect(fn.ranksPerCell).toEqual(engine.ranks);
  expect(fn.grades).toEqual(engine.grades);
  expect(fn.awards).toEqual(engine.awards);
  return fn;
}

// The examples are part of the repository: a missing one is a failure, not a skip.
const VALID_EXAMPLES = ['bac-ninh-2018.xlsx', 'tham-muu-tong-hop-2025-en.xlsx'];

describe('on the example workbooks (examples/*.xlsx)', () => {
  it.each(VALID_EXAMPLES)(
    '%s: same totals, ranks (all three usages), grades and awards as blocrank rank',
    async (name) => {
      const book = await loadGrid(name);
      const lang = readBook(book).layout.lang;
      const fn = expectAgreement(book, lang);
      // the examples exercise what matters: equal totals separated by the tie-break chain, several awards
      const totals = fn.totals as number[];
      expect(new Set(totals).size).toBeLessThan(totals.length);
      expect(fn.keyColumns.length).toBeGreaterThanOrEqual(4);
      expect(fn.awards.filter((a) => a !== '').length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(VALID_EXAMPLES)(
    '%s: the columns the CLI wrote into its ranked copy',
    async (name) => {
      const book = await loadGrid(name);
      // The CLI writes its ranked copy here and now, not from a leftover of `npm run demo`.
      const out = resolve(await tempDir(), name.replace('.xlsx', '.ranked.xlsx'));
      expect((await runBlocrank('rank', resolve(examples, name), '-o', out)).code).toBe(0);
      const loadedCopy = await readBookFile(out);
      const ranked = loadedCopy.value!.grid;
      const { layout } = readBook(ranked);
      const scores = ranked.sheets.find((s) => s.name === layout.scoresSheet)!;
      const written = (key: 'total' | 'rank' | 'grade' | 'award') =>
        layout.unitRows.map((r) => scores.rows[r - 1]?.[layout.resultColumns[key] - 1] ?? '');
      const fn = functionColumns(book, layout.lang);
      expect(fn.totals).toEqual(written('total'));
      expect(fn.ranks).toEqual(written('rank'));
      expect(fn.grades).toEqual(written('grade'));
      expect(fn.awards).toEqual(written('award'));
    },
  );

  const WITH_ERRORS = 'dak-nong-2024-co-loi.xlsx';
  it(
    `${WITH_ERRORS}: the rows the engine rejects are the rows the functions mark, each naming a cell the engine names`,
    async () => {
      setFunctionsLanguage('en');
      const book = await loadGrid(WITH_ERRORS);
      const engine = engineColumns(book, 'vi');
      expect(engine.ok).toBe(false);
      const { layout } = readBook(book);
      const fn = functionColumns(book, 'vi');
      const badCells = new Set(engine.issues.filter((i) => i.severity === 'error' && i.cell).map((i) => i.cell));
      const badRows = new Set(
        engine.issues.filter((i) => i.severity === 'error' && i.cell).map((i) => Number(/\d+$/.exec(i.cell!)![0])),
      );
      expect(badRows.size).toBeGreaterThan(0);
      fn.totals.forEach((t, u) => {
        const row = layout.unitRows[u]!;
        expect(isExcelError(t), `unit ${u + 1}`).toBe(badRows.has(row));
        if (!isExcelError(t)) return;
        const m = /^Row (\d+), column (\d+) of argument "points"/.exec(t.message ?? '');
        expect(m, t.message).not.toBeNull();
        expect(Number(m![1])).toBe(u + 1);
        expect(badCells).toContain(toA1(row, layout.criterionColumns[Number(m![2]) - 1]!));
      });
      // ranks: the bad rows carry the error, the others rank among themselves; awards: none while errors remain
      fn.ranks.forEach((r, u) => expect(isExcelError(r)).toBe(isExcelError(fn.totals[u])));
      expect((fn.ranks.filter((r) => !isExcelError(r)) as number[]).sort()).toEqual(
        Array.from({ length: fn.ranks.filter((r) => !isExcelError(r)).length }, (_, i) => i + 1),
      );
      expect(fn.awards.every(isExcelError)).toBe(true);
      expect((fn.awards as StubError[]).filter((a) => /No award is proposed/.test(a.message ?? '')).length).toBe(
        fn.totals.filter((t) => !isExcelError(t)).length,
      );
    },
  );
});

describe('on random blocs typed as a clerk types them (built in code)', () => {
  const criteria: BookSpec['criteria'] = [
    ['A1', 'A', 30, 'Chấm điểm'],
    ['A2', 'A', 10, 'Chấm điểm'],
    ['B1', 'B', '60', 'chấm điểm'],
    ['T1', 'T', 20, 'Thưởng'],
    ['K1', 'K', null, 'Trừ'],
  ];
  // few distinct values, so totals tie often and ties straddle the quota boundaries
  const a1 = fc.constantFrom<CellValue>(27, 28, '28', '28,5', 30);
  const a2 = fc.constantFrom<CellValue>(9, 10, '9,5');
  const b1 = fc.constantFrom<CellValue>(50, 55, 60, '55');
  const bonus = fc.constantFrom<CellValue>(null, 0, 1, 5, 12, '2,5');
  const penalty = fc.constantFrom<CellValue>(null, 0, 1, '0,5', 15);
  const yesNo = fc.constantFrom<CellValue>(null, 'Có', 'Không', 'x', 'khong');
  const unit = fc.record({
    a1,
    a2,
    b1,
    bonus,
    penalty,
    votes: fc.constantFrom<CellValue>(null, 1, 2, '3'),
    women: fc.constantFrom<CellValue>(null, 40, 70, '75%', 0.8),
    discipline: fc.constantFrom<CellValue>(null, null, null, 'Không', 'Có'),
    exceeded: yesNo,
    strong: yesNo,
  });
  const settings = fc.record({
    'Số Cờ thi đua UBND tỉnh': fc.constantFrom<CellValue>(1, 2, 0),
    'Số Bằng khen': fc.constantFrom<CellValue>('Tự động', 1, 3, '2'),
    'Đề nghị Cờ thi đua Chính phủ': fc.constantFrom<CellValue>('Có', 'Không'),
    'Cờ Chính phủ kèm Cờ tỉnh': fc.constantFrom<CellValue>('Có', 'Không'),
    'Khen thưởng cần xếp loại': fc.constantFrom<CellValue>('HTXSNV', 'Hoàn thành tốt nhiệm vụ'),
    'Trần điểm thưởng (%)': fc.constantFrom<CellValue>(10, '5%', 0.2),
    'Ngưỡng xuất sắc (%)': fc.constantFrom<CellValue>(90, 95),
    'Thứ tự phá hòa': fc.constantFrom<CellValue>(
      'Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ',
      'Điểm thưởng; Nhóm B',
      'Số phiếu',
      'Tỷ lệ nữ; Điểm trừ; Nhóm A',
    ),
  });
  const spec = fc
    .record({ settings, units: fc.array(unit, { minLength: 1, maxLength: 14 }) })
    .map(({ settings, units }): BookSpec => ({
      settings,
      criteria,
      units: units.map((u, i) => ({
        name: `Đơn vị ${i + 1}`,
        points: [u.a1, u.a2, u.b1, u.bonus, u.penalty],
        votes: u.votes,
        women: u.women,
        discipline: u.discipline,
        exceeded: u.exceeded,
        strong: u.strong,
      })),
    }));

  it('same totals, ranks, grades and awards as the engine', () => {
    fc.assert(
      fc.property(spec, fc.constantFrom<Lang>('vi', 'en'), (s, lang) => {
        expectAgreement(bookOf(s), lang);
      }),
      { numRuns: 250 },
    );
  });

  it('a tie straddling the flag boundary: both pending, the next unit does not move up', () => {
    const book = bookOf({
      settings: { 'Số Bằng khen': 1 },
      criteria,
      units: [
        { name: 'Sở Nội vụ', points: [30, 10, 55, 2, null] },
        { name: 'Sở Tư pháp', points: [30, 10, 55, 2, null] },
        { name: 'Sở Tài chính', points: [28, 10, 55, 2, null] },
      ],
    });
    const fn = expectAgreement(book, 'vi');
    expect(fn.ranks).toEqual([1, 1, 3]);
    expect(fn.awards).toEqual(['Cần bình xét', 'Cần bình xét', '']);
  });
});
