import { maxBaseScore } from '../core/maxBaseScore.js';
import { criteriaArgs } from './criteriaArgs.js';

/**
 * The logic of `=TDKT.MAXSCORE(maxima, [kinds])`: the maximum base score, the sum of the maxima of the
 * Score criteria (`maxBaseScore`), which TDKT.GRADE grades against and the bonus cap is a percentage of.
 * Maxima and kinds are read and checked as for TDKT.TOTAL.
 *
 * @example maxScoreOf([[30], [10], [5]], [['Chấm điểm'], [''], ['Thưởng']]) // 40
 */
export function maxScoreOf(maxima: unknown, kinds: unknown): number {
  return maxBaseScore(criteriaArgs(maxima, kinds, 'MAXSCORE').criteria);
}
