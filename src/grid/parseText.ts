import { cellText, isErrorObject, trimSpaces } from './_lib/cells.js';
import { EXCEL_ERROR_TEXT } from './_lib/excelError.js';
import type { CellValue, ParsedValue } from './types.js';

/**
 * Reads a text cell (a unit name, a note, a settings text): trimmed of ordinary and non-breaking spaces;
 * numbers give their decimal text, booleans `TRUE`/`FALSE`, dates `yyyy-mm-dd`. Blank → `blank`; an Excel
 * error (object or `#N/A`-like text) → `excelError`. Inner spacing is kept as typed.
 *
 * @example parseText('  Sở Nội vụ\u00a0') // { kind: 'value', value: 'Sở Nội vụ' }
 */
export function parseText(value: CellValue | undefined): ParsedValue<string> {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'string') {
    const text = trimSpaces(value);
    if (text === '') return { kind: 'blank' };
    if (text[0] === '#' && EXCEL_ERROR_TEXT.test(text)) return { kind: 'excelError', text: text.toUpperCase() };
    return { kind: 'value', value: text };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'value', value: String(value) } : { kind: 'invalid', text: String(value) };
  }
  if (isErrorObject(value)) return { kind: 'excelError', text: value.error };
  return { kind: 'value', value: cellText(value) };
}
