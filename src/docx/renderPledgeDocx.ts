import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
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
import { PLEDGE_BLEED, PLEDGE_STYLES } from '../core/pledge/styles.js';
import type {
  PledgeBlock,
  PledgeColumns,
  PledgeDocument,
  PledgeParagraph,
  PledgeRule,
  PledgeSignature,
  PledgeSignatures,
} from '../core/pledge/types.js';

export interface RenderPledgeDocxOptions {
  /** Highlight placeholders the clerk must fill in (yellow); default true. */
  readonly highlightPlaceholders?: boolean;
  /** Document title in the file's properties; default "Giao ước thi đua năm {year}". */
  readonly title?: string;
}

/** A4 in twips. */
const A4 = { width: 11906, height: 16838 } as const;
/** Header distance from the top edge for the page number, in millimetres. */
const HEADER_DISTANCE_MM = 10;
/** Line spacing of running text (multiple of single; 240 = single). */
const BODY_LINE = 264;

const twip = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const halfPoints = (pt: number): number => Math.round(pt * 2);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/**
 * Renders a pledge model (from `buildPledge`) as a Word document with the `docx` package, laid out per
 * Nghị định 30/2020: A4 portrait, the model's margins, Times New Roman, the sizes of `PLEDGE_STYLES`,
 * a borderless two-column header table with short rules under the bloc name and the motto, justified
 * body with a first-line indent, a borderless two-column signature table, and page numbers centred in
 * the top margin from page 2 on (different first page). Runs in Node and in the browser; pack it with
 * `packPledgeDocx` or `Packer`.
 *
 * @example
 * const doc = renderPledgeDocx(buildPledge(input, ranking).value!);
 * const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
 */
export function renderPledgeDocx(model: PledgeDocument, options: RenderPledgeDocxOptions = {}): Document {
  const highlight = options.highlightPlaceholders ?? true;
  const { page } = model;
  const margins = {
    top: twip(page.margins.top),
    bottom: twip(page.margins.bottom),
    left: twip(page.margins.left),
    right: twip(page.margins.right),
  };
  const textWidth = A4.width - margins.left - margins.right;
  const font = page.font;

  const paragraph = (p: PledgeParagraph, extra: { keepNext?: boolean; after?: number } = {}): Paragraph => {
    const style = PLEDGE_STYLES[p.role];
    const justified = style.align === 'justify';
    return new Paragraph({
      alignment: ALIGN[style.align],
      indent: style.firstLineIndent ? { firstLine: twip(style.firstLineIndent) } : undefined,
      spacing: {
        before: Math.round((style.spaceBefore ?? 0) * 20),
        after: extra.after ?? Math.round((style.spaceAfter ?? 0) * 20),
        line: justified ? BODY_LINE : 240,
        lineRule: LineRuleType.AUTO,
      },
      keepNext: extra.keepNext,
      keepLines: true,
      children: p.runs.map((r) => {
        const s = PLEDGE_STYLES[r.role];
        return new TextRun({
          text: r.text,
          font,
          size: halfPoints(s.size),
          bold: s.bold ?? false,
          italics: s.italic ?? false,
          highlight: highlight && r.placeholder ? 'yellow' : undefined,
        });
      }),
    });
  };

  /** A short centred rule: an empty paragraph, indented from both sides, with a top border. */
  const rule = (r: PledgeRule, columnWidth: number): Paragraph => {
    const side = Math.round((columnWidth * (1 - r.width)) / 2);
    return new Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 90, after: Math.round((r.spaceAfter ?? 0) * 20), line: 60, lineRule: LineRuleType.EXACT },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [new TextRun({ text: '', size: 2, font })],
    });
  };

  // "Nơi nhận:" and its list: they ride in the signature grid's last row (see `signatureTable`).
  const recipientsSection = model.sections.find((section) => section.id === 'recipients');
  const recipientParagraphs: Paragraph[] = (recipientsSection?.blocks ?? []).flatMap((b) =>
    b.kind === 'paragraph' ? [paragraph(b)] : [],
  );
  const hasGrid = model.sections.some((section) => section.blocks.some((b) => b.kind === 'signatures'));
  const blocks = (list: readonly PledgeBlock[], width: number): (Paragraph | Table)[] =>
    list.flatMap((b): (Paragraph | Table)[] => {
      switch (b.kind) {
        case 'paragraph':
          return [paragraph(b)];
        case 'rule':
          return [rule(b, width)];
        case 'columns':
          return [columnsTable(b, width)];
        case 'signatures':
          return [signatureTable(b, width, recipientParagraphs)];
      }
    });

  const noBorders = TableBorders.NONE;
  const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

  const bleed = { left: twip(PLEDGE_BLEED.left), right: twip(PLEDGE_BLEED.right) };
  const indent = { size: -bleed.left, type: WidthType.DXA };

  const columnsTable = (b: PledgeColumns, textWidth: number): Table => {
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
                children: blocks(column, widths[i]!),
              }),
          ),
        }),
      ],
    });
  };

  /**
   * The signature grid: one table row per pair of cells, never split across pages (`cantSplit`), each cell
   * bottom-aligned so that titles, spaces to sign and names line up when one unit's name takes more lines.
   * `tail` (the "Nơi nhận" block) goes into the last row, under a nested table holding the last pair, so that
   * it can never open a page alone: a row that cannot split carries both to the next page together.
   */
  const signatureTable = (b: PledgeSignatures, textWidth: number, tail: readonly Paragraph[]): Table => {
    const width = textWidth + bleed.left + bleed.right;
    const columnWidth = Math.floor(width / b.columns);
    const pairCells = (pair: readonly PledgeSignature[], colWidth: number): TableCell[] => {
      const span = pair.length === 1 && b.columns > 1 ? b.columns : 1;
      return pair.map(
        (s) =>
          new TableCell({
            width: { size: colWidth * span, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            borders: noBorders,
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [
              paragraph(s.name),
              ...(s.tag ? [paragraph(s.tag)] : []),
              paragraph(s.title, { after: Math.round(b.signSpace * 20) }),
              paragraph(s.signer),
            ],
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
      const pair: readonly PledgeSignature[] = b.cells.slice(i, i + b.columns);
      const last = i + b.columns >= b.cells.length;
      if (!last || tail.length === 0) {
        rows.push(new TableRow({ cantSplit: true, children: pairCells(pair, columnWidth) }));
        continue;
      }
      // The last pair and "Nơi nhận" in one unsplittable row: a nested grid, then the recipients.
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
              children: [grid([new TableRow({ cantSplit: true, children: pairCells(pair, inner) })], inner, false), ...tail],
            }),
          ],
        }),
      );
    }
    return grid(rows, columnWidth, true);
  };

  const children = model.sections.flatMap((section) => {
    const out = blocks(section.blocks, textWidth);
    // Keep the title over the signature grid with its first row.
    if (section.id === 'signatures' && section.blocks[0]?.kind === 'paragraph') {
      out[0] = paragraph(section.blocks[0], { keepNext: true });
    }
    // "Nơi nhận:" and its list are in the signature grid's last row when there is a grid.
    if (section.id === 'recipients') {
      return hasGrid ? [] : section.blocks.map((b, k) => (b.kind === 'paragraph' ? paragraph(b, { keepNext: k < section.blocks.length - 1 }) : out[k]!));
    }
    return out;
  });

  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font, size: halfPoints(PLEDGE_STYLES.body.size) })],
      }),
    ],
  });

  return new Document({
    title: options.title ?? `Giao ước thi đua năm ${model.year}`,
    creator: 'BlocRank',
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(PLEDGE_STYLES.body.size) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { ...margins, header: twip(HEADER_DISTANCE_MM), footer: twip(HEADER_DISTANCE_MM), gutter: 0 },
          },
        },
        headers: {
          default: pageNumber,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}
