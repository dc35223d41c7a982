import { EXCEL_ERROR_TEXT } from '../../grid/_lib/excelError.js';
import type { CellValue, SheetGrid } from '../../grid/types.js';

/**
 * A value of `Range.values` as the grid layer reads it: Office gives `''` for a blank cell, numbers,
 * booleans, strings, and an error value as its text (`#N/A`), which becomes `{ error }`. A percent-formatted
 * cell arrives as its fraction (0.75); the grid layer recognises a column of fractions (`isFractionColumn`),
 * so no number formats are loaded.
 *
 * @example toCellValue('') // null
 * @example toCellValue('#N/A') // { error: '#N/A' }
 */
export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value.charCodeAt(0) === 35 && EXCEL_ERROR_TEXT.test(value)) return { error: value.toUpperCase() };
    return value;
  }
  return String(value);
}

/**
 * A used range's values as a grid from A1: `rowIndex` / `columnIndex` are the 0-based position of the
 * range's top-left cell, so leading empty rows and columns are filled in.
 */
export function toSheetGrid(name: string, values: readonly unknown[][], rowIndex: number, columnIndex: number): SheetGrid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  appendRows(rows, values, columnIndex);
  return { name, rows };
}

/** Appends converted rows, each shifted right by `columnIndex` blanks. */
export function appendRows(rows: CellValue[][], values: readonly unknown[][], columnIndex: number): void {
  for (const source of values) {
    const row: CellValue[] = new Array<CellValue>(columnIndex + source.length);
    for (let c = 0; c < columnIndex; c++) row[c] = null;
    for (let c = 0; c < source.length; c++) row[columnIndex + c] = toCellValue(source[c]);
    rows.push(row);
  }
}

/** Whether a value read now equals what a write would put there (so the write can be skipped). */
export function sameCellValue(current: CellValue | undefined, written: string | number | null): boolean {
  if (written === null || written === '') return current === null || current === undefined || current === '';
  if (typeof written === 'number') return typeof current === 'number' && current === written;
  return typeof current === 'string' && current === written;
}
