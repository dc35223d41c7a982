import type ExcelJS from 'exceljs';
import type { CellWrite } from '../grid/types.js';

const AWARD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const NO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'none' };

/**
 * Writes result cells into the workbook. Only the cells listed are touched; strings are stored as text
 * (ExcelJS writes a string value as a shared string, so "=SUM(A1)" stays text, never a formula).
 * Award rows are marked by the fill of their result cells only; other result cells get no fill, so a
 * second run writes exactly the same.
 */
export function applyWrites(workbook: ExcelJS.Workbook, writes: readonly CellWrite[]): void {
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const w of writes) {
    let ws = sheets.get(w.sheet);
    if (!ws) {
      ws = workbook.getWorksheet(w.sheet);
      if (!ws) throw new Error(`applyWrites: no sheet "${w.sheet}"`);
      sheets.set(w.sheet, ws);
    }
    const cell = ws.getCell(w.row, w.col);
    cell.value = w.value;
    if (w.role === 'header') {
      cell.font = { ...cell.font, bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      if (w.width) ws.getColumn(w.col).width = w.width;
    } else {
      cell.fill = w.role === 'award' ? AWARD_FILL : NO_FILL;
      if (w.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }
  }
}
