/**
 * The one home of the Nghị định 30/2020 layout in .docx: a small block model (paragraphs with their
 * style, short rules, borderless columns, signature grids, ruled data tables) and its rendering with the
 * `docx` package. The pledge (renderPledgeDocx) and the year-end dossier (src/docx/dossier) are written
 * as lists of these blocks; a new document is a small file that lists its blocks.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { PLEDGE_BLEED, PLEDGE_FONT, type PledgeStyle } from '../../core/pledge/styles.js';

/** How a paragraph or run is typeset: size in points, emphasis, alignment, indent (mm), spacing (pt). */
export type DocStyle = PledgeStyle;

export interface DocRun {
  readonly text: string;
  readonly style: DocStyle;
  /** A gap to fill in by hand (a dotted line): highlighted when the document asks for it. */
  readonly placeholder?: boolean;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly style: DocStyle;
  readonly runs: readonly DocRun[];
  /** Keep with the next paragraph on one page (a title over its table, a closing line over its signatures). */
  readonly keepNext?: boolean;
  /** Starts a new page (an annex). */
  readonly pageBreakBefore?: boolean;
  /** Space after, in points, overriding the style's (the space to sign and seal). */
  readonly spaceAfter?: number;
}

/** A short centred rule under a header line (a fraction of its column's width). */
export interface DocRule {
  readonly kind: 'rule';
  readonly width: number;
  readonly spaceAfter?: number;
}

/**
 * Side-by-side borderless columns in one row that never splits across pages: the two-block header, and a
 * signature row with "Nơi nhận" beside it (so that neither ever stands alone on a page).
 */
export interface DocColumns {
  readonly kind: 'columns';
  /** Fractions of the table's width (the text width plus the bleed); they sum to 1. */
  readonly widths: readonly number[];
  readonly columns: readonly (readonly DocBlock[])[];
}

/** One signature cell: its paragraphs top to bottom; `signAfter` is the index of the line the space to sign follows. */
export interface DocSignature {
  readonly lines: readonly DocParagraph[];
  readonly signAfter: number;
}

/** A grid of signature cells, `columns` per row, each row unsplittable; `tail` rides in the last row. */
export interface DocSignatures {
  readonly kind: 'signatures';
  readonly columns: number;
  readonly cells: readonly DocSignature[];
  /** Height of the space to sign and seal, in points. */
  readonly signSpace: number;
  /** Paragraphs kept with the last row (the "Nơi nhận" block), never alone at the top of a page. */
  readonly tail?: readonly DocParagraph[];
}

/** A ruled data table: header rows repeated on every page, body rows never split across pages. */
export interface DocTable {
  readonly kind: 'table';
  /** Fractions of the text width; they sum to 1. */
  readonly widths: readonly number[];
  /** The header row: one list of paragraphs per column. */
  readonly header: readonly (readonly DocParagraph[])[];
  readonly rows: readonly (readonly (readonly DocParagraph[])[])[];
}

export type DocBlock = DocParagraph | DocRule | DocColumns | DocSignatures | DocTable;

export interface RenderBlocksOptions {
  readonly font?: string;
  /** Highlight placeholders in yellow; default true. */
  readonly highlightPlaceholders?: boolean;
  /** The width the blocks are laid in, in twips (the page's text width). */
  readonly textWidth: number;
}

/** Line spacing of justified running text (240 = single). */
const BODY_LINE = 264;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;
const noBorders = TableBorders.NONE;
const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

export const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/**
 * Renders blocks as `docx` paragraphs and tables.
 *
 * @example
 * const children = renderBlocks([para(STYLE.body, 'Căn cứ …')], { textWidth: 9354 });
 */
export function renderBlocks(list: readonly DocBlock[], options: RenderBlocksOptions): (Paragraph | Table)[] {
  const font = options.font ?? PLEDGE_FONT;
  const highlight = options.highlightPlaceholders ?? true;
  const bleed = { left: twip(PLEDGE_BLEED.left), right: twip(PLEDGE_BLEED.right) };
  const indent = { size: -bleed.left, type: WidthType.DXA };

  const paragraph = (p: DocParagraph): Paragraph => {
    const justified = p.style.align === 'justify';
    return new Paragraph({
      alignment: ALIGN[p.style.align],
      indent: p.style.firstLineIndent ? { firstLine: twip(p.style.firstLineIndent) } : undefined,
      spacing: {
        before: Math.round((p.style.spaceBefore ?? 0) * 20),
        after: Math.round((p.spaceAfter ?? p.style.spaceAfter ?? 0) * 20),
        line: justified ? BODY_LINE : 240,
        lineRule: LineRuleType.AUTO,
      },
      keepNext: p.keepNext,
      keepLines: true,
      pageBreakBefore: p.pageBreakBefore,
      children: p.runs.map(
        (r) =>
          new TextRun({
            text: r.text,
            font,
            size: halfPoints(r.style.size),
            bold: r.style.bold ?? false,
            italics: r.style.italic ?? false,
            highlight: highlight && r.placeholder ? 'yellow' : undefined,
          }),
      ),
    });
  };

  /** A short centred rule: an empty paragraph, indented from both sides, with a top border. */
  const rule = (r: DocRule, columnWidth: number): Paragraph => {
    const side = Math.round((columnWidth * (1 - r.width)) / 2);
    return new Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 90, after: Math.round((r.spaceAfter ?? 0) * 20), line: 60, lineRule: LineRuleType.EXACT },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [new TextRun({ text: '', size: 2, font })],
    });
  };

  const columnsTable = (b: DocColumns, textWidth: number): Table => {
    const width = textWidth + bleed.left + bleed.right;
    const widths = b.widths.map((w) => Math.round(w * width));
    return new Table({
      width: { size: width, type: WidthType.DXA },
      indent,
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      margins: noMargins,
      rows: [
        new TableRow({
          cantSplit: true,
          children: b.columns.map(
            (column, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                borders: noBorders,
                children: nonEmpty(blocks(column, widths[i]!)),
              }),
          ),
        }),
      ],
    });
  };

  /**
   * The signature grid: one table row per `columns` cells, never split across pages (`cantSplit`), each cell
   * bottom-aligned so that titles, spaces to sign and names line up when one unit's name takes more lines.
   * `tail` (the "Nơi nhận" block) goes into the last row, under a nested table holding the last cells, so that
   * it can never open a page alone: a row that cannot split carries both to the next page together.
   */
  const signatureTable = (b: DocSignatures, textWidth: number): Table => {
    const tail = (b.tail ?? []).map(paragraph);
    const width = textWidth + bleed.left + bleed.right;
    const columnWidth = Math.floor(width / b.columns);
    const cellsOf = (group: readonly DocSignature[], colWidth: number): TableCell[] => {
      const span = group.length === 1 && b.columns > 1 ? b.columns : 1;
      return group.map(
        (s) =>
          new TableCell({
            width: { size: colWidth * span, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            borders: noBorders,
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: s.lines.map((line, k) => paragraph(k === s.signAfter ? { ...line, spaceAfter: b.signSpace } : line)),
          }),
      );
    };
    const grid = (rows: TableRow[], colWidth: number, withIndent: boolean): Table =>
      new Table({
        width: { size: colWidth * b.columns, type: WidthType.DXA },
        ...(withIndent ? { indent } : {}),
        columnWidths: Array.from({ length: b.columns }, () => colWidth),
        layout: TableLayoutType.FIXED,
        borders: noBorders,
        margins: { top: 0, bottom: 0, left: 57, right: 57 },
        rows,
      });
    const rows: TableRow[] = [];
    for (let i = 0; i < b.cells.length; i += b.columns) {
      const group = b.cells.slice(i, i + b.columns);
      const last = i + b.columns >= b.cells.length;
      if (!last || tail.length === 0) {
        rows.push(new TableRow({ cantSplit: true, children: cellsOf(group, columnWidth) }));
        continue;
      }
      // The last cells and "Nơi nhận" in one unsplittable row: a nested grid, then the recipients.
      const inner = Math.floor((columnWidth * b.columns - 114) / b.columns);
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: columnWidth * b.columns, type: WidthType.DXA },
              columnSpan: b.columns,
              borders: noBorders,
              margins: noMargins,
              children: [grid([new TableRow({ cantSplit: true, children: cellsOf(group, inner) })], inner, false), ...tail],
            }),
          ],
        }),
      );
    }
    return grid(rows, columnWidth, true);
  };

  const dataTable = (b: DocTable, textWidth: number): Table => {
    const widths = b.widths.map((w) => Math.round(w * textWidth));
    const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const ruled = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
    const row = (cells: readonly (readonly DocParagraph[])[], header: boolean): TableRow =>
      new TableRow({
        cantSplit: true,
        tableHeader: header,
        children: cells.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: cell.length > 0 ? cell.map(paragraph) : [new Paragraph({ children: [] })],
            }),
        ),
      });
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: ruled,
      margins: { top: 28, bottom: 28, left: 85, right: 85 },
      rows: [row(b.header, true), ...b.rows.map((cells) => row(cells, false))],
    });
  };

  const blocks = (items: readonly DocBlock[], width: number): (Paragraph | Table)[] =>
    items.map((b): Paragraph | Table => {
      switch (b.kind) {
        case 'paragraph':
          return paragraph(b);
        case 'rule':
          return rule(b, width);
        case 'columns':
          return columnsTable(b, width);
        case 'signatures':
          return signatureTable(b, width);
        case 'table':
          return dataTable(b, width);
      }
    });

  return blocks(list, options.textWidth);
}

/** A table cell needs at least one paragraph. */
function nonEmpty(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.length > 0 ? children : [new Paragraph({ children: [] })];
}

/** A paragraph of one run in the paragraph's own style. */
export function para(style: DocStyle, text: string, extra: Omit<DocParagraph, 'kind' | 'style' | 'runs'> = {}): DocParagraph {
  return { kind: 'paragraph', style, runs: [{ text: text.normalize('NFC'), style }], ...extra };
}

/** A paragraph of several runs (text, or a dotted gap to fill in), all in the paragraph's style unless given. */
export function paraOf(
  style: DocStyle,
  parts: readonly (string | DocRun)[],
  extra: Omit<DocParagraph, 'kind' | 'style' | 'runs'> = {},
): DocParagraph {
  const runs = parts.map((part) => (typeof part === 'string' ? { text: part.normalize('NFC'), style } : part));
  return { kind: 'paragraph', style, runs, ...extra };
}

/** A dotted gap in a paragraph's style: highlighted as a placeholder. */
export function gap(style: DocStyle, dots: string = DOTS): DocRun {
  return { text: dots, style, placeholder: true };
}

/** The dotted gap of a short value (a number, a day). */
export const DOTS = '……';
/** The dotted line of a name or title to fill in by hand. */
export const LONG_DOTS = '……………………………';
