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
 * The issues of one unit's points: a blank Score cell, a value that is not a finite number, a negative
 * value, a value above its criterion's maximum (bonus and penalty obey their own maximum when it is
 * given). Never clamps.
 *
 * @example checkPoints([31], [{ code: 'A1', max: 30, kind: 'score', group: 'A', description: '' }]) // [SCORE_ABOVE_MAX]
 */
export function checkPoints(
  points: ReadonlyArray<number | null>,
  criteria: readonly Criterion[],
  options: CheckPointsOptions = {},
): Issue[] {
  let issues: Issue[] | undefined;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    const p = points[i] ?? null;
    if (isValidPoint(p, c)) continue;
    const found = pointIssue(p, c, i, options);
    if (found) (issues ??= []).push(found);
  }
  return issues ?? [];
}

/**
 * Whether one cell's points are acceptable for its criterion: a finite number in 0..max (no upper bound
 * for an uncapped bonus or penalty), or a blank bonus or penalty. The one definition of validity.
 */
export function isValidPoint(p: number | null, c: Criterion): boolean {
  return pointInRange(p, c.kind === 'score', c.max ?? Number.MAX_VALUE);
}

/** `isValidPoint` on plain values, for the engine's hot loop (`scoreInto`): max is MAX_VALUE when uncapped. */
export function pointInRange(p: number | null | undefined, isScore: boolean, max: number): boolean {
  return p === null || p === undefined ? !isScore : p >= 0 && p <= max;
}

function pointIssue(p: number | null, c: Criterion, i: number, options: CheckPointsOptions): Issue | null {
  const lang = options.lang ?? 'vi';
  const where = { ...(options.unit !== undefined ? { unit: options.unit } : {}), field: `c:${i}` };
  const params = { unit: options.unitName ?? '', code: c.code };
  if (p === null) return c.kind === 'score' ? issue('error', 'SCORE_BLANK', params, where) : null;
  if (!Number.isFinite(p)) return issue('error', 'SCORE_NOT_FINITE', { ...params, value: String(p) }, where);
  if (p < 0) return issue('error', 'SCORE_NEGATIVE', { ...params, value: formatNumber(p, lang, 6) }, where);
  if (c.max !== null && p > c.max) {
    return issue('error', 'SCORE_ABOVE_MAX', { ...params, value: formatNumber(p, lang, 6), max: formatNumber(c.max, lang, 6) }, where);
  }
  return null;
}
