export interface RankByKeysResult {
  /** Standard competition rank of each item (1, 2, 2, 4), in input order. */
  readonly ranks: Int32Array;
  /** 1 where the item still shares its rank with another after every key. */
  readonly tied: Uint8Array;
  /** Item indices in rank order; items still equal keep input order (for display only). */
  readonly order: Uint32Array;
}

/**
 * Ranks items by `totals` descending, separating equal totals by each key in turn (higher first).
 * Items equal on every key share the rank and are marked tied: never broken by row order or name.
 *
 * @example rankByKeys([90, 95, 90], [[1, 0, 2]]) // ranks [3, 1, 2], tied [0, 0, 0]
 */
export function rankByKeys(totals: ArrayLike<number>, keys: ReadonlyArray<ArrayLike<number>> = []): RankByKeysResult {
  const n = totals.length;
  const t = Float64Array.from(totals as ArrayLike<number>);
  const k = keys.map((key) => Float64Array.from(key));
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const compare = (a: number, b: number): number => {
    const d = t[b]! - t[a]!;
    if (d !== 0) return d;
    for (let j = 0; j < k.length; j++) {
      const kd = k[j]![b]! - k[j]![a]!;
      if (kd !== 0) return kd;
    }
    return 0;
  };
  order.sort((a, b) => compare(a, b) || a - b);
  const ranks = new Int32Array(n);
  const tied = new Uint8Array(n);
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos]!;
    if (pos > 0 && compare(order[pos - 1]!, i) === 0) {
      const prev = order[pos - 1]!;
      ranks[i] = ranks[prev]!;
      tied[i] = 1;
      tied[prev] = 1;
    } else {
      ranks[i] = pos + 1;
    }
  }
  return { ranks, tied, order };
}
