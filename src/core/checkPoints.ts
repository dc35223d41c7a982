import { formatNumber } from './format.js';
import { issue, type Issue } from './issue.js';
import type { Criterion, Lang } from './model.js';

export interface CheckPointsOptions {
  /** Index of the unit, recorded on each issue so adapters can name the cell. */
  readonly unit?: number;
  readonly unitName?: string;
  /** Language of the numbers inside messages. */
  readonly lang?: Lang;
}

/**
 * The issues of one unit's points: a blank Score cell, a negative value, a value above its criterion's
 * maximum (bonus and penalty obey their own maximum when it is given). Never clamps.
 *
 * @example checkPoints([31], [{ code: 'A1', max: 30, kind: 'score', group: 'A', description: '' }]) // [SCORE_ABOVE_MAX]
 */
export function checkPoints(
  points: ReadonlyArray<number | null>,
  criteria: readonly Criterion[],
  options: CheckPointsOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const lang = options.lang ?? 'vi';
  const unitName = options.unitName ?? '';
  const where = (i: number) => ({ ...(options.unit !== undefined ? { unit: options.unit } : {}), field: `c:${i}` });
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    const p = points[i] ?? null;
    if (p === null) {
      if (c.kind === 'score') issues.push(issue('error', 'SCORE_BLANK', { unit: unitName, code: c.code }, where(i)));
      continue;
    }
    if (!Number.isFinite(p)) {
      issues.push(issue('error', 'SCORE_NEGATIVE', { unit: unitName, code: c.code, value: String(p) }, where(i)));
    } else if (p < 0) {
      issues.push(issue('error', 'SCORE_NEGATIVE', { unit: unitName, code: c.code, value: formatNumber(p, lang, 6) }, where(i)));
    } else if (c.max !== null && p > c.max) {
      issues.push(
        issue(
          'error',
          'SCORE_ABOVE_MAX',
          { unit: unitName, code: c.code, value: formatNumber(p, lang, 6), max: formatNumber(c.max, lang, 6) },
          where(i),
        ),
      );
    }
  }
  return issues;
}
