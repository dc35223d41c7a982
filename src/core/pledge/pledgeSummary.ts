import type { Issue, Result } from '../issue.js';
import type { BlocInput } from '../model.js';
import type { PledgeDocument } from './types.js';

/** What `blocrank pledge --json` prints (the CLI may render `issues` as it does for `rank`). */
export interface PledgeSummary {
  /** The pledge's year, N+1; null when the input has no year. */
  readonly year: number | null;
  readonly leader: string | null;
  readonly deputy: string | null;
  /** Unit names in signing order. */
  readonly signatories: readonly string[];
  readonly commitments: readonly string[];
  readonly issues: readonly Issue[];
}

/**
 * The pledge in brief, for JSON output. With errors the model is null: the year then comes from `input`
 * (when given and valid) and the rest is empty, so the JSON always has the same shape.
 *
 * @example
 * JSON.stringify(pledgeSummary(buildPledge(input, ranking), input))
 * // '{"year":2026,"leader":"Sở Tư pháp","deputy":"Văn phòng Đoàn ĐBQH và HĐND tỉnh","signatories":[…],"commitments":[…],"issues":[…]}'
 */
export function pledgeSummary(result: Result<PledgeDocument | null>, input?: BlocInput): PledgeSummary {
  const model = result.value;
  if (model) {
    return {
      year: model.year,
      leader: model.leaders.leader,
      deputy: model.leaders.deputy,
      signatories: model.signatories,
      commitments: model.commitments,
      issues: result.issues,
    };
  }
  const year =
    input && Number.isInteger(input.settings.year) && input.settings.year > 0 ? input.settings.year + 1 : null;
  return { year, leader: null, deputy: null, signatories: [], commitments: [], issues: result.issues };
}
