import { cellText, isErrorObject, trimSpaces } from './_lib/cells.js';
import { EXCEL_ERROR_TEXT } from './_lib/excelError.js';
import { matchHeader } from './matchHeader.js';
import { YES_NO_NAMES } from './names.js';
import type { CellValue, ParsedValue } from './types.js';

const CACHE_SIZE = 1024;
const cache = new Map<string, ParsedValue<boolean>>();

function parseString(value: string): ParsedValue<boolean> {
  const text = trimSpaces(value);
  if (text === '') return { kind: 'blank' };
  const match = matchHeader(text, YES_NO_NAMES);
  if (match) return { kind: 'value', value: match.key === 'yes' };
  if (EXCEL_ERROR_TEXT.test(text)) return { kind: 'excelError', text: text.toUpperCase() };
  return { kind: 'invalid', text: cellText(text) };
}

/**
 * Reads a yes/no cell: `Có`/`Không` (also without diacritics: `Khong`), `x`, `✓`, `Yes`/`No`, `Y`/`N`,
 * `1`/`0`, `true`/`false` and Excel booleans, ignoring case and spaces. Blank → `blank`; an Excel
 * error → `excelError`; anything else (`2`, `có lẽ`) → `invalid`, never a guess.
 *
 * @example parseYesNo('KHONG ') // { kind: 'value', value: false }
 * @example parseYesNo('✓') // { kind: 'value', value: true }
 */
export function parseYesNo(value: CellValue | undefined): ParsedValue<boolean> {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (typeof value === 'number') {
    if (value === 1 || value === 0) return { kind: 'value', value: value === 1 };
    return { kind: 'invalid', text: cellText(value) };
  }
  if (typeof value === 'string') {
    // A yes/no column repeats a handful of strings: fold each once.
    let parsed = cache.get(value);
    if (!parsed) {
      parsed = parseString(value);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(value, parsed);
    }
    return parsed;
  }
  if (isErrorObject(value)) return { kind: 'excelError', text: value.error };
  return { kind: 'invalid', text: cellText(value) };
}
