import type { Criterion } from './model.js';
import { normalizePoints } from './format.js';

/**
 * The maximum base score: the sum of the maxima of the Score criteria (100 in the preset).
 *
 * @example maxBaseScore(PRESET_CRITERIA) // 100
 */
export function maxBaseScore(criteria: readonly Criterion[]): number {
  let sum = 0;
  for (const c of criteria) if (c.kind === 'score' && c.max !== null) sum += c.max;
  return normalizePoints(sum);
}
