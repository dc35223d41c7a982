import type { CellValue, SheetGrid } from '../types.js';

/** Spaces Excel users leave around values: ordinary, non-breaking, figure, narrow, zero-width, BOM. */
const EDGE_SPACES = /^[\s\u00a0\u2007\u202f\u200b\ufeff]+|[\s\u00a0\u2007\u202f\u200b\ufeff]+$/g;

/** Trims every kind of space a clerk or a copy-paste leaves around a value. */
export function trimSpaces(text: string): string {
  return text.replace(EDGE_SPACES, '');
}

/** The cell at 0-based row/column, `null` outside ragged rows or in array holes. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** An Excel error value object such as `{ error: '#N/A' }`. */
export function isErrorObject(value: unknown): value is { readonly error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as { error?: unknown }).error === 'string'
  );
}

/** Blank: null, undefined, or a string of spaces only. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && trimSpaces(value) === '');
}

const MAX_SHOWN = 60;

/** A cell value as a clerk would recognise it in a message, cut to a readable length. */
export function cellText(value: CellValue | undefined): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = trimSpaces(value);
  else if (typeof value === 'number') text = String(value);
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  else if (isErrorObject(value)) text = value.error;
  else text = String(value as unknown);
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
}

/** The 0-based index after the last non-blank cell of a row (0 for an empty row). */
export function usedWidth(row: ReadonlyArray<CellValue> | undefined): number {
  if (!row) return 0;
  for (let c = row.length - 1; c >= 0; c--) if (!isBlank(row[c])) return c + 1;
  return 0;
}
