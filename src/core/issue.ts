import type { IssueCode } from './messages.js';

/** `info`: what a run did that the clerk should know but need not fix (e.g. a skipped helper row). */
export type Severity = 'error' | 'warning' | 'info';

/** Parameters of an issue message; rendered by `formatIssue`. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * A coded problem found in user data. Core issues point at a unit and field; the grid layer adds the
 * sheet and A1 cell so every adapter can name the place.
 */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly params: IssueParams;
  readonly sheet?: string;
  readonly cell?: string;
  /** Index of the unit in `BlocInput.units`, when the issue concerns one unit. */
  readonly unit?: number;
  /**
   * The field of that unit: a criterion index as `c:<i>`, or a fact field name
   * (`votes`, `womenPercent`, `discipline`, …), or a settings item as `setting:<key>`.
   */
  readonly field?: string;
}

/** Results are values: `ok` is false when any issue is an error. */
export interface Result<T> {
  readonly ok: boolean;
  readonly value: T;
  readonly issues: readonly Issue[];
}

export function issue(
  severity: Severity,
  code: IssueCode,
  params: IssueParams = {},
  where: Omit<Issue, 'severity' | 'code' | 'params'> = {},
): Issue {
  return { severity, code, params, ...where };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
