import { createExplainer } from './createExplainer.js';
import type { Lang } from './model.js';
import type { BlocResult } from './result.js';

/**
 * The explanation of one unit's result in `lang`: rank of n, total and band, and why each award is or is
 * not proposed, citing the rule. To explain many units, use `createExplainer` once.
 *
 * @example explainUnit(result, 0, 'en') // 'Rank 1 of 9. Total 96.5 points; 96.5% of the 100-point maximum → …'
 */
export function explainUnit(result: BlocResult, index: number, lang: Lang): string {
  return createExplainer(result, lang)(index);
}
