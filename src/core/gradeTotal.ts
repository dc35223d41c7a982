import { normalizePoints } from './format.js';
import type { GradeBands, GradeCode } from './model.js';

/**
 * The grade of a total (bonus and penalty included) as a percentage of the maximum base score:
 * ≥ excellent → HTXSNV, ≥ good → HTTNV, ≥ complete → HTNV, else KHTNV. Thresholds are inclusive.
 *
 * @example gradeTotal(90, 100, { excellent: 90, good: 70, complete: 50 }) // 'HTXSNV'
 */
export function gradeTotal(total: number, maxBase: number, bands: GradeBands): GradeCode {
  // Compare total·100 with band·max rather than dividing, so 900/1000 is exactly 90 %.
  const scaled = normalizePoints(total * 100);
  if (scaled >= normalizePoints(bands.excellent * maxBase)) return 'HTXSNV';
  if (scaled >= normalizePoints(bands.good * maxBase)) return 'HTTNV';
  if (scaled >= normalizePoints(bands.complete * maxBase)) return 'HTNV';
  return 'KHTNV';
}
