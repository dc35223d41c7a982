/**
 * The pledge document model (Giao ước thi đua năm N+1): plain data, never a file format. `buildPledge`
 * makes it; `pledgeToText`, the .docx renderer (src/docx) and the worksheet renderer (src/grid) read it.
 * Text is final: capitals are already applied, numbers already written; a renderer only maps each style
 * role to its font, size and alignment (`PLEDGE_STYLES`).
 */
import type { NextLeaders } from '../rotateLeaders.js';

/** What a run or paragraph is; each role has one style in `PLEDGE_STYLES`. */
export type PledgeRole =
  /** Left header: the authority over the bloc, e.g. "UBND TỈNH TÂY NINH" (capitals, regular). */
  | 'authority'
  /** Left header: the bloc name in capitals, bold. */
  | 'blocName'
  /** Left header: "Số: …" when `Số văn bản` is set. */
  | 'documentNumber'
  /** Right header: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  | 'nationalName'
  /** Right header: "Độc lập - Tự do - Hạnh phúc". */
  | 'motto'
  /** "{Địa danh}, ngày … tháng … năm {N+1}" (italic). */
  | 'dateLine'
  /** "GIAO ƯỚC THI ĐUA NĂM {N+1}". */
  | 'title'
  /** The bloc name under the title. */
  | 'subtitle'
  /** A "Căn cứ …" line. */
  | 'basis'
  /** Body text: the intro sentence and the "Tổ chức thực hiện" items. */
  | 'body'
  /** A numbered commitment. */
  | 'commitment'
  /** "I. NỘI DUNG GIAO ƯỚC THI ĐUA", "II. TỔ CHỨC THỰC HIỆN". */
  | 'heading'
  /** "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC THI ĐUA" over the signature grid. */
  | 'signaturesTitle'
  /** A unit's name in a signature cell (capitals, bold). */
  | 'signatureName'
  /** "KHỐI TRƯỞNG" / "KHỐI PHÓ" under the leader's and the deputy's name. */
  | 'signatureTag'
  /** The signer's title in capitals (`Chức vụ người ký`, e.g. "GIÁM ĐỐC", "TM. BAN THƯỜNG VỤ"), or a dotted line. */
  | 'signatureTitle'
  /** The signer's name (`Người ký`), bold, under the space to sign; or a dotted line. */
  | 'signer'
  /** "Nơi nhận:". */
  | 'recipientsTitle'
  /** A line of the recipients list. */
  | 'recipients';

export interface PledgeRun {
  readonly text: string;
  readonly role: PledgeRole;
  /** A gap the clerk must fill in before printing (renderers may highlight it), e.g. the decision's number. */
  readonly placeholder?: boolean;
}

export interface PledgeParagraph {
  readonly kind: 'paragraph';
  /** Gives alignment, indent and spacing; each run gives its own font. */
  readonly role: PledgeRole;
  readonly runs: readonly PledgeRun[];
}

/** A short horizontal rule, centred in its column, under the bloc name and under the motto. */
export interface PledgeRule {
  readonly kind: 'rule';
  /** Width as a fraction of the column (0–1). */
  readonly width: number;
  /** Space after the rule, in points (default 0). */
  readonly spaceAfter?: number;
}

/** The two-block header of Nghị định 30/2020: two side-by-side columns without borders. */
export interface PledgeColumns {
  readonly kind: 'columns';
  /** Column widths as fractions of the table's width (the text width plus `PLEDGE_BLEED`); they sum to 1. */
  readonly widths: readonly [number, number];
  readonly columns: readonly [readonly PledgeBlock[], readonly PledgeBlock[]];
}

export type SignaturePosition = 'leader' | 'deputy' | 'member';

/**
 * One signature cell, kept whole on one page: the unit's name (capitals, bold), "KHỐI TRƯỞNG"/"KHỐI PHÓ"
 * where it applies, the signer's title (capitals), the space to sign and seal, the signer's name (bold).
 * A missing title or name is a dotted line to fill in by hand, never a placeholder word.
 */
export interface PledgeSignature {
  /** The unit's name as the roster spells it. */
  readonly unit: string;
  readonly position: SignaturePosition;
  readonly name: PledgeParagraph;
  /** "KHỐI TRƯỞNG" / "KHỐI PHÓ"; null for the other members. */
  readonly tag: PledgeParagraph | null;
  readonly title: PledgeParagraph;
  readonly signer: PledgeParagraph;
}

/** The signature grid, filled row by row; an odd last cell is centred across the row. */
export interface PledgeSignatures {
  readonly kind: 'signatures';
  readonly columns: 2;
  readonly cells: readonly PledgeSignature[];
  /** Height of the space to sign and seal, in points. */
  readonly signSpace: number;
}

export type PledgeBlock = PledgeParagraph | PledgeRule | PledgeColumns | PledgeSignatures;

export type PledgeSectionId =
  'header' | 'title' | 'basis' | 'commitments' | 'organisation' | 'signatures' | 'recipients';

export interface PledgeSection {
  readonly id: PledgeSectionId;
  readonly blocks: readonly PledgeBlock[];
}

export interface PledgePage {
  readonly paper: 'A4';
  readonly orientation: 'portrait';
  /** Millimetres, within the ranges of Nghị định 30/2020 (DOMAIN.md section 7). */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly font: string;
  /** Page numbers centred in the top margin, from page 2 on. */
  readonly pageNumbers: 'fromSecondPage';
}

export interface PledgeDocument {
  /** The pledge's year: N+1. */
  readonly year: number;
  /** The year reviewed (N). */
  readonly reviewedYear: number;
  readonly bloc: string;
  readonly leaders: NextLeaders;
  /** Unit names in signing order: the leader, the deputy, then the rest in roster order. */
  readonly signatories: readonly string[];
  /** The commitments as numbered in the document (without their numbers). */
  readonly commitments: readonly string[];
  /** Whether the commitments come from the workbook's `Giao ước` sheet or the defaults. */
  readonly commitmentsSource: 'sheet' | 'default';
  readonly page: PledgePage;
  readonly sections: readonly PledgeSection[];
}
