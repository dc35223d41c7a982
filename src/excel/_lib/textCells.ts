import { EXCEL_ERROR_TEXT } from '../../grid/_lib/excelError.js';

/** A number, percentage, amount, date or time as Excel would read typed input (any locale's separators). */
const NUMBER_LIKE = /^[\s$€£¥₫(]*[\d.,][\d\s.,:/%$€£¥₫()eE+-]*(?:\s*[AaPp][Mm])?$/;

/**
 * Whether Excel would not keep `text` as it is when it is written through `Range.values`: Excel reads
 * values like typed input, so text beginning with `=`, `+`, `-` or `@` becomes a formula (documented for
 * `Range.values`), a leading apostrophe is taken as the quote prefix, and numbers, percentages, dates,
 * `TRUE`/`FALSE` and error literals (`#N/A`) change type. Such cells get the Text number format (`@`)
 * before their value is written, so Excel stores the text exactly (Excel never parses input into a
 * Text-formatted cell).
 *
 * @example needsTextFormat('=SUM(A1)') // true
 * @example needsTextFormat('- tham gia đầy đủ') // true
 * @example needsTextFormat('Hoàn thành xuất sắc nhiệm vụ') // false
 */
export function needsTextFormat(text: string): boolean {
  if (text === '') return false;
  const first = text.charCodeAt(0);
  // = + - @ '
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 39) return true;
  const t = text.trim();
  if (t === '') return false;
  if (/^(?:true|false)$/i.test(t) || EXCEL_ERROR_TEXT.test(t)) return true;
  return NUMBER_LIKE.test(t);
}
