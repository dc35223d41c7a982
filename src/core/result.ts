import type { AwardCode, Criterion, GradeCode, Settings, TieBreakLink } from './model.js';

/**
 * Why an award was or was not proposed to a unit; rendered by `createExplainer`. Machine-readable: the
 * task pane shows a badge per kind (`held`, `disciplined`, `confirm` "cần xác nhận", `pendingTie` "cần bình
 * xét", `outOfQuota` "ngoài số lượng đề nghị", `checkOfficialRating`).
 */
export type AwardNote =
  /**
   * Proposed. For a flag, `leading` is true for the unit leading the bloc (the best-ranked unit eligible
   * for a flag) and false for another flag unit under the province's quota.
   */
  | { readonly kind: 'awarded'; readonly award: AwardCode; readonly leading?: boolean }
  /** Proposed, but the flag prerequisites named in `confirm` are blank or their column is absent. */
  | { readonly kind: 'confirm'; readonly award: AwardCode; readonly confirm: readonly FlagPrerequisite[]; readonly leading?: boolean }
  /** Kỷ luật = Đang xem xét: awards held while the review is pending (khoản 4 Điều 4 of the decree in force). */
  | { readonly kind: 'held' }
  /** Kỷ luật = Có: no award (the bloc's rule). */
  | { readonly kind: 'disciplined' }
  /** Below the award grade: the official rating when given (`official`), else the bloc's classification. */
  | { readonly kind: 'gradeTooLow'; readonly grade: GradeCode; readonly required: GradeCode; readonly official: boolean }
  /** Proposed on the bloc's classification: the official rating (not given) must be checked before sending. */
  | { readonly kind: 'checkOfficialRating'; readonly required: GradeCode }
  /** A flag prerequisite says Không: no flag (a certificate is still possible). */
  | { readonly kind: 'flagPrerequisiteFailed'; readonly failed: readonly FlagPrerequisite[] }
  /** Tied across a quota boundary: the awards in play stay open for the bloc's decision. */
  | { readonly kind: 'pendingTie'; readonly awards: readonly AwardCode[]; readonly groupSize: number }
  | { readonly kind: 'outOfQuota' };

export type FlagPrerequisite = 'exceededTargets' | 'strongOrganisations';

export interface UnitResult {
  /** Index in `BlocInput.units` (row order). */
  readonly index: number;
  readonly name: string;
  /** Σ score criteria. */
  readonly base: number;
  /** Bonus as typed (Σ bonus criteria) and as counted (after the cap). */
  readonly bonusRaw: number;
  readonly bonus: number;
  readonly penalty: number;
  /** base + bonus − penalty, exact (normalised for float noise only). */
  readonly total: number;
  /** Total as % of the maximum base score. */
  readonly percent: number;
  readonly grade: GradeCode;
  /** Standard competition rank (1, 2, 2, 4) after the tie-break chain. */
  readonly rank: number;
  /** True when the unit still shares its rank after every tie-break. */
  readonly tied: boolean;
  readonly awards: readonly AwardCode[];
  readonly notes: readonly AwardNote[];
}

export interface BlocResult {
  readonly settings: Settings;
  readonly criteria: readonly Criterion[];
  readonly maxBase: number;
  /** Effective quotas (certificates resolved from `auto`). */
  readonly quotas: { readonly provincialFlags: number; readonly certificates: number };
  /** Links of the tie-break chain actually used (links whose column is absent are dropped). */
  readonly tieBreak: readonly TieBreakLink[];
  /** Units in input (row) order. */
  readonly units: readonly UnitResult[];
  /** Unit indices in rank order (ties in input order, for display only). */
  readonly order: ArrayLike<number>;
  /** Per link of `tieBreak`, each unit's key (higher ranks first), to explain how a tie was broken. */
  readonly tieKeys: readonly Float64Array[];
}
