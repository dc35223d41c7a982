import { foldText } from '../core/foldText.js';
import type { CellValue } from './types.js';

const SPACE_AROUND_PUNCTUATION = /\s*([(),%:;.*\-–—/])\s*/g;
const TRAILING_MARKS = /[:*]+$/;

/**
 * The key a header, sheet name or keyword is matched by: `foldText` (case, diacritics, đ = d,
 * non-breaking and repeated spaces) plus spacing around punctuation and a trailing `:` or `*` (a
 * "required" mark) ignored, so `Tỷ lệ nữ(%)`, `TỶ LỆ NỮ (%)` and `Ty le nu (%):` share one key.
 * Numbers give their decimal text; other values (blank, booleans, dates, errors) give `''`.
 *
 * @example headerKey(' Tỷ lệ\u00a0NỮ (%) ') // 'ty le nu(%)'
 */
export function headerKey(value: CellValue | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  return foldText(value).replace(SPACE_AROUND_PUNCTUATION, '$1').replace(TRAILING_MARKS, '');
}
