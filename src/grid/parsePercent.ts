import { normalizePoints } from '../core/format.js';
import { trimSpaces } from './_lib/cells.js';
import { parseNumber } from './parseNumber.js';
import type { CellValue, ParsedValue } from './types.js';

export interface ParsePercentOptions {
  /**
   * How to read a number without a `%` sign (a grid cannot show number formats, and Excel stores a
   * percent-formatted 75 % as 0.75):
   * - `percent` (default): as written, 75 = 75 %;
   * - `fraction`: ×100, 0.75 = 75 % (use it for a column whose bare numbers are all ≤ 1, see
   *   `isFractionColumn`);
   * - `auto`: a number strictly between 0 and 1 is a fraction, any other is a percent (for a single
   *   settings cell, where no band or cap below 1 % makes sense).
   */
  readonly numbers?: 'percent' | 'fraction' | 'auto';
}

const PERCENT_SIGN = /\s*[%\uff05]$/;

/**
 * Reads a percentage in 0..100: `75`, `"75%"`, `"75,5 %"`, or a percent-formatted 0.75 (see
 * `options.numbers`). Text with a `%` sign is always read as written. A value outside 0..100 is
 * `outOfRange`, never clamped. Blanks, Excel errors and other text as in `parseNumber`.
 *
 * @example parsePercent('75,5 %') // { kind: 'value', value: 75.5 }
 * @example parsePercent(0.75, { numbers: 'fraction' }) // { kind: 'value', value: 75 }
 * @example parsePercent(120) // { kind: 'outOfRange', text: '120' }
 */
export function parsePercent(value: CellValue | undefined, options: ParsePercentOptions = {}): ParsedValue<number> {
  let signed = false;
  let input: CellValue | undefined = value;
  if (typeof value === 'string') {
    const text = trimSpaces(value);
    if (PERCENT_SIGN.test(text)) {
      signed = true;
      input = text.replace(PERCENT_SIGN, '');
      if (trimSpaces(input) === '') return { kind: 'invalid', text };
    }
  }
  const parsed = parseNumber(input);
  if (parsed.kind !== 'value') {
    return parsed.kind === 'invalid' && signed ? { kind: 'invalid', text: trimSpaces(String(value)) } : parsed;
  }
  const n = parsed.value;
  const mode = signed ? 'percent' : (options.numbers ?? 'percent');
  const fraction = mode === 'fraction' || (mode === 'auto' && n > 0 && n < 1);
  const percent = fraction ? normalizePoints(n * 100) : n;
  if (percent < 0 || percent > 100) return { kind: 'outOfRange', text: signed ? `${n}%` : String(n) };
  return { kind: 'value', value: percent };
}
