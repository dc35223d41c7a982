import { describe, expect, it } from 'vitest';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { readBloc } from './readBloc.js';
import type { CellValue } from './types.js';

/** A sanity check, not a benchmark: reading is linear, so 100k units take well under the bound. */
describe('readBloc performance', () => {
  it('reads 100,000 unit rows quickly, with text numbers, yes/no and percent cells', () => {
    const book = sampleBook();
    const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows: CellValue[][] = [scores.rows[0]!.slice(), scores.rows[1]!.slice()];
    for (let i = 0; i < 100_000; i++) {
      rows.push([
        i + 1,
        `Đơn vị ${i}`,
        29,
        '9,5',
        15,
        5,
        10,
        10,
        15,
        5,
        i % 3 ? null : 2,
        '1',
        i % 50,
        `${i % 100}%`,
        'Không',
        'Có',
        'x',
        null,
      ]);
    }
    const big = withSheet(book, { name: 'Chấm điểm', rows });
    const start = performance.now();
    const r = readBloc(big);
    const ms = performance.now() - start;
    expect(r.issues).toEqual([]);
    expect(r.value!.input.units).toHaveLength(100_000);
    console.info(`readBloc: 100,000 rows in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(15_000);
  });
});
