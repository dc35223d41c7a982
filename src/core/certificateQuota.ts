import type { Settings } from './model.js';

/**
 * The certificate (Bằng khen) quota: the number written, or `auto` from the number of units in the sheet:
 * ≥ 10 → 3, 6–9 → 2, ≤ 5 → 1.
 *
 * @example certificateQuota('auto', 11) // 3
 */
export function certificateQuota(certificates: Settings['certificates'], unitCount: number): number {
  if (certificates !== 'auto') return certificates;
  return unitCount >= 10 ? 3 : unitCount >= 6 ? 2 : 1;
}
