import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issue, type Issue } from '../core/issue.js';
import { formatIssue } from '../core/messages.js';
import type { BlocResult } from '../core/result.js';
import { sampleBook } from './_lib/sampleBook.js';
import { locateIssue } from './locateIssue.js';
import { readBloc } from './readBloc.js';
import { resultWrites } from './resultWrites.js';
import type { CellValue, CellWrite, SheetGrid, WorkbookGrid } from './types.js';

/** Codes that are about one cell: they must name it. */
const CELL_CODES = new Set([
  'EXCEL_ERROR',
  'VALUE_INVALID',
  'PERCENT_OUT_OF_RANGE',
  'UNIT_DUPLICATE',
  'UNIT_NAME_MISSING',
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'SETTING_UNKNOWN',
  'SETTING_DUPLICATE',
  'TIE_BREAK_UNKNOWN',
  'CRITERION_CODE_DUPLICATE',
  'CRITERION_CODE_MISSING',
  'CRITERION_MAX_INVALID',
  'ROW_SKIPPED',
  'SIGNATURE_SKIPPED',
  'ROW_AMBIGUOUS',
  'UNIT_ROW_HIDDEN',
  'DATE_IN_NUMBER_CELL',
  'TEXT_TOO_LONG',
  'TIE_BREAK_LINK_ABSENT',
]);
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

const words = fc.constantFrom(
  'Đơn vị',
  'Unit',
  'Mục',
  'Item',
  'Giá trị',
  'Mã',
  'Code',
  'Điểm tối đa',
  'Max',
  'Loại',
  'Nhóm',
  'Năm',
  'Tên khối',
  'A1',
  'A10',
  'a1 - x',
  'B1',
  'T1',
  'K1',
  'Có',
  'Không',
  'x',
  '✓',
  'Tự động',
  'Thưởng',
  'Trừ',
  'Tỷ lệ nữ (%)',
  'Số phiếu',
  'Kỷ luật',
  'Tổng điểm',
  'Xếp hạng',
  '#N/A',
  '#VALUE!',
  '8,5',
  '1.000',
  '12.500,5',
  '75%',
  '120%',
  ' ',
  '\u00a0',
  '',
  'Thứ tự phá hòa',
  'Nhóm A; xyz',
  'HTXSNV',
  '=SUM(A1)',
  '-1',
  '1e999',
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  words,
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -5, max: 2100 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#NAME?', '#SPILL!', 'weird') }),
  fc.date({ noInvalidDate: false }),
);
/** Ragged rows with holes (undefined) as sparse sheets give them. */
const row = fc.array(fc.option(cell, { nil: undefined, freq: 4 }), { maxLength: 14 }) as fc.Arbitrary<CellValue[]>;
const sheetName = fc.oneof(
  fc.constantFrom(
    'Cấu hình',
    'Settings',
    'Tiêu chí',
    'CRITERIA',
    'Chấm điểm',
    'cham diem',
    'Scores',
    'Lịch sử',
    'Giao ước',
    'Pledge',
  ),
  fc.string({ maxLength: 10 }),
);
const sheet: fc.Arbitrary<SheetGrid> = fc.record({ name: sheetName, rows: fc.array(row, { maxLength: 16 }) });
const randomBook: fc.Arbitrary<WorkbookGrid> = fc.record({ sheets: fc.array(sheet, { maxLength: 6 }) });

/** The sample book with random cells replaced by hostile values and random rows cut short. */
const mutatedBook: fc.Arbitrary<WorkbookGrid> = fc
  .array(fc.tuple(fc.nat(3), fc.nat(25), fc.nat(20), fc.option(cell, { nil: undefined })), { maxLength: 12 })
  .map((edits) => {
    const book = sampleBook();
    const sheets = book.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) as CellValue[][] }));
    for (const [s, r, c, v] of edits) {
      const target = sheets[s]!;
      if (r >= target.rows.length) continue;
      const cells = target.rows[r]!;
      if (v === undefined) cells.length = Math.min(cells.length, c);
      else cells[c] = v;
    }
    return { sheets };
  });

function checkIssues(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(typeof i.sheet).toBe('string');
    if (CELL_CODES.has(i.code)) expect(i.cell).toMatch(A1);
    else if (i.cell !== undefined) expect(i.cell).toMatch(A1);
    for (const lang of ['vi', 'en'] as const) {
      const text = formatIssue(i, lang);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object Object\]/);
    }
  }
}

function checkRead(book: WorkbookGrid): void {
  const r = readBloc(book);
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
  checkIssues(r.issues);
  if (!r.value) return;
  const { input, layout } = r.value;
  expect(layout.unitRows).toHaveLength(input.units.length);
  expect(layout.criterionColumns).toHaveLength(input.criteria.length);
  for (const u of input.units) {
    expect(u.points).toHaveLength(input.criteria.length);
    for (const p of u.points) expect(p === null || Number.isFinite(p)).toBe(true);
    expect(u.womenPercent === null || (u.womenPercent >= 0 && u.womenPercent <= 100)).toBe(true);
    expect(u.votes === null || (Number.isInteger(u.votes) && u.votes >= 0)).toBe(true);
    expect(u.name.trim()).not.toBe('');
  }
  // Engine-style issues always land on a sheet.
  const located = [
    issue('error', 'SCORE_BLANK', {}, { unit: 0, field: 'c:0' }),
    issue('error', 'SCORE_BLANK', {}, { unit: input.units.length, field: 'votes' }),
    issue('error', 'CRITERION_MAX_INVALID', {}, { field: 'criterion:0' }),
    issue('warning', 'LEADER_UNKNOWN', { name: 'x' }, { field: 'setting:leader' }),
    issue('error', 'NO_UNITS'),
  ].map((i) => locateIssue(i, layout));
  for (const i of located) {
    expect(typeof i.sheet).toBe('string');
    if (i.cell !== undefined) expect(i.cell).toMatch(A1);
  }
  // Result columns never overwrite a column read as input.
  const inputs = new Set([layout.unitColumn, ...layout.criterionColumns, ...Object.values(layout.factColumns ?? {})]);
  for (const col of Object.values(layout.resultColumns)) expect(inputs.has(col)).toBe(false);
}

describe('readBloc on random and hostile grids', () => {
  it('never throws; every issue names a sheet, and a cell when it is about one', () => {
    fc.assert(
      fc.property(randomBook, (book) => checkRead(book)),
      { numRuns: 400 },
    );
  });

  it('never throws on a mutated valid workbook; its invariants hold', () => {
    fc.assert(
      fc.property(mutatedBook, (book) => checkRead(book)),
      { numRuns: 400 },
    );
  });

  it('writing results then reading again finds the same result columns and gives the same writes', () => {
    const apply = (book: WorkbookGrid, writes: readonly CellWrite[]): WorkbookGrid => ({
      sheets: book.sheets.map((s) => {
        const rows = s.rows.map((r) => [...r]);
        for (const w of writes.filter((x) => x.sheet === s.name)) {
          while (rows.length < w.row) rows.push([]);
          rows[w.row - 1]![w.col - 1] = w.value;
        }
        return { name: s.name, rows };
      }),
    });
    const fakeResult = (units: number): BlocResult =>
      ({
        units: Array.from({ length: units }, (_, index) => ({
          index,
          total: index * 1.5,
          rank: index + 1,
          grade: 'HTNV',
          awards: index === 0 ? ['CO_UBND_TINH'] : [],
          notes: [],
        })),
      }) as unknown as BlocResult;
    fc.assert(
      fc.property(mutatedBook, (book) => {
        const first = readBloc(book);
        if (!first.value) return;
        const result = fakeResult(first.value.input.units.length);
        const writes = resultWrites(first.value.layout, result, { lang: 'vi', explain: (i) => `=${i}` });
        const second = readBloc(apply(book, writes));
        expect(second.value).not.toBeNull();
        expect(second.value!.layout.resultColumns).toEqual(first.value.layout.resultColumns);
        expect(second.value!.layout.unitRows).toEqual(first.value.layout.unitRows);
        const again = resultWrites(second.value!.layout, result, { lang: 'vi', explain: (i) => `=${i}` });
        expect(again).toEqual(writes.filter((w) => w.role !== 'header'));
      }),
      { numRuns: 200 },
    );
  });
});
