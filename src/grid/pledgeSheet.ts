import { PLEDGE_BLEED, PLEDGE_STYLES } from '../core/pledge/styles.js';
import type { PledgeColumns, PledgeDocument, PledgeParagraph, PledgeSignatures } from '../core/pledge/types.js';
import type { CellStyle, SheetSpec, SpecCell, SpecMerge } from './sheetSpec.js';

export interface PledgeSheetOptions {
  /** Sheet name; default `Giao ước {N+1}`. */
  readonly name?: string;
  /** Fill cells holding a placeholder in yellow; default true. */
  readonly highlightPlaceholders?: boolean;
}

const A4_WIDTH_MM = 210;
const PX_PER_MM = 96 / 25.4;
const PT_PER_PX = 0.75;
/**
 * Excel: a column of stored width `w` is `7w` pixels at 96 dpi (ECMA-376 18.3.1.13: the stored width counts
 * the 5-pixel padding; 7 px is the maximum digit width of Calibri 11, the workbook's default font).
 */
const DIGIT_PX = 7;
/** Average advance of a character as a share of the font size, Times New Roman, measured on Vietnamese text. */
const CHAR_EM = { regular: 0.46, bold: 0.5, caps: 0.6, capsBold: 0.64 } as const;
/** Line height as a multiple of the font size. */
const LINE = 1.25;
/** Height of a row that only carries a rule. */
const RULE_ROW = 4;
/** Leading spaces standing in for the first-line indent of running text (a cell has no first-line indent). */
const INDENT = '\u00a0'.repeat(8);
const PLACEHOLDER_FILL = 'FFFF00';

/**
 * The pledge model (from `buildPledge`) as a print-ready worksheet, for the xlsx adapter now and the Excel
 * adapter later: the same text, sizes and emphasis as the .docx (Times New Roman, `PLEDGE_STYLES`), A4
 * portrait fitted to one page wide.
 *
 * Geometry follows the .docx: running text fills the text width between the model's margins; the header
 * and the signature grid reach `PLEDGE_BLEED` into the margins (so the sheet's own print margins are the
 * model's minus the bleed). Columns are cut where the layout needs an edge: the text width, the header's two
 * blocks, the ends of each short rule and the middle of the signature grid. Each paragraph is one merged,
 * wrapped row whose height is estimated from its text (Excel does not fit merged rows); the header is set
 * line by line so that its two blocks stay level, each short rule is the top border of an otherwise
 * empty row of its block under its text, and the signature grid has per pair of cells a row for the unit names,
 * one for "KHỐI TRƯỞNG"/"KHỐI PHÓ" (first pair), one for the signers' titles, one to sign and seal and one for the
 * signers' names, an odd last cell centred across the page. `pageSetup.rowBreaks` keeps every pair, and
 * "Nơi nhận" with the last pair, on one page (writers that can set page breaks apply them).
 *
 * @example
 * const spec = pledgeSheet(buildPledge(input, ranking).value!);
 * spec.name // 'Giao ước 2026'
 */
export function pledgeSheet(model: PledgeDocument, options: PledgeSheetOptions = {}): SheetSpec {
  const highlight = options.highlightPlaceholders ?? true;
  const { margins, font } = model.page;
  const text = A4_WIDTH_MM - margins.left - margins.right;
  const full = text + PLEDGE_BLEED.left + PLEDGE_BLEED.right;

  // ---- columns: every edge the layout needs, in millimetres from the left of the full width -------------
  const mm = (x: number) => Math.round(x * 100) / 100;
  const edgesSet = new Set<number>([0, mm(PLEDGE_BLEED.left), mm(PLEDGE_BLEED.left + text), mm(full), mm(full / 2)]);
  const ruleEdges = (from: number, to: number, width: number): [number, number] => {
    const side = ((to - from) * (1 - width)) / 2;
    return [mm(from + side), mm(to - side)];
  };
  const headerSpans = (block: PledgeColumns): [number, number][] => {
    let from = 0;
    return block.widths.map((w) => {
      const span: [number, number] = [mm(from), mm(from + w * full)];
      from += w * full;
      return span;
    });
  };
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'rule')
        ruleEdges(PLEDGE_BLEED.left, PLEDGE_BLEED.left + text, block.width).forEach((e) => edgesSet.add(e));
      if (block.kind !== 'columns') continue;
      headerSpans(block).forEach(([from, to], i) => {
        edgesSet.add(from).add(to);
        for (const inner of block.columns[i] ?? []) {
          if (inner.kind === 'rule') ruleEdges(from, to, inner.width).forEach((e) => edgesSet.add(e));
        }
      });
    }
  }
  const edges = [...edgesSet].sort((a, b) => a - b);
  const columnPx = edges.slice(1).map((edge, i) => (edge - edges[i]!) * PX_PER_MM);
  const columnWidths = columnPx.map((px) => Math.max(0.3, Math.round((px / DIGIT_PX) * 100) / 100));
  /** Columns [left, right] covering [from, to] mm. */
  const cols = (from: number, to: number): [number, number] => [edges.indexOf(mm(from)) + 1, edges.indexOf(mm(to))];
  const widthPt = (left: number, right: number) =>
    columnPx.slice(left - 1, right).reduce((a, b) => a + b, 0) * PT_PER_PX;
  const textCols = cols(PLEDGE_BLEED.left, PLEDGE_BLEED.left + text);
  const fullCols = cols(0, full);

  // ---- cells ---------------------------------------------------------------------------------------
  const cells: SpecCell[] = [];
  const merges: SpecMerge[] = [];
  /** Row ranges that must print on one page (a signature pair; "Nơi nhận" with the last pair). */
  const keepTogether: { top: number; bottom: number }[] = [];
  const rowHeights: Record<number, number> = {};
  let row = 1;
  /** Space after the previous paragraph, added above the next one. */
  let carry = 0;

  const setHeight = (at: number, height: number) => {
    rowHeights[at] = Math.max(rowHeights[at] ?? 0, Math.ceil(height));
  };
  const styleOf = (p: PledgeParagraph, extra: Partial<CellStyle> = {}): CellStyle => {
    const s = PLEDGE_STYLES[p.role];
    const placeholder = highlight && p.runs.some((r) => r.placeholder);
    return {
      font,
      size: s.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      horizontal: s.align,
      vertical: 'bottom',
      wrap: true,
      ...(placeholder ? { fill: PLACEHOLDER_FILL } : {}),
      ...extra,
    };
  };
  const valueOf = (p: PledgeParagraph) => {
    const value = p.runs.map((r) => r.text).join('');
    return PLEDGE_STYLES[p.role].firstLineIndent ? INDENT + value : value;
  };
  const perLine = (p: PledgeParagraph, value: string, width: number) => {
    const s = PLEDGE_STYLES[p.role];
    const caps = value === value.toUpperCase();
    const em = caps ? (s.bold ? CHAR_EM.capsBold : CHAR_EM.caps) : s.bold ? CHAR_EM.bold : CHAR_EM.regular;
    return Math.max(1, Math.floor((width - 4) / (s.size * em)));
  };
  /** Writes `value` styled as `p` into [left, right] of `at`; returns the row height it needs (without spacing). */
  const put = (
    p: PledgeParagraph,
    value: string,
    at: number,
    [left, right]: [number, number],
    extra: Partial<CellStyle> = {},
  ) => {
    cells.push({ row: at, col: left, value, style: styleOf(p, extra) });
    if (right > left) merges.push({ top: at, left, bottom: at, right });
    const limit = perLine(p, value, widthPt(left, right));
    const lines = wrapLines(value, limit).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / limit)), 0);
    return lines * PLEDGE_STYLES[p.role].size * LINE;
  };
  const rule = (at: number, [left, right]: [number, number]) => {
    for (let c = left; c <= right; c++) cells.push({ row: at, col: c, value: null, style: { border: ['top'] } });
  };

  const paragraphRow = (p: PledgeParagraph) => {
    const s = PLEDGE_STYLES[p.role];
    setHeight(row, put(p, valueOf(p), row, textCols) + carry + (s.spaceBefore ?? 0));
    carry = s.spaceAfter ?? 0;
    row++;
  };

  /** The two-block header, one row per line so that both blocks stay level; a rule tops the row under it. */
  const headerRows = (block: PledgeColumns) => {
    const start = row;
    let end = row;
    headerSpans(block).forEach(([from, to], i) => {
      const span = cols(from, to);
      let r = start;
      for (const inner of block.columns[i] ?? []) {
        if (inner.kind === 'rule') {
          // A row of its own in this block (the other block may set text in it): its top border is the rule.
          rule(r, cols(...ruleEdges(from, to, inner.width)));
          setHeight(r, RULE_ROW);
          r++;
        } else if (inner.kind === 'paragraph') {
          const s = PLEDGE_STYLES[inner.role];
          const lines = wrapLines(valueOf(inner), perLine(inner, valueOf(inner), widthPt(...span)));
          lines.forEach((line, k) => {
            const before = k === 0 ? (s.spaceBefore ?? 0) + (r === start ? carry : 0) : 0;
            setHeight(r, put(inner, line, r, span) + before);
            r++;
          });
        }
      }
      end = Math.max(end, r);
    });
    carry = 0;
    row = end;
  };

  const signatureRows = (block: PledgeSignatures) => {
    const halves = [cols(0, full / 2), cols(full / 2, full)];
    for (let i = 0; i < block.cells.length; i += block.columns) {
      const pair = block.cells.slice(i, i + block.columns);
      const places = pair.length === 1 ? [fullCols] : halves;
      // Rows: the names (bottom-aligned, so a two-line name keeps the titles level), the tags (leader and
      // deputy only), the titles, the space to sign and seal, the signers' names.
      const tagged = pair.some((cell) => cell.tag);
      const r = { name: row, tag: row + 1, title: row + (tagged ? 2 : 1) };
      const space = r.title + 1;
      const signer = space + 1;
      pair.forEach((cell, k) => {
        const place = places[k]!;
        setHeight(r.name, put(cell.name, valueOf(cell.name), r.name, place) + carry + (PLEDGE_STYLES.signatureName.spaceBefore ?? 0));
        if (cell.tag) setHeight(r.tag, put(cell.tag, valueOf(cell.tag), r.tag, place, { vertical: 'top' }));
        setHeight(r.title, put(cell.title, valueOf(cell.title), r.title, place, { vertical: 'top' }));
        merges.push({ top: space, left: place[0], bottom: space, right: place[1] });
        setHeight(signer, put(cell.signer, valueOf(cell.signer), signer, place, { vertical: 'top' }));
      });
      setHeight(space, block.signSpace);
      keepTogether.push({ top: row, bottom: signer });
      carry = 0;
      row = signer + 1;
    }
  };

  let recipientsFrom = 0;
  for (const section of model.sections) {
    if (section.id === 'recipients') recipientsFrom = row;
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') paragraphRow(block);
      else if (block.kind === 'columns') headerRows(block);
      else if (block.kind === 'signatures') signatureRows(block);
      else {
        rule(row, cols(...ruleEdges(PLEDGE_BLEED.left, PLEDGE_BLEED.left + text, block.width)));
        setHeight(row++, RULE_ROW);
        carry = block.spaceAfter ?? 0;
      }
    }
  }

  // "Nơi nhận" never opens a page alone: it keeps with the last signature pair.
  const lastPair = keepTogether[keepTogether.length - 1];
  if (recipientsFrom > 0 && lastPair && lastPair.bottom === recipientsFrom - 1) lastPair.bottom = row - 1;
  const pageHeight = ((297 - margins.top - margins.bottom) / 25.4) * 72;
  const rowBreaks = pageBreaks(row - 1, rowHeights, keepTogether, pageHeight);

  return {
    name: options.name ?? `Giao ước ${model.year}`,
    cells,
    merges,
    columnWidths,
    rowHeights,
    pageSetup: {
      paperSize: 'A4',
      orientation: 'portrait',
      margins: {
        top: margins.top,
        bottom: margins.bottom,
        left: margins.left - PLEDGE_BLEED.left,
        right: margins.right - PLEDGE_BLEED.right,
      },
      fitToWidth: true,
      ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
    },
  };
}

/**
 * Where to break pages so that no kept range (a signature pair) straddles two pages: rows fill a page by their
 * heights (15 pt where unset, Excel's default); a range that would not fit starts a new page.
 */
function pageBreaks(
  lastRow: number,
  heights: Readonly<Record<number, number>>,
  keep: readonly { top: number; bottom: number }[],
  pageHeight: number,
): number[] {
  const h = (r: number) => heights[r] ?? 15;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= lastRow; r++) {
    const group = keep.find((k) => k.top === r);
    if (group) {
      let size = 0;
      for (let g = group.top; g <= group.bottom; g++) size += h(g);
      if (used + size > pageHeight && used > 0) {
        breaks.push(r - 1);
        used = 0;
      }
      used += size;
      r = group.bottom;
      continue;
    }
    if (used + h(r) > pageHeight && used > 0) {
      breaks.push(r - 1);
      used = 0;
    }
    used += h(r);
  }
  return breaks;
}

/**
 * Breaks a text into as few lines of at most `perLine` characters as greedy wrapping needs, then evens
 * them out (so a two-line bloc name breaks near its middle, as a clerk would break it).
 */
function wrapLines(text: string, perLine: number): string[] {
  const words = text.trim().split(/\s+/);
  const lead = /^\s+/.exec(text)?.[0] ?? '';
  const greedy = (limit: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    return lines;
  };
  const first = greedy(perLine - lead.length);
  const count = first.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  // The narrowest limit that still gives the same number of lines.
  let best = first;
  for (let limit = perLine - lead.length - 1; limit > 0; limit--) {
    const tried = greedy(limit);
    if (tried.length > count || tried.some((l) => l.length > limit && l.includes(' '))) break;
    best = tried;
  }
  return best.map((line, i) => (i === 0 ? lead + line : line));
}
