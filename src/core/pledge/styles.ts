import type { PledgePage, PledgeRole } from './types.js';

/** How a role is typeset; shared by every renderer so the .docx and the worksheet agree. */
export interface PledgeStyle {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align: 'left' | 'center' | 'justify';
  /** First-line indent in millimetres. */
  readonly firstLineIndent?: number;
  /** Space before the paragraph, in points. */
  readonly spaceBefore?: number;
  /** Space after the paragraph, in points. */
  readonly spaceAfter?: number;
}

/** Typeface of the whole document (Nghị định 30/2020). */
export const PLEDGE_FONT = 'Times New Roman';

/** A4 portrait with margins inside the ranges of DOMAIN.md section 7 (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const PLEDGE_PAGE: PledgePage = {
  paper: 'A4',
  orientation: 'portrait',
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  font: PLEDGE_FONT,
  pageNumbers: 'fromSecondPage',
};

/**
 * How far the header and signature tables reach into the left and right margins, in millimetres (as Word
 * templates of Nghị định 30/2020 do), so that a long bloc or unit name breaks into two lines, not three.
 * Running text keeps the page margins.
 */
export const PLEDGE_BLEED = { left: 6, right: 4 } as const;

const BODY_INDENT = 10;

/** Font sizes and emphasis per role, per Nghị định 30/2020 as summarised in DOMAIN.md section 7. */
export const PLEDGE_STYLES: Readonly<Record<PledgeRole, PledgeStyle>> = {
  authority: { size: 13, align: 'center' },
  blocName: { size: 13, bold: true, align: 'center' },
  documentNumber: { size: 13, align: 'center', spaceBefore: 6 },
  nationalName: { size: 13, bold: true, align: 'center' },
  motto: { size: 14, bold: true, align: 'center' },
  dateLine: { size: 14, italic: true, align: 'center', spaceBefore: 6 },
  title: { size: 14, bold: true, align: 'center', spaceBefore: 18 },
  subtitle: { size: 14, bold: true, align: 'center' },
  // Nghị định 30/2020: at least 6 pt between paragraphs.
  basis: { size: 14, italic: true, align: 'justify', firstLineIndent: BODY_INDENT, spaceBefore: 6 },
  body: { size: 14, align: 'justify', firstLineIndent: BODY_INDENT, spaceBefore: 6 },
  commitment: { size: 14, align: 'justify', firstLineIndent: BODY_INDENT, spaceBefore: 6 },
  heading: { size: 14, bold: true, align: 'justify', firstLineIndent: BODY_INDENT, spaceBefore: 12 },
  signaturesTitle: { size: 13, bold: true, align: 'center', spaceBefore: 18, spaceAfter: 6 },
  signatureName: { size: 13, bold: true, align: 'center', spaceBefore: 12 },
  signatureTag: { size: 13, bold: true, align: 'center' },
  signatureTitle: { size: 13, bold: true, align: 'center' },
  signer: { size: 13, bold: true, align: 'center' },
  recipientsTitle: { size: 12, bold: true, italic: true, align: 'left', spaceBefore: 18 },
  recipients: { size: 11, align: 'left' },
};

/** Height of the space to sign and seal between the signer's title and name, in points (about 2.5 cm). */
export const SIGN_SPACE = 72;
