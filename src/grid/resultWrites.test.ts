import { describe, expect, it } from 'vitest';
import type { BlocInput } from '../core/model.js';
import type { BlocResult, UnitResult } from '../core/result.js';
import { sampleBook } from './_lib/sampleBook.js';
import { readBloc } from './readBloc.js';
import { resultWrites } from './resultWrites.js';
import type { CellValue, CellWrite, WorkbookGrid } from './types.js';

/** A hand-made result for the sample book: enough to check what is written where. */
function handResult(input: BlocInput): BlocResult {
  const unit = (index: number, over: Partial<UnitResult>): UnitResult => ({
    index,
    name: input.units[index]!.name,
    base: 90,
    bonusRaw: 0,
    bonus: 0,
    penalty: 0,
    total: 90,
    percent: 90,
    grade: 'HTXSNV',
    rank: index + 1,
    tied: false,
    awards: [],
    notes: [],
    ...over,
  });
  return {
    settings: input.settings,
    criteria: input.criteria,
    maxBase: 100,
    quotas: { provincialFlags: 1, certificates: 1 },
    tieBreak: input.settings.tieBreak,
    units: [
      unit(0, {
        total: 100.5 + 1 / 3,
        awards: ['CO_UBND_TINH', 'CO_CHINH_PHU'],
        notes: [{ kind: 'awarded', award: 'CO_UBND_TINH' }],
      }),
      unit(1, {
        total: 92,
        rank: 2,
        tied: true,
        notes: [{ kind: 'pendingTie', awards: ['BANG_KHEN_UBND_TINH'], groupSize: 2 }],
      }),
      unit(2, {
        total: 92,
        rank: 2,
        tied: true,
        notes: [{ kind: 'pendingTie', awards: ['BANG_KHEN_UBND_TINH'], groupSize: 2 }],
      }),
      unit(3, {
        total: 75,
        rank: 4,
        grade: 'HTTNV',
        notes: [{ kind: 'gradeTooLow', grade: 'HTTNV', required: 'HTXSNV', official: false }],
      }),
      unit(4, { total: 40, rank: 5, grade: 'KHTNV' }),
    ],
    order: [0, 1, 2, 3, 4],
    tieKeys: [],
  };
}

/** Applies writes to a copy of the book, as an adapter would. */
function apply(book: WorkbookGrid, writes: readonly CellWrite[]): WorkbookGrid {
  return {
    sheets: book.sheets.map((sheet) => {
      const mine = writes.filter((w) => w.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const rows: CellValue[][] = sheet.rows.map((r) => [...r]);
      for (const w of mine) {
        while (rows.length < w.row) rows.push([]);
        const row = rows[w.row - 1]!;
        while (row.length < w.col) row.push(null);
        row[w.col - 1] = w.value;
      }
      return { ...sheet, rows };
    }),
  };
}

const explain = (i: number) => `giải thích ${i}`;

describe('resultWrites', () => {
  const book = sampleBook();
  const read = readBloc(book).value!;
  const result = handResult(read.input);

  it('writes the missing headers, then per unit total, rank, grade, awards and explanation', () => {
    const writes = resultWrites(read.layout, result, { lang: 'vi', explain });
    expect(writes.filter((w) => w.role === 'header')).toEqual([
      { sheet: 'Chấm điểm', row: 2, col: 19, value: 'Tổng điểm', role: 'header', width: 11 },
      { sheet: 'Chấm điểm', row: 2, col: 20, value: 'Xếp hạng', role: 'header', width: 9 },
      { sheet: 'Chấm điểm', row: 2, col: 21, value: 'Xếp loại', role: 'header', width: 30 },
      { sheet: 'Chấm điểm', row: 2, col: 22, value: 'Đề nghị khen thưởng', role: 'header', width: 34 },
      { sheet: 'Chấm điểm', row: 2, col: 23, value: 'Giải thích', role: 'header', width: 90 },
    ]);
    // Explanations wrap; nothing else asks for it.
    expect(writes.filter((w) => w.wrap).map((w) => w.col)).toEqual(Array(5).fill(23));
    const row = (r: number) => writes.filter((w) => w.row === r).map((w) => [w.col, w.value, w.role]);
    expect(row(3)).toEqual([
      [19, 100.5 + 1 / 3, 'award'],
      [20, 1, 'award'],
      // The band of the bloc's scale, never the official rating's wording.
      [21, 'Xuất sắc', 'award'],
      [22, 'Cờ thi đua của UBND tỉnh; Cờ thi đua của Chính phủ', 'award'],
      [23, 'giải thích 0', 'award'],
    ]);
    expect(row(4)).toEqual([
      [19, 92, 'result'],
      [20, 2, 'result'],
      [21, 'Xuất sắc', 'result'],
      [22, 'Cần bình xét', 'result'],
      [23, 'giải thích 1', 'result'],
    ]);
    expect(row(6)[3]).toEqual([22, '', 'result']);
    expect(row(7)[2]).toEqual([21, 'Chưa hoàn thành', 'result']);
    expect(writes).toHaveLength(5 + 5 * 5);
    // Nothing outside the result columns and rows.
    for (const w of writes) {
      expect(w.sheet).toBe('Chấm điểm');
      expect(w.col).toBeGreaterThanOrEqual(19);
    }
  });

  it('texts follow the output language, headers the workbook language', () => {
    const writes = resultWrites(read.layout, result, { lang: 'en', explain: () => 'why' });
    expect(writes[0]!.value).toBe('Tổng điểm');
    const award = writes.filter((w) => w.col === 22 && w.role !== 'header').map((w) => w.value);
    expect(award).toEqual([
      "Provincial emulation flag; Government's emulation flag",
      'Bloc to decide',
      'Bloc to decide',
      '',
      '',
    ]);
    expect(writes.find((w) => w.row === 3 && w.col === 21)!.value).toBe('Excellent');
  });

  it('is idempotent: a second run on the written book finds the columns, writes no headers and the same cells', () => {
    const first = resultWrites(read.layout, result, { lang: 'vi', explain });
    const written = apply(book, first);
    const again = readBloc(written);
    expect(again.issues).toEqual([]);
    expect(again.value!.layout.resultColumns).toEqual(read.layout.resultColumns);
    expect(again.value!.layout.missingResultColumns).toEqual([]);
    const second = resultWrites(again.value!.layout, handResult(again.value!.input), { lang: 'vi', explain });
    expect(second).toEqual(first.filter((w) => w.role !== 'header'));
    expect(apply(written, second)).toEqual(written);
  });

  it('writes only rows of units in the layout', () => {
    const partial = { ...result, units: [...result.units, { ...result.units[0]!, index: 99 }] };
    expect(resultWrites(read.layout, partial, { lang: 'vi', explain })).toHaveLength(30);
  });

  it('a text we write never exceeds 32,767 characters: a longer explanation is cut, ending with "…"', () => {
    const long = (i: number) => (i === 0 ? 'a'.repeat(40_000) : 'b'.repeat(32_767));
    const writes = resultWrites(read.layout, result, { lang: 'vi', explain: long });
    const explanations = writes.filter((w) => w.col === 23 && w.role !== 'header').map((w) => String(w.value));
    expect(explanations.map((t) => t.length)).toEqual([32_767, 32_767, 32_767, 32_767, 32_767]);
    expect(explanations[0]!.endsWith('…')).toBe(true);
    expect(explanations[1]).toBe('b'.repeat(32_767));
  });

  it('never writes a result cell that holds the clerk\'s formula', () => {
    const layout = { ...read.layout, formulaResults: [{ row: 3, col: 19, value: 1 }, { row: 5, col: 23, value: 'x' }] };
    const writes = resultWrites(layout, result, { lang: 'vi', explain });
    expect(writes.some((w) => (w.row === 3 && w.col === 19) || (w.row === 5 && w.col === 23))).toBe(false);
    expect(writes).toHaveLength(resultWrites(read.layout, result, { lang: 'vi', explain }).length - 2);
  });
});
