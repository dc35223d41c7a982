import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByKeys } from './rankByKeys.js';

describe('rankByKeys', () => {
  it('uses standard competition ranking (1, 2, 2, 4)', () => {
    const r = rankByKeys([90, 80, 80, 70]);
    expect(Array.from(r.ranks)).toEqual([1, 2, 2, 4]);
    expect(Array.from(r.tied)).toEqual([0, 1, 1, 0]);
  });
  it('separates equal totals by the keys in order, higher first', () => {
    const r = rankByKeys([80, 80, 80], [[1, 1, 2], [5, 6, 0]]);
    expect(Array.from(r.ranks)).toEqual([3, 2, 1]);
    expect(Array.from(r.tied)).toEqual([0, 0, 0]);
  });
  it('never breaks a remaining tie by row order', () => {
    const r = rankByKeys([80, 80], [[1, 1]]);
    expect(Array.from(r.ranks)).toEqual([1, 1]);
    expect(Array.from(r.tied)).toEqual([1, 1]);
  });
  it('handles empty input', () => {
    expect(Array.from(rankByKeys([]).ranks)).toEqual([]);
  });
  it('property: rank = 1 + number of items strictly better on (total, keys…)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { maxLength: 40 }),
        (rows) => {
          const r = rankByKeys(rows.map((x) => x[0]), [rows.map((x) => x[1]), rows.map((x) => x[2])]);
          const better = (a: number[], b: number[]) => {
            for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j]! > b[j]!;
            return false;
          };
          rows.forEach((row, i) => {
            const expected = 1 + rows.filter((o) => better(o, row)).length;
            expect(r.ranks[i]).toBe(expected);
            const equal = rows.filter((o, j) => j !== i && o.every((v, k) => v === row[k])).length;
            expect(r.tied[i]).toBe(equal > 0 ? 1 : 0);
          });
        },
      ),
    );
  });
});
