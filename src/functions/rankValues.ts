import {
  argParams,
  cellParams,
  errorCell,
  isErrorCell,
  misuse,
  optionalRangeArg,
  rangeArg,
  readNumber,
  requireColumn,
  requireSameRows,
  type ErrorCell,
  type ParamRef,
  type RangeArg,
  type ResultCell,
} from './args.js';
import { cachedRanking } from './cachedRanking.js';
import { prepareRanking, rankOf, type KeyColumn } from './prepareRanking.js';

const ref = (name: string): ParamRef => ({ fn: 'RANKBLOC', name });
const TIE_BREAK_NAMES = ['tiebreak1', 'tiebreak2', 'tiebreak3'];

/**
 * The logic of `=TDKT.RANKBLOC(values, [range], [tiebreak1], [tiebreak2], [tiebreak3])`: the engine's ranking
 * (descending, standard competition ranking 1, 2, 2, 4; tie-break columns compared in order, higher first;
 * units still equal share the rank).
 *
 * - **Whole column** (`range` omitted): `values` is one column of totals; returns one rank per row.
 *   Tie-break arguments are columns (or blocks of adjacent columns, compared left to right) with as many
 *   rows. A row whose total is blank or unreadable, or whose tie-break cell is unreadable, gets its own
 *   `#VALUE!`; the other rows are ranked among the readable ones. A blank tie-break cell counts 0.
 * - **One unit against the column** (`range` given, as RANK.EQ): `range` is the column of totals and the
 *   tie-break arguments align with its rows. Each row of `values` is a unit: its total, then its own value
 *   in each tie-break column (so `values` has 1 + number-of-tie-break-columns cells per row). The rank is
 *   that of the equal row of `range`; `#N/A` when no row of `range` is equal. Repeated calls over the same
 *   range reuse one ranking (`cachedRanking`).
 *
 * @example rankValues([[90], [95], [90]], null, []) // [[2], [1], [2]]
 * @example rankValues([[90], [95], [90]], null, [[[1], [0], [2]]]) // [[2], [1], [1]] … keys break the tie
 * @example rankValues([[90]], [[90], [95], [90]], []) // [[2]]
 */
export function rankValues(values: unknown, range: unknown, tieBreaks: readonly unknown[]): ResultCell[][] {
  const valuesArg = rangeArg(values, ref('values'));
  const rangeArgument = optionalRangeArg(range, ref('range'));
  const totals = rangeArgument ?? valuesArg;
  requireColumn(totals);
  const keyColumns: KeyColumn[] = [];
  tieBreaks.forEach((tb, j) => {
    const arg = optionalRangeArg(tb, ref(TIE_BREAK_NAMES[j] ?? `tiebreak${j + 1}`));
    if (!arg) return;
    requireSameRows(arg, totals);
    for (let c = 0; c < arg.cols; c++) keyColumns.push({ range: arg, col: c });
  });
  if (!rangeArgument) return spill(totals, keyColumns);
  return againstRange(valuesArg, rangeArgument, keyColumns);
}

function spill(totals: RangeArg, keyColumns: readonly KeyColumn[]): ResultCell[][] {
  const prepared = prepareRanking(totals, keyColumns);
  const { valid, ranks, rowErrors } = prepared;
  const rankOfRow = new Int32Array(prepared.rows); // 0: the row has an error
  for (let i = 0; i < valid.length; i++) rankOfRow[valid[i]!] = ranks[i]!;
  const out: ResultCell[][] = new Array(prepared.rows);
  for (let r = 0; r < prepared.rows; r++) out[r] = [rankOfRow[r] || rowErrors[r]!];
  return out;
}

function againstRange(values: RangeArg, range: RangeArg, keyColumns: readonly KeyColumn[]): ResultCell[][] {
  const k = keyColumns.length;
  if (values.cols !== 1 + k) {
    misuse('FN_RANK_KEYS', {
      ...argParams(values.ref),
      other: argParams(range.ref).arg,
      otherVi: argParams(range.ref).argVi,
      count: values.cols,
      keys: k,
      expected: 1 + k,
    });
  }
  const prepared = cachedRanking(range, keyColumns);
  const keys = new Float64Array(k);
  const out: ResultCell[][] = new Array(values.rows);
  for (let r = 0; r < values.rows; r++) out[r] = [rankRow(values, r, keys, range, prepared)];
  return out;
}

function rankRow(
  values: RangeArg,
  r: number,
  keys: Float64Array,
  range: RangeArg,
  prepared: ReturnType<typeof cachedRanking>,
): ResultCell {
  const row = values.cells[r]!;
  const total = readNumber(row[0], () => cellParams(values, r, 0), { blank: 'error' });
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
  const rank = rankOf(prepared, total!, keys);
  return rank ?? notFound(values, r, total!, range, keys.length > 0);
}

function notFound(values: RangeArg, r: number, total: number, range: RangeArg, withKeys: boolean): ErrorCell {
  const other = argParams(range.ref);
  return errorCell('#N/A', 'FN_RANK_NOT_FOUND', {
    ...cellParams(values, r, 0),
    value: total,
    other: other.arg,
    otherVi: other.argVi,
    ...(withKeys ? { keys: 1 } : {}),
    ...(values.rows > 1 && !withKeys ? { hint: 1 } : {}),
  });
}
