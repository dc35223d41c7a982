import {
  argParams,
  cellParams,
  errorCell,
  excelCell,
  isBlankCell,
  isErrorCell,
  isOmitted,
  misuse,
  optionalRangeArg,
  rangeArg,
  readNumber,
  requireColumn,
  requireRowShape,
  requireSameRows,
  trimRange,
  type ErrorCell,
  type ParamRef,
  type RangeArg,
  type ResultCell,
} from './args.js';
import { parseNumber } from '../grid/parseNumber.js';
import { prepareRanking, rankOf, type KeyColumn } from './prepareRanking.js';

const ref = (name: string): ParamRef => ({ fn: 'RANKBLOC', name });
const TIE_BREAK_NAMES = ['tiebreak1', 'tiebreak2', 'tiebreak3'];

/** A result cell left empty: a blank row of a spill, or a per-cell formula beside an empty row. */
export const BLANK_RESULT = '';

/** RANK.EQ's `order`: 0 (or omitted) ranks the highest first, any other number the lowest first. */
export type RankOrder = 'descending' | 'ascending';

/**
 * The logic of `=TDKT.RANKBLOC(values, [range], [order | tiebreak1], [tiebreak2], [tiebreak3])`: the engine's
 * ranking (standard competition ranking 1, 2, 2, 4; tie-break columns compared in order, higher first; units
 * still equal share the rank). Every range is cut after its last used row first (`trimRange`), so `H:H` costs
 * what its used rows cost.
 *
 * - **Spilled** (`range` omitted): `values` is the set ranked, a column, a row or a block; one rank per cell,
 *   same shape. Tie-break arguments need a column of totals, with as many rows. A blank total gives a blank
 *   cell (rows reserved for units to come stay quiet); an unreadable one its own `#VALUE!`.
 * - **One unit against the range** (as RANK.EQ): `range` holds all the totals (a column, a row or a block
 *   without tie-breaks; a column with them); each row of `values` is a unit: its total, then its own value in
 *   each tie-break column. `#N/A` when no cell of `range` is equal; a blank `values` gives a blank cell. Each
 *   call counts the rows ranking before the unit in one pass over the used rows (no sort, no cache).
 * - **Order**: a single value 0 or 1 in the third argument is RANK.EQ's `order` (0 descending, any other
 *   number ascending); it reverses the totals only, tie-breaks still rank the higher value first. A range
 *   there is the first tie-break column, as before.
 *
 * @example rankValues([[90], [95], [90]], null, []) // [[2], [1], [2]]
 * @example rankValues([[90], [95], [90]], null, [[[1], [0], [2]]]) // [[2], [1], [1]] … keys break the tie
 * @example rankValues([[90]], [[90], [95], [90]], [[[1]]]) // [[1]] … ascending
 */
export function rankValues(values: unknown, range: unknown, tieBreaks: readonly unknown[]): ResultCell[][] {
  const valuesArg = rangeArg(values, ref('values'));
  // The per-cell range is walked once: its shape is checked row by row while counting (`deferShape`).
  const rangeArgument = isOmitted(range) ? null : rangeArg(range, ref('range'), { deferShape: true });
  const totalsRaw = rangeArgument ?? valuesArg;
  const { order, keyArgs } = orderAndKeys(tieBreaks, totalsRaw, valuesArg);
  if (keyArgs.length > 0) requireColumn(totalsRaw);
  for (const arg of keyArgs) requireSameRows(arg, totalsRaw);
  const totals = trimRange(totalsRaw, keyArgs, { columns: keyArgs.length === 0 });
  const keyColumns: KeyColumn[] = [];
  for (const arg of keyArgs) {
    const trimmed: RangeArg = { ...arg, rows: totals.rows };
    for (let c = 0; c < arg.cols; c++) keyColumns.push({ range: trimmed, col: c });
  }
  if (!rangeArgument) return spill(totals, keyColumns, order);
  return againstRange(trimRange(valuesArg, [], { columns: keyArgs.length === 0 }), totals, keyColumns, order);
}

/**
 * Splits the third argument into RANK.EQ's `order` or the first tie-break: a single value is the order,
 * except where it can only be a tie-break (ranking one unit against a one-row range with its own tie-break
 * value: `=TDKT.RANKBLOC(H2:I2, H2, I2)`, which existing workbooks may hold).
 */
function orderAndKeys(
  tieBreaks: readonly unknown[],
  totals: RangeArg,
  values: RangeArg,
): { order: RankOrder; keyArgs: RangeArg[] } {
  const keyArgs: RangeArg[] = [];
  let order: RankOrder = 'descending';
  tieBreaks.forEach((tb, j) => {
    const name = TIE_BREAK_NAMES[j] ?? `tiebreak${j + 1}`;
    if (j === 0 && !isOmitted(tb)) {
      const arg = rangeArg(tb, ref(name));
      const single = arg.rows === 1 && arg.cols === 1;
      const legacyKey = totals.rows === 1 && (values === totals ? totals.cols === 1 : values.cols >= 2);
      if (single && !legacyKey) {
        order = orderOf(arg.cells[0]![0], ref(name));
        return;
      }
      keyArgs.push(arg);
      return;
    }
    const arg = optionalRangeArg(tb, ref(name));
    if (arg) keyArgs.push(arg);
  });
  return { order, keyArgs };
}

/** RANK.EQ's order: blank or 0 descending, any other number (TRUE, "1") ascending; text misuses it. */
function orderOf(value: unknown, at: ParamRef): RankOrder {
  if (typeof value === 'boolean') return value ? 'ascending' : 'descending';
  const parsed = parseNumber(excelCell(value));
  if (parsed.kind === 'blank') return 'descending';
  if (parsed.kind !== 'value') {
    return misuse('FN_CELL_INVALID', { ...argParams(at), value: String(excelCell(value) ?? ''), expected: 'order' });
  }
  return parsed.value === 0 ? 'descending' : 'ascending';
}

function spill(totals: RangeArg, keyColumns: readonly KeyColumn[], order: RankOrder): ResultCell[][] {
  if (keyColumns.length > 0 || totals.cols === 1) {
    const prepared = prepareRanking(totals, keyColumns, { blankRows: true, ascending: order === 'ascending' });
    const { valid, ranks, rowErrors } = prepared;
    const rankOfRow = new Int32Array(prepared.rows); // 0: the row has an error or is blank
    for (let i = 0; i < valid.length; i++) rankOfRow[valid[i]!] = ranks[i]!;
    const out: ResultCell[][] = new Array(prepared.rows);
    for (let r = 0; r < prepared.rows; r++) out[r] = [rankOfRow[r] || rowErrors[r] || BLANK_RESULT];
    return out;
  }
  // A row or a block: every cell ranked among all the block's numbers, as RANK.EQ(H2:K5, H2:K5).
  const out: ResultCell[][] = new Array(totals.rows);
  const keys = new Float64Array(0);
  for (let r = 0; r < totals.rows; r++) {
    const row: ResultCell[] = new Array(totals.cols);
    for (let c = 0; c < totals.cols; c++) row[c] = rankCell(totals.cells[r]![c], () => cellParams(totals, r, c));
    out[r] = row;
  }
  return out;

  function rankCell(cell: unknown, params: () => ReturnType<typeof cellParams>): ResultCell {
    if (isBlankCell(cell)) return BLANK_RESULT;
    const total = readNumber(cell, params, { blank: 'error' });
    if (isErrorCell(total)) return total;
    return countRank(totals, keyColumns, total!, keys, order) ?? BLANK_RESULT;
  }
}

function againstRange(
  values: RangeArg,
  range: RangeArg,
  keyColumns: readonly KeyColumn[],
  order: RankOrder,
): ResultCell[][] {
  const k = keyColumns.length;
  if (k > 0 && values.cols !== 1 + k) {
    misuse('FN_RANK_KEYS', {
      ...argParams(values.ref),
      other: argParams(range.ref).arg,
      otherVi: argParams(range.ref).argVi,
      count: values.cols,
      keys: k,
      expected: 1 + k,
    });
  }
  const keys = new Float64Array(k);
  const width = k > 0 ? 1 : values.cols;
  const rank = rankerOf(range, keyColumns, order, values.rows * width);
  const out: ResultCell[][] = new Array(values.rows);
  for (let r = 0; r < values.rows; r++) {
    const row: ResultCell[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = rankOne(values, r, c, keys, range, rank);
    out[r] = row;
  }
  return out;
}

/** Above this many values ranked in one call, the range is sorted once and searched (n log n, not n²). */
const SORT_FROM = 32;

/**
 * How one call ranks its values in `range`: a linear count per value (the per-cell formula: one value, no
 * sort), or, for many values at once (`=TDKT.RANKBLOC(H2:H10001, H2:H10001)`), one sort of a column range and
 * a binary search per value. Both leave out the same cells and give the same ranks.
 */
function rankerOf(
  range: RangeArg,
  keyColumns: readonly KeyColumn[],
  order: RankOrder,
  count: number,
): (total: number, keys: ArrayLike<number>) => number | null {
  if (count < SORT_FROM || range.cols !== 1) return (total, keys) => countRank(range, keyColumns, total, keys, order);
  for (let r = 0; r < range.rows; r++) requireRowShape(range, range.cells[r]);
  const ascending = order === 'ascending';
  const prepared = prepareRanking(range, keyColumns, { blankRows: true, ascending });
  return (total, keys) => rankOf(prepared, ascending ? -total : total, keys);
}

function rankOne(
  values: RangeArg,
  r: number,
  c: number,
  keys: Float64Array,
  range: RangeArg,
  rank: (total: number, keys: ArrayLike<number>) => number | null,
): ResultCell {
  const row = values.cells[r]!;
  const cell = row[c];
  if (isBlankCell(cell)) return BLANK_RESULT;
  const total = readNumber(cell, () => cellParams(values, r, c), { blank: 'error' });
  if (isErrorCell(total)) return total;
  for (let j = 0; j < keys.length; j++) {
    const key = readNumber(row[j + 1], () => cellParams(values, r, j + 1), {
      blank: 'zero',
      booleans: true,
      expected: 'key',
    });
    if (isErrorCell(key)) return key;
    keys[j] = key!;
  }
  return rank(total!, keys) ?? notFound(values, r, c, total!, range, keys.length > 0);
}

/**
 * The rank of a unit with `total` and `keys` among the readable cells of `range`: 1 + the number of cells
 * ranking before it, in one pass (what RANK.EQ does); `null` when no cell equals it on the total and every
 * key. Blank and unreadable cells of `range` are left out, as RANK.EQ leaves out what is not a number.
 */
export function countRank(
  range: RangeArg,
  keyColumns: readonly KeyColumn[],
  total: number,
  keys: ArrayLike<number>,
  order: RankOrder,
): number | null {
  const { cells, rows, cols } = range;
  if (cols === 1 && keyColumns.length === 0) {
    return order === 'ascending' ? countColumn(range, -total, -1) : countColumn(range, total, 1);
  }
  const ascending = order === 'ascending';
  const k = keyColumns.length;
  let before = 0;
  let found = false;
  for (let r = 0; r < rows; r++) {
    const row = cells[r]!;
    requireRowShape(range, row);
    for (let c = 0; c < cols; c++) {
      const t = numberIn(row[c]);
      if (t === null) continue;
      // A row with an unreadable tie-break cell is left out, as the spilled ranking leaves it out.
      const cmp = k === 0 ? 0 : compareKeys(keyColumns, r, keys);
      if (cmp === null) continue;
      if (t !== total) {
        if (ascending ? t < total : t > total) before++;
      } else if (cmp > 0) before++;
      else if (cmp === 0) found = true;
    }
  }
  return found ? before + 1 : null;
}

/**
 * The common case of `countRank` — one column, no tie-break — as one tight loop: `sign` 1 counts the cells
 * greater than `target`, -1 (with `target` negated) the smaller ones. Numbers are compared as they come;
 * only other cells go through the parser.
 */
function countColumn(range: RangeArg, target: number, sign: 1 | -1): number | null {
  const { cells, rows } = range;
  let before = 0;
  let equal = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== 1) requireRowShape(range, row);
    const v: unknown = (row as readonly unknown[])[0];
    let t: number;
    if (typeof v === 'number') t = v * sign;
    else {
      const parsed = numberIn(v);
      if (parsed === null) continue;
      t = parsed * sign;
    }
    // Branch-free: on real totals "greater or not" is a coin toss the CPU cannot predict.
    before += +(t > target);
    equal += +(t === target);
  }
  return equal > 0 ? before + 1 : null;
}

/** A cell of `range` as a number, or null when it is blank, a boolean or not a number (left out, as RANK.EQ). */
function numberIn(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  const parsed = parseNumber(excelCell(v));
  return parsed.kind === 'value' ? parsed.value : null;
}

/** > 0 when row r's keys rank before `keys` (higher first), 0 when equal; null when a key cannot be read. */
function compareKeys(keyColumns: readonly KeyColumn[], r: number, keys: ArrayLike<number>): number | null {
  for (let j = 0; j < keyColumns.length; j++) {
    const { range, col } = keyColumns[j]!;
    const cell = range.cells[r]![col];
    let v: number;
    if (typeof cell === 'number') v = cell;
    else {
      const key = readNumber(cell, () => ({}), { blank: 'zero', booleans: true, expected: 'key' });
      if (isErrorCell(key)) return null;
      v = key!;
    }
    const q = keys[j]!;
    if (v !== q) return v > q ? 1 : -1;
  }
  return 0;
}

function notFound(
  values: RangeArg,
  r: number,
  c: number,
  total: number,
  range: RangeArg,
  withKeys: boolean,
): ErrorCell {
  const other = argParams(range.ref);
  return errorCell('#N/A', 'FN_RANK_NOT_FOUND', {
    ...cellParams(values, r, c),
    value: total,
    other: other.arg,
    otherVi: other.argVi,
    ...(withKeys ? { keys: 1 } : {}),
    ...(values.rows > 1 && !withKeys ? { hint: 1 } : {}),
  });
}
