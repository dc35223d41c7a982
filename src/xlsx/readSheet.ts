import type { CellRange, CellValue, SheetGrid } from '../grid/types.js';
import { parseCellRef, refColumn } from './cellRef.js';
import type { FormatKind } from './numberFormatKind.js';
import { decodeOoxmlEscapes } from './xml/xmlText.js';
import { XmlStream } from './xml/XmlStream.js';

/** More non-empty cells than this in one sheet is refused (`SHEET_TOO_LARGE`) rather than read. */
export const MAX_CELLS_PER_SHEET = 1_000_000;

export class SheetTooLargeError extends Error {
  constructor(readonly cells: number) {
    super(`more than ${cells} cells`);
  }
}

export interface ReadSheetContext {
  readonly sharedStrings: readonly string[];
  readonly formats: readonly FormatKind[];
  readonly date1904: boolean;
  readonly maxCells?: number;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Reads one worksheet part streamed as text chunks into a `SheetGrid` with merges, hidden rows and formula
 * cells. Cells and rows without `r=` follow the previous one. Empty cells (styled, no value) and empty rows
 * cost nothing; only cells with a value are stored, so a value in XFD or in row 1,048,576 is cheap.
 * Validations, conditional formats and everything else are scanned past, never expanded.
 *
 * @example readSheet('Chấm điểm', (w) => w(xml), { sharedStrings: [], formats: [], date1904: false })
 */
export function readSheet(name: string, feed: (write: (text: string) => void) => void, ctx: ReadSheetContext): SheetGrid {
  const maxCells = ctx.maxCells ?? MAX_CELLS_PER_SHEET;
  const rows: (CellValue[] | readonly CellValue[])[] = [];
  const merges: CellRange[] = [];
  const hiddenRows = new Set<number>();
  const formulaCells = new Map<number, Set<number>>();
  let cells = 0;
  let rowNum = 0;
  let col = 0;
  let inSheetData = false;
  // current cell
  let inCell = false;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let valueText: string | null = null;
  let inlineText: string | null = null;
  let capture: 'v' | 't' | null = null;
  let inIs = false;
  let phonetic = 0;

  const stream = new XmlStream({
    capturing: () => capture !== null && phonetic === 0,
    text(t) {
      if (capture === 'v') valueText = (valueText ?? '') + t;
      else if (capture === 't') inlineText = (inlineText ?? '') + t;
    },
    open(el, attrs) {
      if (inCell) {
        if (el === 'v') {
          capture = 'v';
          valueText = valueText ?? '';
        } else if (el === 'f') hasFormula = true;
        else if (el === 'is') inIs = true;
        else if (el === 'rPh') phonetic++;
        else if (el === 't' && inIs) {
          capture = 't';
          inlineText = inlineText ?? '';
        }
        return;
      }
      if (el === 'c' && inSheetData) {
        const r = attrs.r;
        col = r ? refColumn(r) || col + 1 : col + 1;
        inCell = true;
        type = attrs.t ?? '';
        style = attrs.s ? Number(attrs.s) : 0;
        hasFormula = false;
        valueText = null;
        inlineText = null;
      } else if (el === 'row' && inSheetData) {
        const r = attrs.r ? Number(attrs.r) : NaN;
        rowNum = Number.isInteger(r) && r > rowNum ? r : rowNum + 1;
        col = 0;
        if (attrs.hidden === '1' || attrs.hidden === 'true') hiddenRows.add(rowNum);
      } else if (el === 'sheetData') inSheetData = true;
      else if (el === 'mergeCell' && attrs.ref) {
        const [a, b] = attrs.ref.split(':');
        const tl = a ? parseCellRef(a) : null;
        const br = b ? parseCellRef(b) : tl;
        if (tl && br) merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
      }
    },
    close(el) {
      if (el === 'v' || el === 't') capture = null;
      else if (el === 'is') inIs = false;
      else if (el === 'rPh') phonetic--;
      else if (el === 'sheetData') inSheetData = false;
      else if (el === 'c' && inCell) {
        inCell = false;
        if (rowNum === 0) rowNum = 1;
        const value = cellValue(type, style, valueText, inlineText, ctx);
        if (hasFormula) {
          let set = formulaCells.get(rowNum);
          if (!set) formulaCells.set(rowNum, (set = new Set()));
          set.add(col);
        }
        if (value === null) return;
        if (++cells > maxCells) throw new SheetTooLargeError(maxCells);
        let row = rows[rowNum - 1];
        if (!row || row === EMPTY_ROW) rows[rowNum - 1] = row = [];
        (row as CellValue[])[col - 1] = value;
      }
    },
  });
  feed((t) => stream.write(t));
  stream.end();
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = EMPTY_ROW;
  return { name, rows, merges, hiddenRows, formulaCells };
}

function cellValue(type: string, style: number, v: string | null, inline: string | null, ctx: ReadSheetContext): CellValue {
  switch (type) {
    case 's': {
      const s = v === null ? undefined : ctx.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case 'inlineStr':
      return inline === null ? (v === null ? null : decodeOoxmlEscapes(v)) : decodeOoxmlEscapes(inline);
    case 'str':
      return v === null ? null : decodeOoxmlEscapes(v);
    case 'b':
      return v === null ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === null ? null : { error: v.trim() };
    case 'd': {
      if (v === null) return null;
      const d = new Date(v.trim());
      return Number.isNaN(d.getTime()) ? v : d;
    }
    default: {
      if (v === null || v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return v.trim();
      const kind = ctx.formats[style] ?? null;
      if (kind === 'date') return new Date((ctx.date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(n * DAY_MS));
      if (kind === 'percent') return percentText(n);
      return n;
    }
  }
}

/**
 * A percent-formatted number as the clerk sees it, "75%" (decimal comma: "75,5%"), so the grid reads it as
 * a percentage, not as the fraction 0.75.
 *
 * @example percentText(0.755) // '75,5%'
 */
export function percentText(n: number): string {
  return `${String(Math.round(n * 100 * 1e6) / 1e6).replace('.', ',')}%`;
}
