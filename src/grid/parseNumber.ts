import { cellText, isErrorObject, trimSpaces } from './_lib/cells.js';
import { EXCEL_ERROR_TEXT } from './_lib/excelError.js';
import type { CellValue, ParsedValue } from './types.js';

// Compiled once: readBloc calls this for every score cell.
/** `1.000`, `12.500,5`: dot groups of exactly three digits (no leading zero) are thousands. */
const THOUSANDS = /^([+-]?)([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
/** `8,5`, `8`, `,5`: the comma is the decimal separator. */
const COMMA_DECIMAL = /^[+-]?(?:\d+(?:,\d+)?|,\d+)$/;
/** `8.5`, `.5`, `1000.25`: any other dot is a decimal point. */
const DOT_DECIMAL = /^[+-]?(?:\d+\.\d+|\.\d+)$/;
const MINUS_SIGNS = /[\u2212\u2012\u2013]/g;

/**
 * Reads a cell as a number the way a Vietnamese clerk writes it.
 *
 * - numbers are taken as they are (NaN and ±Infinity are `invalid`);
 * - text: a comma is the decimal separator (`8,5`); a dot followed by exactly three digits is a
 *   thousands separator (`1.000` = 1000, `12.500,5` = 12500.5) unless the integer part is 0
 *   (`0.500` = 0.5); any other dot is a decimal point (`8.5`, `1.5000`); spaces around the number,
 *   non-breaking ones included, are ignored; `−` counts as a minus sign;
 * - blank (null, `''`, spaces) → `blank`; an Excel error (`{ error: '#N/A' }` or the text `#N/A`,
 *   `#VALUE!`, …) → `excelError`; anything else (`8,5 điểm`, `1,000.5`, `TRUE`, a date) → `invalid`.
 *
 * It never clamps, rounds or guesses: the range is the caller's business.
 *
 * @example parseNumber('12.500,5') // { kind: 'value', value: 12500.5 }
 * @example parseNumber(' 8,5\u00a0') // { kind: 'value', value: 8.5 }
 * @example parseNumber('#N/A') // { kind: 'excelError', text: '#N/A' }
 */
export function parseNumber(value: CellValue | undefined): ParsedValue<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid', text: String(value) };
  }
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value !== 'string') {
    if (isErrorObject(value)) return { kind: 'excelError', text: value.error };
    return { kind: 'invalid', text: cellText(value) };
  }
  const text = trimSpaces(value).replace(MINUS_SIGNS, '-');
  if (text === '') return { kind: 'blank' };
  let normal: string | null = null;
  const thousands = THOUSANDS.exec(text);
  if (thousands) normal = thousands[1]! + thousands[2]!.replaceAll('.', '') + (thousands[3] ? '.' + thousands[3] : '');
  else if (COMMA_DECIMAL.test(text)) normal = text.replace(',', '.');
  else if (DOT_DECIMAL.test(text)) normal = text;
  if (normal !== null) {
    const n = Number(normal);
    if (Number.isFinite(n)) return { kind: 'value', value: n };
  }
  if (EXCEL_ERROR_TEXT.test(text)) return { kind: 'excelError', text: text.toUpperCase() };
  return { kind: 'invalid', text: cellText(text) };
}
