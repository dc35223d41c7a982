import { bigSampleBook } from '../src/grid/_lib/sampleBook.js';
import { readBloc } from '../src/grid/readBloc.js';
import type { WorkbookGrid } from '../src/grid/types.js';
import { measurePair, type Row } from './harness.js';

/** The bare baseline: one pass over every cell of the book (what any reader must at least do). */
function touchEveryCell(book: WorkbookGrid): number {
  let n = 0;
  for (const sheet of book.sheets) for (const row of sheet.rows) for (const v of row) if (v !== null && v !== undefined) n++;
  return n;
}

/** `npm run bench grid`: reading the bloc from grids (which rows are units, every cell parsed). */
export function benchGrid(): Row[] {
  const rows: Row[] = [];
  const cases: Array<[string, WorkbookGrid]> = [
    ['readBloc 100,000 unit rows (text numbers, yes/no, percents)', bigSampleBook(100_000)],
    ['readBloc 100,000 unit rows + 20,000 helper rows (headings, subtotals, signature)', bigSampleBook(100_000, { helperRows: true })],
  ];
  for (const [name, book] of cases) {
    const pair = measurePair(() => readBloc(book), () => touchEveryCell(book), { runs: 7 });
    rows.push({ section: 'grid', case: name, ms: pair.fn.medianMs, baselineMs: pair.baseline.medianMs });
  }
  return rows;
}
