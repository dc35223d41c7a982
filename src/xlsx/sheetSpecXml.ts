import type { SheetSpec, SpecCell } from '../grid/sheetSpec.js';
import { toA1 } from '../grid/toA1.js';
import type { StylesEditor } from './patch/stylesEditor.js';
import { escapeCellText, escapeXml } from './xml/xmlText.js';

const MM_PER_INCH = 25.4;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A worksheet part written from a `SheetSpec` (the template sheets, the pledge sheet): cells with their
 * styles (appended to `styles`), widths, row heights, merges, the frozen header, data validations and
 * the A4 page setup. Strings are inline strings — a new sheet is then self-contained and the workbook's
 * shared strings stay as they were — and always text, never formulas.
 *
 * @example const xml = sheetSpecXml(templateSheets(opts)[0]!, new StylesEditor(MINIMAL_STYLES))
 */
export function sheetSpecXml(spec: SheetSpec, styles: StylesEditor | null): string {
  const rows = new Map<number, SpecCell[]>();
  let maxRow = 1;
  let maxCol = 1;
  for (const c of spec.cells) {
    rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  for (const r of Object.keys(spec.rowHeights ?? {})) maxRow = Math.max(maxRow, Number(r));
  const rowNumbers = [...new Set([...rows.keys(), ...Object.keys(spec.rowHeights ?? {}).map(Number)])].sort((a, b) => a - b);
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (spec.pageSetup?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${toA1(maxRow, maxCol)}"/>`);
  if (spec.frozenRows) {
    const top = toA1(spec.frozenRows + 1, 1);
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${spec.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else out.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths?.length) {
    out.push('<cols>');
    spec.columnWidths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  for (const r of rowNumbers) {
    const height = spec.rowHeights?.[r];
    out.push(`<row r="${r}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`);
    for (const c of (rows.get(r) ?? []).sort((a, b) => a.col - b.col)) {
      const s = c.style && styles ? styles.addCellStyle(c.style) : 0;
      const ref = toA1(c.row, c.col);
      const style = s ? ` s="${s}"` : '';
      if (c.value === null || c.value === '') out.push(`<c r="${ref}"${style}/>`);
      else if (typeof c.value === 'number') out.push(`<c r="${ref}"${style}><v>${String(c.value)}</v></c>`);
      else out.push(`<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(c.value)}</t></is></c>`);
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (spec.merges?.length) {
    out.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) out.push(`<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`);
    out.push('</mergeCells>');
  }
  if (spec.validations?.length) {
    out.push(`<dataValidations count="${spec.validations.length}">`);
    for (const v of spec.validations) {
      const sqref = `${toA1(v.top, v.left)}:${toA1(v.bottom, v.right)}`;
      const message = v.message ? ` errorTitle="BlocRank" error="${escapeXml(v.message)}"` : '';
      if (v.rule.type === 'decimal') {
        out.push(
          `<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1"${message} sqref="${sqref}"><formula1>${v.rule.min}</formula1><formula2>${v.rule.max}</formula2></dataValidation>`,
        );
      } else {
        // A list of texts is one quoted formula, quotes doubled.
        const list = `"${v.rule.values.map((t) => t.replace(/"/g, '""')).join(',')}"`;
        out.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1"${message} sqref="${sqref}"><formula1>${escapeXml(list)}</formula1></dataValidation>`);
      }
    }
    out.push('</dataValidations>');
  }
  const m = spec.pageSetup?.margins;
  const inch = (mm: number) => String(Math.round((mm / MM_PER_INCH) * 10000) / 10000);
  out.push(
    m
      ? `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="0.3" footer="0.3"/>`
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (spec.pageSetup) {
    const p = spec.pageSetup;
    out.push(`<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
    // Manual breaks (after pageSetup in the schema's order): `id` is the last row of a page.
    const breaks = p.rowBreaks ?? [];
    if (breaks.length > 0) {
      out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
      for (const row of breaks) out.push(`<brk id="${row}" max="16383" man="1"/>`);
      out.push('</rowBreaks>');
    }
  }
  out.push('</worksheet>');
  return out.join('');
}
