import { isValidPoint } from '../core/checkPoints.js';
import { maxBaseScore } from '../core/maxBaseScore.js';
import { SCORE_FIELDS, scoreInto, scorePlan } from '../core/scoreUnit.js';
import {
  cellParams,
  errorCell,
  isBlankCell,
  isErrorCell,
  misuse,
  argParams,
  percentOption,
  rangeArg,
  readNumber,
  trimRange,
  type ErrorCell,
  type RangeArg,
  type ResultCell,
} from './args.js';
import { criteriaArgs } from './criteriaArgs.js';
import { BLANK_RESULT } from './rankValues.js';

/** Default `Trần điểm thưởng (%)` (DOMAIN.md §4). */
export const DEFAULT_BONUS_CAP_PERCENT = 10;

/**
 * The logic of `=TDKT.TOTAL(points, maxima, [kinds], [bonusCapPercent])`: total = base + min(bonus, cap) −
 * penalty, exactly as the engine (`scoreInto`), the cap being `bonusCapPercent` (default 10) % of the
 * maximum base score (the sum of the Score maxima).
 *
 * `points` is one unit's row of points (or a column, for a unit written vertically) with one cell per
 * criterion, or a block of several units, one row each, with one column per criterion (then one total per
 * row). Every point is checked against its criterion: a blank Score cell, a negative value, a value above
 * the maximum, text that is not a number or an Excel error gives that unit `#VALUE!` naming the first bad
 * cell; a blank bonus or penalty cell counts 0. Never clamped, never zeroed.
 *
 * @example totalPoints([[28, '9,5', 3, 1]], [[30, 10, 5, null]], [['Chấm điểm', 'Chấm điểm', 'Thưởng', 'Trừ']], null)
 * // [[39.5]] … 28 + 9.5 + min(3, 4) − 1
 */
export function totalPoints(
  points: unknown,
  maxima: unknown,
  kinds: unknown,
  bonusCapPercent: unknown,
): ResultCell[][] {
  const { criteria, maxima: maxVector } = criteriaArgs(maxima, kinds, 'TOTAL');
  const capPercent = percentOption(
    bonusCapPercent,
    { fn: 'TOTAL', name: 'bonusCapPercent' },
    DEFAULT_BONUS_CAP_PERCENT,
  );
  const bonusCap = (capPercent * maxBaseScore(criteria)) / 100;
  const all = rangeArg(points, { fn: 'TOTAL', name: 'points' });
  const k = criteria.length;
  // Units by row: rows after the last used one (reserved for units to come) are cut, and an empty row inside
  // gives an empty cell, as RANKBLOC and GRADE do. One unit written down a column keeps every cell.
  const grid = all.cols === k && all.rows > 1 ? trimRange(all) : all;
  // One unit written down a column, or units by row.
  const vertical = grid.cols === 1 && grid.rows === k && k > 1;
  if (!vertical && grid.cols !== k) {
    const maxArg = argParams(maxVector.range.ref);
    misuse('FN_LENGTH_MISMATCH', {
      ...argParams(grid.ref),
      other: maxArg.arg,
      otherVi: maxArg.argVi,
      count: grid.rows > 1 && grid.cols > 1 ? grid.cols : grid.rows * grid.cols,
      expected: k,
    });
  }
  const units = vertical ? 1 : grid.rows;
  const row: (number | null)[] = new Array(k);
  const scores = new Float64Array(SCORE_FIELDS);
  const out: ResultCell[][] = new Array(units);
  for (let u = 0; u < units; u++) {
    if (!vertical && grid.rows > 1 && grid.cells[u]!.every(isBlankCell)) {
      out[u] = [BLANK_RESULT];
      continue;
    }
    const at = (i: number): [number, number] => (vertical ? [i, 0] : [u, i]);
    let bad: ErrorCell | undefined;
    for (let i = 0; i < k && !bad; i++) {
      const [r, c] = at(i);
      const value = readNumber(grid.cells[r]![c], () => cellParams(grid, r, c), { blank: 'null', expected: 'points' });
      if (isErrorCell(value)) bad = value;
      else if (!isValidPoint(value, criteria[i]!)) bad = pointError(grid, r, c, value, criteria[i]!.max);
      else row[i] = value;
    }
    if (bad) {
      out[u] = [bad];
      continue;
    }
    scoreInto(row, scorePlan(criteria), bonusCap, scores, 0);
    out[u] = [scores[4]!];
  }
  return out;
}

function pointError(grid: RangeArg, r: number, c: number, value: number | null, max: number | null): ErrorCell {
  const params = cellParams(grid, r, c);
  if (value === null) return errorCell('#VALUE!', 'FN_POINT_BLANK', params);
  if (value < 0) return errorCell('#VALUE!', 'FN_POINT_NEGATIVE', { ...params, value });
  return errorCell('#VALUE!', 'FN_POINT_ABOVE_MAX', { ...params, value, max: max ?? 0 });
}
