import { issue, type Issue } from '../../core/issue.js';
import type { CellStyle, SheetSpec, SpecCell } from '../../grid/sheetSpec.js';
import { errorCode } from './issues.js';
import { COMMAND_BYTES, jsonSize } from './payload.js';
import { needsTextFormat } from './textCells.js';

const PT_PER_MM = 72 / 25.4;
/** A stored column width of `w` characters is `7w` pixels (Calibri 11, see grid/pledgeSheet.ts); 1 px = 0.75 pt. */
export const PT_PER_CHAR = 7 * 0.75;
const THIN: Excel.CellBorder = { style: 'Continuous', weight: 'Thin', color: '#000000' };
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** One row of a sheet spec, ready to queue. */
interface SpecRow {
  readonly row: number;
  readonly values: Array<string | number | null>;
  readonly props: Excel.SettableCellProperties[];
  /** 0-based columns whose number format is set first (Text for formula-like strings, or the style's). */
  readonly formats: Array<{ readonly col: number; readonly format: string }>;
  readonly bytes: number;
}

export interface WriteSheetSpecsOptions {
  /** The added sheet to show (activated, with `cell` selected), in the request that writes the contents. */
  readonly show?: { readonly sheet: string; readonly cell?: string };
}

/**
 * Adds the sheets described by `specs` (the Office.js twin of src/xlsx/writeSheetSpec.ts): values, fonts,
 * fills, borders, alignment (one `setCellProperties` per row block), merges, column widths, row heights,
 * the frozen header, data validation, then the A4 page setup in a request of its own, so a host that
 * refuses part of the print setup still gets the sheet (a warning says so). Strings that Excel would read
 * as something else (`=…`, `- …`, numbers as text) are written into Text-formatted cells, so they stay
 * text. Requests are split by row blocks so that none exceeds `budget` bytes. Existing sheets are never
 * touched: the caller checks names first (adding a taken name fails in Excel).
 */
export async function writeSheetSpecs(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  budget: number,
  options: WriteSheetSpecsOptions = {},
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const added = specs.map((spec) => ({ spec, sheet: context.workbook.worksheets.add(spec.name) }));
  let pending = specs.length * COMMAND_BYTES;
  const flushIfFull = async (next: number) => {
    if (pending + next > budget && pending > 0) {
      await context.sync();
      pending = 0;
    }
    pending += next;
  };

  for (const { spec, sheet } of added) {
    const width = Math.max(1, ...spec.cells.map((c) => c.col));
    spec.columnWidths?.forEach((w, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * PT_PER_CHAR * 100) / 100;
    });
    for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
      sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
    }
    pending += ((spec.columnWidths?.length ?? 0) + Object.keys(spec.rowHeights ?? {}).length) * COMMAND_BYTES;

    // Row blocks of consecutive rows, each as large as the budget allows.
    const rows = specRows(spec.cells, width);
    let block: SpecRow[] = [];
    const queueBlock = () => {
      if (block.length === 0) return;
      const first = block[0]!.row;
      const range = sheet.getRangeByIndexes(first - 1, 0, block.length, width);
      for (const r of block)
        for (const f of r.formats) range.getCell(r.row - first, f.col).numberFormat = [[f.format]];
      range.values = block.map((r) => r.values);
      range.setCellProperties(block.map((r) => r.props));
      block = [];
    };
    for (const row of rows) {
      const contiguous = block.length === 0 || block[block.length - 1]!.row === row.row - 1;
      if (!contiguous) queueBlock();
      if (pending + row.bytes > budget && pending > 0) {
        queueBlock();
        await context.sync();
        pending = 0;
      }
      block.push(row);
      pending += row.bytes;
    }
    queueBlock();

    for (const m of spec.merges ?? []) {
      await flushIfFull(COMMAND_BYTES);
      sheet.getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    }
    for (const v of spec.validations ?? []) {
      await flushIfFull(3 * COMMAND_BYTES + jsonSize(v));
      const dv = sheet.getRangeByIndexes(v.top - 1, v.left - 1, v.bottom - v.top + 1, v.right - v.left + 1).dataValidation;
      dv.rule =
        v.rule.type === 'decimal'
          ? { decimal: { formula1: v.rule.min, formula2: v.rule.max, operator: 'Between' } }
          : { list: { inCellDropDown: true, source: v.rule.values.join(',') } };
      if (v.message) dv.errorAlert = { message: v.message, showAlert: true, style: 'Stop', title: 'BlocRank' };
    }
    if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
  }
  // Shown in the same request as the contents (before the print setup, which a host may refuse).
  const shown = options.show && added.find((a) => a.spec.name === options.show!.sheet);
  if (shown) {
    shown.sheet.activate();
    if (options.show!.cell) shown.sheet.getRange(options.show!.cell).select();
  }
  await context.sync();

  // Print setup last and alone: some hosts support only part of PageLayout.
  const withSetup = added.filter((a) => a.spec.pageSetup);
  if (withSetup.length > 0) {
    for (const { spec, sheet } of withSetup) {
      const p = spec.pageSetup!;
      const layout = sheet.pageLayout;
      layout.paperSize = 'A4';
      layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.topMargin = mmToPt(p.margins.top);
      layout.bottomMargin = mmToPt(p.margins.bottom);
      layout.leftMargin = mmToPt(p.margins.left);
      layout.rightMargin = mmToPt(p.margins.right);
      // A break is added above the given row: a page that ends after row r starts again at row r + 1.
      for (const row of p.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
    }
    // Fit to one page wide last: a host that refuses it has applied paper and margins to every sheet.
    for (const { spec, sheet } of withSetup) {
      if (spec.pageSetup!.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
    try {
      await context.sync();
    } catch (error) {
      const reason = `${errorCode(error) || 'Error'}: ${error instanceof Error ? error.message : String(error)}`;
      for (const { spec } of withSetup)
        issues.push(issue('warning', 'EXCEL_PAGE_SETUP_SKIPPED', { sheet: spec.name, reason: reason.slice(0, 200) }, { sheet: spec.name }));
    }
  }
  return issues;
}

const mmToPt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;

/** The spec's cells grouped by row (ascending), each row `width` cells wide. */
function specRows(cells: readonly SpecCell[], width: number): SpecRow[] {
  const byRow = new Map<number, SpecCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const styleCache = new Map<CellStyle, Excel.SettableCellProperties>();
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const values: Array<string | number | null> = new Array(width).fill(null);
      const props: Excel.SettableCellProperties[] = Array.from({ length: width }, () => ({}));
      const formats: Array<{ col: number; format: string }> = [];
      for (const c of byRow.get(row)!) {
        const j = c.col - 1;
        values[j] = c.value === null ? '' : c.value;
        if (c.style) {
          let p = styleCache.get(c.style);
          if (!p) styleCache.set(c.style, (p = cellProperties(c.style)));
          props[j] = p;
        }
        if (typeof c.value === 'string' && needsTextFormat(c.value)) formats.push({ col: j, format: '@' });
        else if (c.style?.numberFormat) formats.push({ col: j, format: c.style.numberFormat });
      }
      const bytes = jsonSize(values) + jsonSize(props) + (2 + formats.length) * COMMAND_BYTES;
      return { row, values, props, formats, bytes };
    });
}

/** A spec style as `setCellProperties` input. */
export function cellProperties(s: CellStyle): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  const font: Excel.CellPropertiesFont = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = 'Single';
  if (s.size) font.size = s.size;
  if (s.font) font.name = s.font;
  if (Object.keys(font).length > 0) format.font = font;
  if (s.horizontal) format.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) format.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap) format.wrapText = true;
  if (s.indent) format.indentLevel = s.indent;
  if (s.fill) format.fill = { color: `#${s.fill.toUpperCase()}` };
  if (s.border?.length) format.borders = Object.fromEntries(s.border.map((side) => [side, THIN])) as Excel.CellBorderCollection;
  return Object.keys(format).length > 0 ? { format } : {};
}
