/**
 * The bloc model: plain readonly data shared by every part of BlocRank.
 * Codes are the identifiers of ../shared/DOMAIN.md section 2; labels live in `labels.ts`.
 */

export type Lang = 'vi' | 'en';

export const GRADE_CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
/** Grade (xếp loại), best first. */
export type GradeCode = (typeof GRADE_CODES)[number];

export const AWARD_CODES = ['CO_CHINH_PHU', 'CO_UBND_TINH', 'BANG_KHEN_UBND_TINH'] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export type CriterionKind = 'score' | 'bonus' | 'penalty';

export interface Criterion {
  /** Code as written in the criteria sheet, e.g. `A1`; also the column header in the scores sheet. */
  readonly code: string;
  /** Group label, e.g. `A` (used by the `group` tie-breaker). */
  readonly group: string;
  readonly description: string;
  /** Maximum points; `null` only for a bonus or penalty criterion without a cap. */
  readonly max: number | null;
  readonly kind: CriterionKind;
}

export type LeaderSelection = 'rotate' | 'elect';

/** A link of the tie-break chain: an id from the tie-breaker registry plus its parameter (the group). */
export interface TieBreakLink {
  readonly id: TieBreakId;
  /** For `group`: the group label (e.g. `A`). */
  readonly param?: string;
}

export type TieBreakId = 'group' | 'penalty' | 'bonus' | 'votes' | 'women';

export interface GradeBands {
  /** Percent of the maximum base score, e.g. 90. */
  readonly excellent: number;
  readonly good: number;
  readonly complete: number;
}

export interface Settings {
  /** The year being scored (N). */
  readonly year: number;
  readonly bloc: string;
  readonly authority: string;
  readonly place: string;
  readonly leader: string | null;
  readonly deputy: string | null;
  readonly leaderSelection: LeaderSelection;
  readonly provincialFlags: number;
  /** A number (the province's), or `auto`: BlocRank's default by bloc size (≥ 10 units → 3, 6–9 → 2, ≤ 5 → 1). */
  readonly certificates: number | 'auto';
  readonly nominateGovernmentFlag: boolean;
  /** true: the nominee also takes a provincial flag (Tây Ninh 2022); false: the flags go to the next units. */
  readonly governmentFlagWithProvincial: boolean;
  readonly bands: GradeBands;
  /** Bonus cap as percent of the maximum base score. */
  readonly bonusCapPercent: number;
  /** Lowest grade that may receive an award. */
  readonly awardGrade: GradeCode;
  readonly tieBreak: readonly TieBreakLink[];
  readonly nextLeader: string | null;
  readonly nextDeputy: string | null;
  /** The province's decision on the blocs, cited in the pledge; null → a dotted line. */
  readonly blocDecision: string | null;
  /** `Nơi nhận`: the pledge's recipients, one per entry, as typed; null → the default list. */
  readonly recipients: readonly string[] | null;
  /** `Số văn bản`: the pledge's number ("Số: …" under the bloc name); null → no number line. */
  readonly documentNumber: string | null;
}

/** `Kỷ luật`: Không (false), Có (true: disciplined), Đang xem xét (`'review'`: held). */
export type Discipline = boolean | 'review';

/** One member unit's row, already parsed from cells (the grid layer reports unparsable cells). */
export interface Unit {
  readonly name: string;
  /** Points aligned with `BlocInput.criteria`; `null` is a blank cell. */
  readonly points: ReadonlyArray<number | null>;
  /** Approving votes in the bloc's ballot; null = blank or column absent. */
  readonly votes: number | null;
  /** Women share in percent (0–100); null = blank or column absent. */
  readonly womenPercent: number | null;
  /**
   * `Kỷ luật`: `'review'` = Đang xem xét (a disciplinary review, investigation or inspection is pending:
   * awards are held, khoản 4 Điều 4 of the decree in force); `true` = Có (disciplined: no award, the
   * bloc's rule); `false` = Không; null = blank or column absent.
   */
  readonly discipline: Discipline | null;
  /**
   * `Xếp loại chính thức`: the official rating given by the unit's superior; gates awards when given.
   * undefined/null = blank or column absent (the bloc's classification is used, with a note to check).
   */
  readonly officialGrade?: GradeCode | null;
  /** `Chức vụ người ký`: the signer's title in the pledge, e.g. "Giám đốc", "TM. Ban Thường vụ". */
  readonly signerTitle?: string | null;
  /** `Người ký`: the signer's name in the pledge. */
  readonly signer?: string | null;
  /** Flag prerequisite (Điều 25–26): null = blank or column absent → "to be confirmed". */
  readonly exceededTargets: boolean | null;
  readonly strongOrganisations: boolean | null;
  readonly newModel: boolean | null;
  readonly note: string;
}

/** Which optional fact columns the scores sheet has (a tie-break link whose column is absent is skipped). */
export interface FactColumns {
  readonly votes: boolean;
  readonly womenPercent: boolean;
  readonly discipline: boolean;
  readonly exceededTargets: boolean;
  readonly strongOrganisations: boolean;
  readonly newModel: boolean;
  readonly note: boolean;
  /** `Xếp loại chính thức` (optional: absent in older workbooks and callers). */
  readonly officialGrade?: boolean;
  readonly signerTitle?: boolean;
  readonly signer?: boolean;
}

/** The optional fact columns of the scores sheet, in the order the workbook contract lists them. */
export const FACT_FIELDS = [
  'votes',
  'womenPercent',
  'discipline',
  'exceededTargets',
  'strongOrganisations',
  'newModel',
  'note',
  'officialGrade',
  'signerTitle',
  'signer',
] as const satisfies readonly (keyof FactColumns)[];

/** One year of a unit's history (optional sheet `Lịch sử`). */
export interface HistoryEntry {
  readonly unit: string;
  readonly year: number;
  readonly grade: GradeCode | null;
  readonly award: string;
}

export interface BlocInput {
  readonly settings: Settings;
  readonly criteria: readonly Criterion[];
  /** Units in roster order (the order of rows in the scores sheet). */
  readonly units: readonly Unit[];
  readonly facts: FactColumns;
  readonly history?: readonly HistoryEntry[];
  /** Optional commitments from the `Giao ước` sheet (replace the defaults in the pledge). */
  readonly commitments?: readonly string[];
}
