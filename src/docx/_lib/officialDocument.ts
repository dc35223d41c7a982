import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { PLEDGE_PAGE, PLEDGE_STYLES } from '../../core/pledge/styles.js';
import type { PledgePage } from '../../core/pledge/types.js';
import { halfPoints, renderBlocks, twip, type DocBlock } from './blocks.js';

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Header distance from the top edge for the page number, in millimetres. */
const HEADER_DISTANCE_MM = 10;

export interface OfficialDocumentOptions {
  /** The document's title in the file's properties. */
  readonly title: string;
  /** Page, margins and font; default the pledge's (A4 portrait, Nghị định 30/2020 margins, Times New Roman). */
  readonly page?: PledgePage;
  /** Highlight placeholders (dotted gaps) in yellow; default true. */
  readonly highlightPlaceholders?: boolean;
}

/** The width of the text between the page's margins, in twips. */
export function textWidthOf(page: PledgePage = PLEDGE_PAGE): number {
  return A4.width - twip(page.margins.left) - twip(page.margins.right);
}

/**
 * A Word document laid out per Nghị định 30/2020: A4 portrait, the page's margins, Times New Roman as the
 * default, the blocks in one section, and page numbers centred in the top margin from page 2 on
 * (different first page).
 *
 * @example
 * const doc = officialDocument([para(STYLE.title, 'TỜ TRÌNH')], { title: 'Tờ trình đề nghị khen thưởng năm 2025' });
 */
export function officialDocument(blocks: readonly DocBlock[], options: OfficialDocumentOptions): Document {
  const page = options.page ?? PLEDGE_PAGE;
  const margins = {
    top: twip(page.margins.top),
    bottom: twip(page.margins.bottom),
    left: twip(page.margins.left),
    right: twip(page.margins.right),
  };
  const font = page.font;
  const children = renderBlocks(blocks, {
    font,
    textWidth: textWidthOf(page),
    ...(options.highlightPlaceholders !== undefined ? { highlightPlaceholders: options.highlightPlaceholders } : {}),
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
    title: options.title,
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

export interface PackDocxOptions {
  /**
   * The date stamped as created and modified in the file's properties (ISO, e.g. "2026-01-01T00:00:00Z"),
   * and as every zip entry's time, so that the same input gives the same bytes. Default: the docx package's
   * (the clock).
   */
  readonly stamp?: string;
}

/**
 * A document as the bytes of a .docx file, in Node and in the browser. With `stamp`, the package's clock
 * dates (docProps/core.xml, zip entry times) are replaced by it: the bytes depend on the input alone.
 *
 * @example await packDocx(doc, { stamp: '2026-01-01T00:00:00Z' })
 */
export async function packDocx(doc: Document, options: PackDocxOptions = {}): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  if (!options.stamp) return bytes;
  const stamp = options.stamp;
  const files = unzipSync(bytes);
  // Zip entry times are local wall-clock (DOS) times: a local date with the stamp's day gives the same bytes in every zone.
  const [y, m, d] = stamp.slice(0, 10).split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const fixed =
      name === 'docProps/core.xml'
        ? strToU8(
            strFromU8(data).replace(
              /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:(created|modified)>)/g,
              `$1${stamp.replace(/\.\d+Z$/, 'Z')}$3`,
            ),
          )
        : data;
    out[name] = [fixed, { mtime, level: 6 }];
  }
  return zipSync(out);
}

/** The stamp of a document about the review of `year`: 1 January of N+1, when the bloc reviews year N. */
export function reviewStamp(year: number): string {
  return `${String(year + 1).padStart(4, '0')}-01-01T00:00:00Z`;
}
