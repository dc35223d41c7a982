import { toA1 } from '../../grid/toA1.js';
import { parseCellRef, refColumn } from '../cellRef.js';
import { parseAttrs } from '../xml/XmlStream.js';

/** A worksheet whose cells cannot be located (no `<sheetData>`, an unfinished tag). */
export class MalformedSheetError extends Error {}

/** A cell as it stands in the sheet before the patch. */
export interface ExistingCell {
  /** Its format index (`s`), 0 when it has none. */
  readonly s: number;
  /** It holds a formula (`<f>`): a patch never replaces it. */
  readonly formula: boolean;
}

export interface CellTarget {
  readonly row: number;
  readonly col: number;
}

/**
 * Renders the new `<c>` of a target cell. `existing` is null when the cell is not in the sheet; `left` is
 * the format of the nearest cell to its left in the same row (null when none), `rowStyle` the row's own
 * format when it has one. Returns null to leave the cell as it is.
 */
export type RenderCell = (target: CellTarget, existing: ExistingCell | null, left: number | null, rowStyle: number | null) => string | null;

export interface SheetPatchOptions {
  /** Widths (Excel character units) of the columns a run creates. */
  readonly widths?: ReadonlyMap<number, number>;
}

/**
 * Splices cells into a worksheet part: each target cell is replaced or inserted in column order in its
 * row (a row is created, in order, when absent); `<dimension>` grows to cover them and created columns
 * get a `<col>` width (an existing `<col min max>` span is split only where it covers one). Every other
 * element and every other cell is left byte for byte. Rows and cells without `r=` keep their place: an
 * element inserted before one of them gives it its `r=`, so its position does not shift.
 *
 * @example patchSheetXml(xml, [{ row: 2, col: 5 }], () => '<c r="E2"><v>1</v></c>')
 */
export function patchSheetXml(xml: string, targets: readonly CellTarget[], render: RenderCell, options: SheetPatchOptions = {}): string {
  const parts = patchSheetParts(xml, targets, render, options);
  return parts.head + xml.slice(parts.from);
}

/**
 * `patchSheetXml` as two parts: the patched text is `head + xml.slice(from)`. The unchanged tail (most of a
 * large sheet whose units sit at the top) is never copied, so a caller can reuse the original bytes for it.
 */
export interface SheetParts {
  readonly head: string;
  readonly from: number;
}

export function patchSheetParts(xml: string, targets: readonly CellTarget[], render: RenderCell, options: SheetPatchOptions = {}): SheetParts {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  if (p) {
    // New cells take the part's namespace prefix (`<x:c>`), as its own cells do.
    const plain = render;
    render = (...args) => plain(...args)?.replace(/<(\/?)(c|v|is|t|r|f)\b/g, `<$1${p}$2`) ?? null;
  }
  const byRow = new Map<number, number[]>();
  for (const t of targets) {
    const cols = byRow.get(t.row) ?? [];
    if (!cols.includes(t.col)) cols.push(t.col);
    byRow.set(t.row, cols);
  }
  for (const cols of byRow.values()) cols.sort((a, b) => a - b);
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);

  const sd = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!sd) throw new MalformedSheetError('a worksheet without sheetData');
  const sdOpenEnd = sd.index + sd[0].length;
  const selfClosed = sd[1] === '/';
  const sdClose = selfClosed ? sdOpenEnd : xml.indexOf(`</${p}sheetData>`, sdOpenEnd);
  // Untouched stretches are copied as one slice each; scanning stops after the last target row.
  const body: string[] = [];
  let pos = sdOpenEnd;
  let scan = sdOpenEnd;
  let prevRow = 0;
  let ti = 0;
  const rowRe = new RegExp(`<${p}row\\b`, 'g');
  const closeTag = `</${p}row>`;
  while (ti < rowNumbers.length && !selfClosed) {
    rowRe.lastIndex = scan;
    const m = rowRe.exec(xml);
    if (!m || m.index >= sdClose) break;
    const tagEnd = findTagEnd(xml, m.index);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const rowEnd = selfClosing ? tagEnd + 1 : endOf(xml, closeTag, tagEnd);
    const tag = xml.slice(m.index, tagEnd + 1);
    const rAttr = /\sr="(\d+)"/.exec(tag);
    const r = rAttr ? Number(rAttr[1]) : NaN;
    const rowNum = Number.isInteger(r) && r > prevRow ? r : prevRow + 1;
    prevRow = rowNum;
    scan = rowEnd;
    if (rowNumbers[ti]! > rowNum) continue;
    // This row is a target, or targets come before it: copy what precedes, then write.
    body.push(xml.slice(pos, m.index));
    let inserted = false;
    while (ti < rowNumbers.length && rowNumbers[ti]! < rowNum) {
      body.push(newRow(p, rowNumbers[ti]!, byRow.get(rowNumbers[ti]!)!, render));
      ti++;
      inserted = true;
    }
    let rowXml = xml.slice(m.index, rowEnd);
    if (inserted && !rAttr) rowXml = addAttr(rowXml, 'r', String(rowNum));
    if (ti < rowNumbers.length && rowNumbers[ti] === rowNum) {
      const attrs = parseAttrs(tag.slice(p.length + 4, selfClosing ? -2 : -1));
      rowXml = patchRow(p, rowXml, rowNum, byRow.get(rowNum)!, render, attrs.customFormat === '1' && attrs.s !== undefined ? Number(attrs.s) : null);
      ti++;
    }
    body.push(rowXml);
    pos = rowEnd;
  }
  let tail = '';
  for (; ti < rowNumbers.length; ti++) tail += newRow(p, rowNumbers[ti]!, byRow.get(rowNumbers[ti]!)!, render);
  let head = xml.slice(0, sd.index);
  head = patchDimension(head, p, targets);
  if (options.widths && options.widths.size > 0) head = patchCols(head, p, options.widths);
  if (selfClosed) return { head: `${head}${sd[0].slice(0, -2).trimEnd()}>${tail}</${p}sheetData>`, from: sdOpenEnd };
  const start = head + xml.slice(sd.index, sdOpenEnd) + body.join('');
  // New rows after the last one go just before </sheetData>.
  return tail ? { head: start + xml.slice(pos, sdClose) + tail, from: sdClose } : { head: start, from: pos };
}

function newRow(p: string, row: number, cols: readonly number[], render: RenderCell): string {
  const cells = cols.map((col) => render({ row, col }, null, null, null) ?? '').join('');
  return `<${p}row r="${row}">${cells}</${p}row>`;
}

function patchRow(p: string, rowXml: string, row: number, cols: readonly number[], render: RenderCell, rowStyle: number | null): string {
  const tagEnd = findTagEnd(rowXml, 0);
  const selfClosing = rowXml.charCodeAt(tagEnd - 1) === 47;
  let tag = rowXml.slice(0, tagEnd + 1);
  const content = selfClosing ? '' : rowXml.slice(tagEnd + 1, rowXml.length - `</${p}row>`.length);
  const cellRe = new RegExp(`<${p}c\\b`, 'g');
  const closeC = `</${p}c>`;
  const formulaRe = new RegExp(`<${p}f[\\s/>]`);
  let out = '';
  let cursor = 0;
  let prevCol = 0;
  let left: number | null = null;
  let wi = 0;
  let m: RegExpExecArray | null;
  while ((m = cellRe.exec(content)) !== null) {
    const cTagEnd = findTagEnd(content, m.index);
    const cSelf = content.charCodeAt(cTagEnd - 1) === 47;
    const cEnd = cSelf ? cTagEnd + 1 : endOf(content, closeC, cTagEnd);
    const cTag = content.slice(m.index, cTagEnd + 1);
    const attrs = parseAttrs(cTag.slice(p.length + 2, cSelf ? -2 : -1));
    const col = attrs.r ? refColumn(attrs.r) || prevCol + 1 : prevCol + 1;
    prevCol = col;
    const s = attrs.s ? Number(attrs.s) : 0;
    out += content.slice(cursor, m.index);
    let insertedBefore = false;
    while (wi < cols.length && cols[wi]! < col) {
      out += render({ row, col: cols[wi]! }, null, left, rowStyle) ?? '';
      wi++;
      insertedBefore = true;
    }
    let cellXml = content.slice(m.index, cEnd);
    if (insertedBefore && attrs.r === undefined) cellXml = addAttr(cellXml, 'r', toA1(row, col));
    if (wi < cols.length && cols[wi] === col) {
      const formula = !cSelf && formulaRe.test(cellXml);
      const replaced = render({ row, col }, { s, formula }, left, rowStyle);
      if (replaced !== null && !formula) cellXml = replaced;
      wi++;
    }
    out += cellXml;
    left = s;
    cursor = cEnd;
    cellRe.lastIndex = cEnd;
  }
  let rest = '';
  for (; wi < cols.length; wi++) rest += render({ row, col: cols[wi]! }, null, left, rowStyle) ?? '';
  out += rest + content.slice(cursor);
  const spans = /\sspans="(\d+):(\d+)"/.exec(tag);
  if (spans) {
    const lo = Math.min(Number(spans[1]), cols[0]!);
    const hi = Math.max(Number(spans[2]), cols[cols.length - 1]!);
    tag = tag.replace(spans[0], ` spans="${lo}:${hi}"`);
  }
  if (selfClosing) tag = `${tag.slice(0, -2).trimEnd()}>`;
  return `${tag}${out}</${p}row>`;
}

/** Grows `<dimension ref>` to cover the targets (left alone when the sheet has none). */
function patchDimension(head: string, p: string, targets: readonly CellTarget[]): string {
  const m = new RegExp(`(<${p}dimension\\b[^>]*?\\sref=")([^"]*)(")`).exec(head);
  if (!m || targets.length === 0) return head;
  const [a, b] = m[2]!.split(':');
  const tl = a ? parseCellRef(a) : null;
  const br = b ? parseCellRef(b) : tl;
  let top = tl?.row ?? Infinity;
  let leftCol = tl?.col ?? Infinity;
  let bottom = br?.row ?? 0;
  let right = br?.col ?? 0;
  for (const t of targets) {
    top = Math.min(top, t.row);
    leftCol = Math.min(leftCol, t.col);
    bottom = Math.max(bottom, t.row);
    right = Math.max(right, t.col);
  }
  const ref = `${toA1(top, leftCol)}:${toA1(bottom, right)}`;
  if (ref === m[2] || (tl && br && tl.row === top && tl.col === leftCol && br.row === bottom && br.col === right)) return head;
  return head.slice(0, m.index) + m[1] + ref + m[3] + head.slice(m.index + m[0].length);
}

/** Adds `<col>` widths for created columns, splitting an existing span only where it covers one of them. */
function patchCols(head: string, p: string, widths: ReadonlyMap<number, number>): string {
  const colsMatch = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)</${p}cols>`).exec(head);
  const items = colsMatch ? (colsMatch[1]!.match(new RegExp(`<${p}col\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}col>)`, 'g')) ?? []) : [];
  let list = items.map((xml) => {
    const attrs = parseAttrs(xml.slice(p.length + 4, xml.endsWith('/>') ? -2 : xml.indexOf('>')));
    return { xml, min: Number(attrs.min), max: Number(attrs.max) };
  });
  for (const [col, width] of [...widths].sort((a, b) => a[0] - b[0])) {
    const next: typeof list = [];
    let placed = false;
    for (const c of list) {
      if (c.min <= col && col <= c.max) {
        if (c.min < col) next.push(span(c.xml, c.min, col - 1));
        next.push(span(withWidth(c.xml, width), col, col));
        if (col < c.max) next.push(span(c.xml, col + 1, c.max));
        placed = true;
      } else next.push(c);
    }
    if (!placed) {
      const own = { xml: `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`, min: col, max: col };
      const at = next.findIndex((c) => c.min > col);
      if (at < 0) next.push(own);
      else next.splice(at, 0, own);
    }
    list = next;
  }
  const inner = list.map((c) => c.xml).join('');
  if (colsMatch) {
    const openTag = colsMatch[0].slice(0, colsMatch[0].indexOf('>') + 1);
    return head.slice(0, colsMatch.index) + openTag + inner + `</${p}cols>` + head.slice(colsMatch.index + colsMatch[0].length);
  }
  return `${head}<${p}cols>${inner}</${p}cols>`;
}

function span(xml: string, min: number, max: number): { xml: string; min: number; max: number } {
  return { xml: setAttr(setAttr(xml, 'min', String(min)), 'max', String(max)), min, max };
}

function withWidth(xml: string, width: number): string {
  return setAttr(setAttr(xml, 'width', String(width)), 'customWidth', '1');
}

function setAttr(el: string, name: string, value: string): string {
  const end = el.indexOf('>') + 1;
  const tag = el.slice(0, end);
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const newTag = re.test(tag) ? tag.replace(re, ` ${name}="${value}"`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return newTag + el.slice(end);
}

function addAttr(el: string, name: string, value: string): string {
  return setAttr(el, name, value);
}

/** The index just past the next `close` tag from `from`. */
function endOf(s: string, close: string, from: number): number {
  const at = s.indexOf(close, from);
  if (at < 0) throw new MalformedSheetError(`no ${close}`);
  return at + close.length;
}

/** Index of the `>` ending the tag that starts at `from`, skipping quoted values. */
function findTagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) i = s.indexOf(c === 34 ? '"' : "'", i + 1);
    if (Number.isNaN(c) || i < 0) throw new MalformedSheetError('an unfinished tag');
    i++;
  }
}
