import { describe, expect, it } from 'vitest';
import { bigSampleBook } from './_lib/sampleBook.js';
import { readBloc } from './readBloc.js';

/** What the 100k-row read gives (its speed is measured in `npm run bench`, section `grid`, never here). */
describe('readBloc on 100,000 unit rows', () => {
  it('reads every unit, with text numbers, yes/no and percent cells, and no issue', () => {
    const r = readBloc(bigSampleBook(100_000));
    expect(r.issues).toEqual([]);
    expect(r.value!.input.units).toHaveLength(100_000);
    expect(r.value!.input.units[99_999]).toMatchObject({ name: 'Đơn vị 99999', points: [29, 9.5, 15, 5, 10, 10, 15, 5, 2, 1] });
  });
  it('with helper rows among them: the same units, every helper row named', () => {
    const r = readBloc(bigSampleBook(20_000, { helperRows: true }));
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.value!.input.units).toHaveLength(20_000);
    // A heading and a subtotal per 10 units, the grand total, the gap before the signature, the signature block.
    expect(r.issues).toHaveLength(2_000 + 2_000 + 1 + 1 + 1);
  });
});
