export interface RankByKeysResult {
  /** Standard competition rank of each item (1, 2, 2, 4), in input order. */
  readonly ranks: Int32Array;
  /** 1 where the item still shares its rank with another after every key. */
  readonly tied: Uint8Array;
  /** Item indices in rank order; items still equal keep input order (for display only). */
  readonly order: Uint32Array;
}

type Column = ArrayLike<number>;
/** Negative when `a` ranks before `b`, 0 when equal on total and every key. */
type Compare = (a: number, b: number) => number;

/**
 * The comparator over the key chain, all descending. Chains up to five keys (the default chain) are unrolled into one
 * monomorphic closure: with thousands of equal totals the sort spends its time here.
 */
function keyComparator(keys: readonly Column[]): Compare {
  const [k0, k1, k2, k3, k4] = keys;
  switch (keys.length) {
    case 0:
      return () => 0;
    case 1:
      return (a, b) => k0![b]! - k0![a]!;
    case 2:
      return (a, b) => k0![b]! - k0![a]! || k1![b]! - k1![a]!;
    case 3:
      return (a, b) => k0![b]! - k0![a]! || k1![b]! - k1![a]! || k2![b]! - k2![a]!;
    case 4:
      return (a, b) => k0![b]! - k0![a]! || k1![b]! - k1![a]! || k2![b]! - k2![a]! || k3![b]! - k3![a]!;
    case 5:
      return (a, b) => k0![b]! - k0![a]! || k1![b]! - k1![a]! || k2![b]! - k2![a]! || k3![b]! - k3![a]! || k4![b]! - k4![a]!;
    default: {
      const head = keyComparator(keys.slice(0, 5));
      const rest = keys.slice(5);
      return (a, b) => {
        const d = head(a, b);
        if (d !== 0) return d;
        for (let j = 0; j < rest.length; j++) {
          const kd = rest[j]![b]! - rest[j]![a]!;
          if (kd !== 0) return kd;
        }
        return 0;
      };
    }
  }
}

/**
 * Indices ordered by total descending, equal totals in input order: a counting sort over the distinct
 * totals, so no comparator runs over all n items. A large bloc has few distinct totals (points come in
 * halves and quarters): they are collected in one map pass and only they are sorted. When most totals
 * differ, one native sort of all of them is cheaper than the map.
 */
function orderByTotal(totals: Column): Uint32Array {
  const n = totals.length;
  const idOf = new Map<number, number>();
  const bucket = new Uint32Array(n);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = totals[i]!;
    let id = idOf.get(t);
    if (id === undefined) {
      id = values.length;
      if (id > MANY_DISTINCT && id * 4 > n) return orderBySortingAll(totals);
      idOf.set(t, id);
      values.push(t);
    }
    bucket[i] = id;
  }
  // Position of each distinct total in descending order.
  const ascending = Float64Array.from(values).sort();
  const position = new Uint32Array(values.length);
  const positionOf = new Map<number, number>();
  for (let j = 0; j < ascending.length; j++) positionOf.set(ascending[j]!, ascending.length - 1 - j);
  for (let id = 0; id < values.length; id++) position[id] = positionOf.get(values[id]!)!;
  return countingSort(n, (i) => position[bucket[i]!]!, values.length);
}

/** Beyond this many distinct totals (and a quarter of n), sorting everything natively wins. */
const MANY_DISTINCT = 1024;

function orderBySortingAll(totals: Column): Uint32Array {
  const n = totals.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = totals[i]!;
  sorted.sort();
  const positionOf = new Map<number, number>();
  for (let i = n - 1; i >= 0; i--) if (!positionOf.has(sorted[i]!)) positionOf.set(sorted[i]!, positionOf.size);
  return countingSort(n, (i) => positionOf.get(totals[i]!)!, positionOf.size);
}

/** Stable counting sort of 0…n-1 by `bucket(i)` in 0…buckets-1. */
function countingSort(n: number, bucket: (i: number) => number, buckets: number): Uint32Array {
  const of = new Uint32Array(n);
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) starts[(of[i] = bucket(i)) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[starts[of[i]!]!++] = i;
  return order;
}

/**
 * Stable merge sort of `order[start…end)` by `compare`, insertion sort below 24 items. Hand-written
 * because the builtin typed-array sort calls a JS comparator through a slow generic path; here V8
 * inlines the comparison, which matters when thousands of units share a total.
 */
function sortRun(order: Uint32Array, start: number, end: number, compare: Compare, scratch: Uint32Array): void {
  const n = end - start;
  const SMALL = 16;
  for (let lo = start; lo < end; lo += SMALL) {
    const hi = Math.min(lo + SMALL, end);
    for (let i = lo + 1; i < hi; i++) {
      const x = order[i]!;
      let j = i - 1;
      while (j >= lo && compare(order[j]!, x) > 0) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = x;
    }
  }
  for (let width = SMALL; width < n; width *= 2) {
    for (let lo = start; lo < end - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, end);
      if (compare(order[mid - 1]!, order[mid]!) <= 0) continue; // already in order
      let i = lo;
      let j = mid;
      let k = 0;
      while (i < mid && j < hi) scratch[k++] = compare(order[i]!, order[j]!) <= 0 ? order[i++]! : order[j++]!;
      while (i < mid) scratch[k++] = order[i++]!;
      while (j < hi) scratch[k++] = order[j++]!;
      for (let m = 0; m < k; m++) order[lo + m] = scratch[m]!;
    }
  }
}

/**
 * Ranks items by `totals` descending, separating equal totals by each key in turn (higher first).
 * Items equal on every key share the rank and are marked tied: never broken by row order or name.
 * Totals must be finite numbers. Inputs are not modified.
 *
 * @example rankByKeys([90, 95, 90], [[1, 0, 2]]) // ranks [3, 1, 2], tied [0, 0, 0]
 */
export function rankByKeys(totals: Column, keys: readonly Column[] = []): RankByKeysResult {
  const n = totals.length;
  const order = orderByTotal(totals);
  const compareKeys = keyComparator(keys);
  if (keys.length > 0) {
    // Equal totals are already in input order (the counting sort is stable): refine each run by the keys.
    const scratch = new Uint32Array(n);
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && totals[order[end]!] === totals[order[start]!]) end++;
      if (end - start > 1) sortRun(order, start, end, compareKeys, scratch);
      start = end;
    }
  }
  const ranks = new Int32Array(n);
  const tied = new Uint8Array(n);
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos]!;
    const prev = pos > 0 ? order[pos - 1]! : -1;
    if (prev >= 0 && totals[prev] === totals[i] && compareKeys(prev, i) === 0) {
      ranks[i] = ranks[prev]!;
      tied[i] = 1;
      tied[prev] = 1;
    } else {
      ranks[i] = pos + 1;
    }
  }
  return { ranks, tied, order };
}
