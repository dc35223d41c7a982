/**
 * The recurring parts of an administrative document of Nghị định 30/2020, as blocks of the document layer:
 * the two-block header, the title with its trích yếu, "Căn cứ" lines, the "Nơi nhận" block and signature
 * cells. Each dossier document lists these with its own body; the pledge builds the same parts in its
 * core model (src/core/pledge) and renders through the same blocks.
 */
import { PLEDGE_STYLES, SIGN_SPACE } from '../../core/pledge/styles.js';
import { DOTS, LONG_DOTS, gap, para, paraOf, type DocBlock, type DocColumns, type DocParagraph, type DocSignature, type DocStyle } from './blocks.js';

/** Styles of the dossier's documents: the pledge's roles, plus tables, notes and signature roles. */
export const DOC_STYLES = {
  ...PLEDGE_STYLES,
  /** "Kính gửi: …" under the title of a tờ trình. */
  addressee: { size: 14, align: 'center', spaceBefore: 12 },
  /** The trích yếu under a title ("Về việc …"), bold. */
  subject: { size: 14, bold: true, align: 'center' },
  /** "(Kèm theo …)", a note in italics, centred. */
  centredNote: { size: 13, italic: true, align: 'center' },
  /** An explanatory note in the body (italics, justified). */
  note: { size: 13, italic: true, align: 'justify', firstLineIndent: 10, spaceBefore: 6 },
  /** A sub-heading ("1. …") in the body, bold. */
  subheading: { size: 14, bold: true, align: 'justify', firstLineIndent: 10, spaceBefore: 6 },
  tableHead: { size: 12, bold: true, align: 'center' },
  tableCell: { size: 12, align: 'left' },
  tableNumber: { size: 12, align: 'center' },
  tableTotal: { size: 12, bold: true, align: 'center' },
  /** "CHỦ TRÌ", "THƯ KÝ", "KHỐI TRƯỞNG" over a signature. */
  signatureRole: { size: 13, bold: true, align: 'center' },
  /** "(Ký, ghi rõ họ tên)". */
  signatureHint: { size: 13, italic: true, align: 'center' },
} as const satisfies Record<string, DocStyle>;

export interface OfficialHeaderOptions {
  /** The line over the issuer in capitals (e.g. "UBND TỈNH TÂY NINH"); a dotted line when null. */
  readonly authority: string | null;
  /** The issuer (the bloc or a unit), capitals, bold, with a short rule under it. */
  readonly issuer: string;
  /** "Số: …" — the number when known, else a dotted gap followed by `numberSuffix` (e.g. "/TTr-"). */
  readonly number?: { readonly value: string | null; readonly suffix: string };
  /** The place of the date line; a dotted gap when null. The date itself is always left to fill in. */
  readonly place: string | null;
}

/**
 * The two-block header of Nghị định 30/2020: left, the authority over the issuer (bold, ruled) and "Số: …";
 * right, the national name over the motto (ruled), then "{place}, ngày …… tháng …… năm ……" in italics.
 * Dates are never invented: the day, month and year of signing are dotted gaps.
 *
 * @example officialHeader({ authority: 'UBND TỈNH TÂY NINH', issuer: 'KHỐI THI ĐUA …', place: 'Tây Ninh' })
 */
export function officialHeader(options: OfficialHeaderOptions): DocColumns {
  const s = DOC_STYLES;
  const left: DocBlock[] = [
    options.authority ? para(s.authority, upper(options.authority)) : paraOf(s.authority, [gap(s.authority, LONG_DOTS)]),
    para(s.blocName, upper(options.issuer)),
    { kind: 'rule', width: 0.3 },
  ];
  if (options.number) {
    const { value, suffix } = options.number;
    left.push(value ? para(s.documentNumber, `Số: ${value}`) : paraOf(s.documentNumber, ['Số: ', gap(s.documentNumber), suffix, gap(s.documentNumber)]));
  }
  const right: DocBlock[] = [
    para(s.nationalName, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    para(s.motto, 'Độc lập - Tự do - Hạnh phúc'),
    { kind: 'rule', width: 0.6 },
    paraOf(s.dateLine, [options.place ? options.place : gap(s.dateLine), `, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`]),
  ];
  return { kind: 'columns', widths: [0.42, 0.58], columns: [left, right] };
}

/** The "Nơi nhận:" block: the list one line each, ";" between and "." at the end. */
export function recipientsBlock(lines: readonly string[]): DocParagraph[] {
  return [
    para(DOC_STYLES.recipientsTitle, 'Nơi nhận:'),
    ...lines.map((line, k) => para(DOC_STYLES.recipients, `- ${line.normalize('NFC').replace(/[;.,]+$/, '')}${k === lines.length - 1 ? '.' : ';'}`)),
  ];
}

/**
 * A signature cell: its role lines (e.g. "KHỐI TRƯỞNG", the unit in capitals), the signer's title in
 * capitals (`undefined`: no title line), the space to sign and seal, the signer's name in bold; a missing
 * title or name (null) is a dotted line.
 */
export function signatureCell(roles: readonly string[], title: string | null | undefined, signer: string | null, hint?: string): DocSignature {
  const s = DOC_STYLES;
  const lines: DocParagraph[] = [
    ...roles.map((r, k) => para(k === 0 ? { ...s.signatureRole, spaceBefore: 12 } : s.signatureRole, upper(r))),
    ...(title === undefined ? [] : [title === null ? paraOf(s.signatureTitle, [gap(s.signatureTitle, LONG_DOTS)]) : para(s.signatureTitle, upper(title))]),
    ...(hint ? [para(s.signatureHint, hint)] : []),
    signer === null ? paraOf(s.signer, [gap(s.signer, LONG_DOTS)]) : para(s.signer, signer),
  ];
  return { lines, signAfter: lines.length - 2 };
}

/** A signature cell as the blocks of a column (the space to sign after its title or hint). */
export function signatureColumn(cell: DocSignature): DocParagraph[] {
  return cell.lines.map((line, k) => (k === cell.signAfter ? { ...line, spaceAfter: SIGN_SPACE } : line));
}

/** Vietnamese capitals: `toUpperCase` maps every Vietnamese letter without a locale. */
export function upper(text: string): string {
  return text.normalize('NFC').toUpperCase();
}
