import { beforeEach, describe, expect, it } from 'vitest';
import { rangeArg, type RangeArg } from './args.js';
import { RANKING_CACHE_SIZE, cachedRanking, clearRankingCache, rankingCacheSize } from './cachedRanking.js';
import type { KeyColumn } from './prepareRanking.js';
import { rankOf } from './prepareRanking.js';
import { rankValues } from './rankValues.js';

const ref = { fn: 'RANKBLOC', name: 'range' };
/** A fresh array each call, as Excel passes the range to every call of a filled-down formula. */
const range = (...values: unknown[]): RangeArg =>
  rangeArg(
    values.map((v) => [v]),
    ref,
  );
const keyOf = (r: RangeArg): KeyColumn[] => [{ range: r, col: 0 }];

beforeEach(() => clearRankingCache());

describe('cachedRanking: the per-cell usage ranks a range once', () => {
  it('recognises the same contents in a fresh array and returns the same ranking', () => {
    const first = cachedRanking(range(90, 95, '8,5', null), []);
    const again = cachedRanking(range(90, 95, '8,5', null), []);
    expect(again).toBe(first);
    expect(rankingCacheSize()).toBe(1);
    expect(rankOf(first, 90, [])).toBe(2);
  });

  it('ranks again when any cell differs, also where a hash might collide (cells are compared, not hashed)', () => {
    const a = cachedRanking(range(90, 95), []);
    const b = cachedRanking(range(90, 96), []);
    expect(b).not.toBe(a);
    expect(rankOf(b, 96, [])).toBe(1);
    expect(rankOf(b, 95, [])).toBeNull();
    // a number and the same number stored as text are different cells (they rank the same, but are kept apart)
    const c = cachedRanking(range('90', 96), []);
    expect(c).not.toBe(b);
  });

  it('keys the ranking by the tie-break columns too', () => {
    const totals = range(90, 90);
    const a = cachedRanking(totals, keyOf(range(1, 2)));
    const b = cachedRanking(range(90, 90), keyOf(range(2, 1)));
    expect(b).not.toBe(a);
    expect(rankOf(a, 90, [2])).toBe(1);
    expect(rankOf(b, 90, [2])).toBe(1);
    expect(rankOf(b, 90, [1])).toBe(2);
    expect(cachedRanking(range(90, 90), [])).not.toBe(a);
  });

  it('treats Excel error values with the same code as the same cell (Excel sends new objects each call)', () => {
    const a = cachedRanking(range(90, { code: '#N/A' }), []);
    expect(cachedRanking(range(90, { code: '#N/A' }), [])).toBe(a);
    expect(cachedRanking(range(90, { code: '#REF!' }), [])).not.toBe(a);
  });

  it(`keeps at most ${RANKING_CACHE_SIZE} rankings, the most recently used`, () => {
    const made = [1, 2, 3, 4, 5, 6].map((k) => cachedRanking(range(k, 10), []));
    expect(rankingCacheSize()).toBe(RANKING_CACHE_SIZE);
    expect(cachedRanking(range(6, 10), [])).toBe(made[5]);
    expect(cachedRanking(range(3, 10), [])).toBe(made[2]); // still kept: moves to the front
    expect(cachedRanking(range(1, 10), [])).not.toBe(made[0]); // dropped: ranked again
    expect(rankingCacheSize()).toBe(RANKING_CACHE_SIZE);
  });

  it('a filled-down column of N calls over the same range ranks it once', () => {
    const n = 200;
    const totals = Array.from({ length: n }, (_, i) => [(i * 7919) % 101]);
    const spilled = rankValues(totals, null, []);
    for (let i = 0; i < n; i++) {
      const fresh = totals.map((row) => [...row]);
      expect(rankValues([totals[i]!], fresh, [])).toEqual([spilled[i]]);
    }
    expect(rankingCacheSize()).toBe(1);
  });
});
