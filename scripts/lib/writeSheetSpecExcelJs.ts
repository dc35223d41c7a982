import type ExcelJS from 'exceljs';
import type { CellStyle, SheetSpec } from '../../src/grid/sheetSpec.js';
import { toA1 } from '../../src/grid/toA1.js';

const MM_PER_INCH = 25.4;
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

/**
 * (ExcelJS, for scripts and benchmarks that build workbooks with an independent writer; the product writes
 * sheets with src/xlsx/sheetSpecXml.ts.)
 *
 * Adds a sheet described by `spec` to the workbook (cells, styles, merges, widths, frozen header, data
 * validation, A4 page setup). Strings are written as text, never formulas.
 */
export function writeSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name);
  spec.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value;
    if (c.style) applyStyle(cell, c.style);
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  if (spec.frozenRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows }];
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.validations ?? []) {
    const address = `${toA1(v.top, v.left)}:${toA1(v.bottom, v.right)}`;
    const common = { allowBlank: true, showErrorMessage: true, ...(v.message ? { error: v.message, errorTitle: 'BlocRank' } : {}) };
    validations.add(
      address,
      v.rule.type === 'decimal'
        ? { type: 'decimal', operator: 'between', formulae: [v.rule.min, v.rule.max], ...common }
        : { type: 'list', formulae: [`"${v.rule.values.join(',')}"`], ...common },
    );
  }
  if (spec.pageSetup) {
    const p = spec.pageSetup;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      margins: {
        top: p.margins.top / MM_PER_INCH,
        bottom: p.margins.bottom / MM_PER_INCH,
        left: p.margins.left / MM_PER_INCH,
        right: p.margins.right / MM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    };
  }
  return ws;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.underline || s.size || s.font) {
    cell.font = {
      ...(s.font ? { name: s.font } : {}),
      ...(s.size ? { size: s.size } : {}),
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: true } : {}),
    };
  }
  if (s.horizontal || s.vertical || s.wrap || s.indent) {
    cell.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.indent ? { indent: s.indent } : {}),
    };
  }
  if (s.border?.length) cell.border = Object.fromEntries(s.border.map((side) => [side, THIN]));
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}
