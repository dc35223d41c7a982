import { trimSpaces } from './_lib/cells.js';
import { parseNumber } from './parseNumber.js';
import type { CellValue } from './types.js';

/**
 * Whether a percentage column holds fractions: true when it has at least one number without a `%`
 * sign and every such number is in 0..1 (a percent-formatted 75 % reaches a grid as 0.75). Text with
 * a `%` sign, blanks and unreadable cells do not vote. A column of whole percents where every unit has
 * at most 1 % would be misread; no real bloc has that, and the rule needs no number formats.
 *
 * @example isFractionColumn([0.75, null, '0,4']) // true
 * @example isFractionColumn([0.75, 40]) // false
 */
export function isFractionColumn(values: Iterable<CellValue | undefined>): boolean {
  let seen = false;
  for (const value of values) {
    if (typeof value === 'string' && trimSpaces(value).endsWith('%')) continue;
    const parsed = parseNumber(value);
    if (parsed.kind !== 'value') continue;
    if (parsed.value < 0 || parsed.value > 1) return false;
    seen = true;
  }
  return seen;
}
