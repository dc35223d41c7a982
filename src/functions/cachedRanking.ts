import type { RangeArg } from './args.js';
import { prepareRanking, type KeyColumn, type PreparedRanking } from './prepareRanking.js';

// The per-cell usage `=TDKT.RANKBLOC(H2, H$2:H$12)` filled down N rows calls the function N times with the
// same N-row range (a fresh array each time). Ranking it anew each call would cost N·log N per call; the
// ranking is therefore kept, keyed by the range's contents: a call costs one O(N) pass over the cells to
// recognise them (compared cell by cell, never trusted on a hash alone) and an O(log N) search.

/** How many rankings are kept (a workbook rarely ranks against more than a few ranges at once). */
export const RANKING_CACHE_SIZE = 4;

interface Entry {
  readonly hash: number;
  /** The cells the ranking was made from: the totals column, then each key column. */
  readonly cells: readonly unknown[];
  readonly prepared: PreparedRanking;
}

/** Most recently used first. */
const entries: Entry[] = [];

/** The cells of the totals column and every key column, in one order. */
function* columnsOf(totals: RangeArg, keyColumns: readonly KeyColumn[]): Generator<readonly [RangeArg, number]> {
  yield [totals, 0];
  for (const { range, col } of keyColumns) yield [range, col];
}

function errorText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { error?: unknown; code?: unknown };
  return typeof v.error === 'string' ? v.error : typeof v.code === 'string' ? v.code : undefined;
}

/** Same content: identical primitives, or error values with the same code (Excel sends new objects). */
function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ea = errorText(a);
  return ea !== undefined && ea === errorText(b);
}

/** Whether the entry was made from exactly these cells (one pass, stops at the first difference). */
function matches(entry: Entry, totals: RangeArg, keyColumns: readonly KeyColumn[]): boolean {
  const n = totals.rows;
  const cells = entry.cells;
  if (cells.length !== n * (1 + keyColumns.length)) return false;
  const rows = totals.cells;
  for (let r = 0; r < n; r++) {
    const a = rows[r]![0];
    const b = cells[r];
    if (a !== b && !sameCell(a, b)) return false;
  }
  let at = n;
  for (const { range, col } of keyColumns) {
    const keyRows = range.cells;
    for (let r = 0; r < n; r++, at++) {
      const a = keyRows[r]![col];
      const b = cells[at];
      if (a !== b && !sameCell(a, b)) return false;
    }
  }
  return true;
}

const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);

/** FNV-1a-like mix of one cell into `h`. */
function mix(h: number, value: unknown): number {
  if (typeof value === 'number') {
    scratch[0] = value;
    h = Math.imul(h ^ words[0]!, 16777619);
    return Math.imul(h ^ words[1]!, 16777619);
  }
  const text = typeof value === 'string' ? value : (errorText(value) ?? String(value));
  h = Math.imul(h ^ (typeof value === 'string' ? 0x73 : 0x6f), 16777619);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function hashOf(totals: RangeArg, keyColumns: readonly KeyColumn[]): number {
  let h = 0x811c9dc5 ^ totals.rows;
  for (const [range, col] of columnsOf(totals, keyColumns)) {
    const rows = range.cells;
    for (let r = 0; r < totals.rows; r++) h = mix(h, rows[r]![col]);
    h = Math.imul(h ^ 0x7c, 16777619); // column separator
  }
  return h;
}

/**
 * `prepareRanking` of these cells, from the cache when the same contents were ranked before. The most
 * recent ranking is checked first by comparing cells (no hash needed for the filled-down case); other
 * entries are found by an O(N) hash of the contents and confirmed cell by cell. At most
 * `RANKING_CACHE_SIZE` rankings are kept.
 *
 * @example cachedRanking(range, []) === cachedRanking(sameContents, []) // the same PreparedRanking
 */
export function cachedRanking(totals: RangeArg, keyColumns: readonly KeyColumn[]): PreparedRanking {
  const first = entries[0];
  if (first && matches(first, totals, keyColumns)) return first.prepared;
  const hash = hashOf(totals, keyColumns);
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.hash === hash && matches(entry, totals, keyColumns)) {
      entries.splice(i, 1);
      entries.unshift(entry);
      return entry.prepared;
    }
  }
  const cells: unknown[] = [];
  for (const [range, col] of columnsOf(totals, keyColumns)) {
    for (let r = 0; r < totals.rows; r++) cells.push(range.cells[r]![col]);
  }
  const prepared = prepareRanking(totals, keyColumns);
  entries.unshift({ hash, cells, prepared });
  if (entries.length > RANKING_CACHE_SIZE) entries.length = RANKING_CACHE_SIZE;
  return prepared;
}

/**
 * Empties the cache (for tests and benchmarks).
 *
 * @example clearRankingCache()
 */
export function clearRankingCache(): void {
  entries.length = 0;
}

/**
 * How many rankings the cache holds (for tests).
 *
 * @example rankingCacheSize() // 0 after clearRankingCache()
 */
export function rankingCacheSize(): number {
  return entries.length;
}
