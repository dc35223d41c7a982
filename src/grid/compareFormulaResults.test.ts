import { describe, expect, it } from 'vitest';
import { formatIssue } from '../core/messages.js';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { rankWorkbook } from './rankWorkbook.js';
import type { CellValue, SheetGrid } from './types.js';

/** The sample scores sheet with the result columns Tổng điểm | Xếp hạng | Xếp loại (S, T, U) present. */
function withResultColumns(values: (row: number, col: number) => CellValue): SheetGrid {
  const scores = sampleBook().sheets.find((s) => s.name === 'Chấm điểm')!;
  const rows = scores.rows.map((r, i) => {
    const cells = [...r];
    while (cells.length < 18) cells.push(null);
    if (i === 1) return [...cells, 'Tổng điểm', 'Xếp hạng', 'Xếp loại'];
    if (i < 2) return cells;
    return [...cells, values(i + 1, 19), values(i + 1, 20), values(i + 1, 21)];
  });
  return { ...scores, rows };
}

describe('compareFormulaResults (through rankWorkbook)', () => {
  const plain = rankWorkbook(sampleBook());
  const ours = new Map(plain.writes.map((w) => [`${w.row}:${w.col}`, w.value]));
  const book = (sheet: SheetGrid) => withSheet(sampleBook(), sheet);
  const formulaCols = new Map([3, 4, 5, 6, 7].map((r) => [r, new Set([19, 20, 21])] as const));
  // Our columns in the plain run are S, T, U, V, W (appended): the same columns here.
  const oursAt = (row: number, col: number): CellValue => (ours.get(`${row}:${col}`) as CellValue) ?? null;

  it('never writes a cell holding the clerk’s formula; no warning when its value agrees', () => {
    const sheet = withResultColumns((row, col) => {
      const v = oursAt(row, col);
      // The clerk's =SUM carries float noise; the grade is typed in capitals without tone marks.
      if (col === 19 && typeof v === 'number') return v + 1e-12;
      if (col === 21 && typeof v === 'string') return v.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return v;
    });
    const run = rankWorkbook(book({ ...sheet, formulaCells: formulaCols }));
    expect(run.issues.filter((i) => i.code === 'FORMULA_RESULT_DIFFERS')).toEqual([]);
    expect(run.writes.some((w) => w.col >= 19 && w.col <= 21)).toBe(false);
    // The other result columns are still written, after the clerk's.
    expect(run.writes.filter((w) => w.role === 'header').map((w) => w.col)).toEqual([22, 23]);
  });

  it('a warning names each formula cell whose value differs: total beyond 1e-9, rank, text', () => {
    const sheet = withResultColumns((row, col) => {
      const v = oursAt(row, col);
      if (row === 3 && col === 19) return Number(v) + 1e-6;
      if (row === 4 && col === 20) return Number(v) + 1;
      if (row === 5 && col === 21) return 'Tốt hơn';
      if (row === 6 && col === 19) return { error: '#REF!' };
      return v;
    });
    const run = rankWorkbook(book({ ...sheet, formulaCells: formulaCols }));
    const differs = run.issues.filter((i) => i.code === 'FORMULA_RESULT_DIFFERS');
    expect(differs.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', 'S3'],
      ['warning', 'T4'],
      ['warning', 'U5'],
      ['warning', 'S6'],
    ]);
    expect(formatIssue(differs[2]!, 'vi')).toBe(
      `Trang "Chấm điểm", ô U5: Ô có công thức của bạn ở cột "Xếp loại" nên BlocRank không ghi đè; giá trị của công thức "Tốt hơn" khác kết quả của BlocRank "${String(oursAt(5, 21))}".`,
    );
    expect(run.writes.some((w) => w.col >= 19 && w.col <= 21)).toBe(false);
  });

  it('only formula cells are left alone; a second run gives the same writes', () => {
    const sheet = withResultColumns((row, col) => oursAt(row, col));
    const formulaCells = new Map([[3, new Set([19])]]);
    const first = rankWorkbook(book({ ...sheet, formulaCells }));
    expect(first.writes.some((w) => w.row === 3 && w.col === 19)).toBe(false);
    expect(first.writes.some((w) => w.row === 4 && w.col === 19)).toBe(true);
    const second = rankWorkbook(book({ ...sheet, formulaCells }));
    expect(second.writes).toEqual(first.writes);
  });

  it('a created column never lands on a formula cell whose cached value is blank', () => {
    const scores = sampleBook().sheets.find((s) => s.name === 'Chấm điểm')!;
    const run = rankWorkbook(book({ ...scores, formulaCells: new Map([[3, new Set([25])]]) }));
    expect(run.writes.filter((w) => w.role === 'header').map((w) => w.col)).toEqual([26, 27, 28, 29, 30]);
  });
});
