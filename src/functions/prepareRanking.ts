import { rankByKeys } from '../core/rankByKeys.js';
import { cellParams, isBlankCell, isErrorCell, readNumber, type ErrorCell, type RangeArg } from './args.js';

/** One tie-break column: a column of a tie-break argument (a block gives one per column, left to right). */
export interface KeyColumn {
  readonly range: RangeArg;
  readonly col: number;
}

/**
 * A column of totals with its tie-break columns, read and ranked once: what the per-cell usage of
 * RANKBLOC searches. Rows with an unreadable total or key are left out of the ranking and keep their error.
 */
export interface PreparedRanking {
  /** Rows of the totals column. */
  readonly rows: number;
  /** The error of each row that could not be read (first bad cell of the row), or undefined. */
  readonly rowErrors: readonly (ErrorCell | undefined)[];
  /** Sheet rows (0-based) of the readable rows, in input order. */
  readonly valid: Uint32Array;
  /** Totals and key columns of the readable rows (aligned with `valid`). */
  readonly totals: Float64Array;
  readonly keys: readonly Float64Array[];
  /** Ranks of the readable rows (aligned with `valid`) and their order, best first. */
  readonly ranks: Int32Array;
  readonly order: Uint32Array;
}

/** A tie-break cell: a number (TRUE/FALSE count 1/0; blank counts 0, as for votes in the engine). */
const KEY = { blank: 'zero', booleans: true, expected: 'key' } as const;
const TOTAL = { blank: 'error', expected: 'number' } as const;

/** How `prepareRanking` reads the column. */
export interface PrepareRankingOptions {
  /** A blank total leaves its row out of the ranking without an error (a row reserved for a unit to come). */
  readonly blankRows?: boolean;
  /**
   * RANK.EQ's order 1: the lowest total first (tie-break keys still rank the higher value first). The totals
   * are then kept negated, so `rankOf` takes a negated total.
   */
  readonly ascending?: boolean;
}

/**
 * Reads a column of totals and its key columns and ranks the readable rows with the engine's
 * `rankByKeys` (descending, standard competition ranking, keys compared in order, higher first).
 *
 * @example prepareRanking(rangeArg([[90], [95], [90]], ref), []).ranks // Int32Array [2, 1, 2]
 */
export function prepareRanking(
  totals: RangeArg,
  keyColumns: readonly KeyColumn[],
  options: PrepareRankingOptions = {},
): PreparedRanking {
  const n = totals.rows;
  const k = keyColumns.length;
  const rowErrors: (ErrorCell | undefined)[] = new Array(n);
  const validRows = new Uint32Array(n);
  const allTotals = new Float64Array(n);
  const allKeys = keyColumns.map(() => new Float64Array(n));
  let count = 0;
  for (let r = 0; r < n; r++) {
    const cell = totals.cells[r]![0];
    if (options.blankRows && (cell === null || cell === undefined || isBlankCell(cell))) continue;
    // Numbers straight through (no closure per cell: a 100k-row spill reads 100k of them).
    const total =
      typeof cell === 'number' && Number.isFinite(cell)
        ? cell
        : readNumber(cell, () => cellParams(totals, r, 0), TOTAL);
    if (isErrorCell(total)) {
      rowErrors[r] = total;
      continue;
    }
    let bad: ErrorCell | undefined;
    for (let j = 0; j < k; j++) {
      const { range, col } = keyColumns[j]!;
      const v = range.cells[r]![col];
      const key = typeof v === 'number' && Number.isFinite(v) ? v : readNumber(v, () => cellParams(range, r, col), KEY);
      if (isErrorCell(key)) {
        bad = key;
        break;
      }
      allKeys[j]![count] = key!;
    }
    if (bad) {
      rowErrors[r] = bad;
      continue;
    }
    allTotals[count] = options.ascending ? -total! : total!;
    validRows[count++] = r;
  }
  const valid = validRows.subarray(0, count);
  const compactTotals = allTotals.subarray(0, count);
  const keys = allKeys.map((column) => column.subarray(0, count));
  const { ranks, order } = rankByKeys(compactTotals, keys);
  return { rows: n, rowErrors, valid, totals: compactTotals, keys, ranks, order };
}

/**
 * The rank a unit with `total` and `keys` holds in `prepared`: the rank of the row equal to it on the total
 * and every key, found by binary search over the rank order (O(log n)); `null` when no row is equal.
 *
 * @example rankOf(prepareRanking(rangeArg([[90], [95]], ref), []), 90, []) // 2
 */
export function rankOf(prepared: PreparedRanking, total: number, keys: ArrayLike<number>): number | null {
  const { order, totals, ranks } = prepared;
  const columns = prepared.keys;
  // < 0: the row ranks before the query; > 0: after it; 0: equal on everything.
  const compare = (i: number): number => {
    const t = totals[i]!;
    if (t !== total) return t > total ? -1 : 1;
    for (let j = 0; j < columns.length; j++) {
      const v = columns[j]![i]!;
      const q = keys[j]!;
      if (v !== q) return v > q ? -1 : 1;
    }
    return 0;
  };
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(order[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < order.length && compare(order[lo]!) === 0) return ranks[order[lo]!]!;
  return null;
}
