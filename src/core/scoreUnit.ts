import { normalizePoints } from './format.js';
import { pointInRange } from './checkPoints.js';
import type { Criterion } from './model.js';

export interface UnitScore {
  readonly base: number;
  readonly bonusRaw: number;
  /** Bonus as counted: min(bonusRaw, cap). */
  readonly bonus: number;
  readonly penalty: number;
  readonly total: number;
}

export interface ScoreUnitOptions {
  /** Points of bonus that count at most (Trần điểm thưởng × maximum base score). */
  readonly bonusCap: number;
}

/**
 * Total = base + min(bonus, cap) − penalty, where base is the sum of the Score criteria. Blank bonus and
 * penalty cells count 0; blank Score cells must have been reported before (see `checkPoints`).
 *
 * @example scoreUnit([30, 10, 5, 2], criteria, { bonusCap: 10 }) // { base: 40, bonusRaw: 5, bonus: 5, penalty: 2, total: 43 }
 */
export function scoreUnit(
  points: ReadonlyArray<number | null>,
  criteria: readonly Criterion[],
  options: ScoreUnitOptions,
): UnitScore {
  const out = new Float64Array(SCORE_FIELDS);
  scoreInto(points, scorePlan(criteria), options.bonusCap, out, 0);
  return { base: out[0]!, bonusRaw: out[1]!, bonus: out[2]!, penalty: out[3]!, total: out[4]! };
}

/** Number of values `scoreInto` writes per unit: base, bonusRaw, bonus, penalty, total. */
export const SCORE_FIELDS = 5;

const SCORE = 0;
const BONUS = 1;

/** The criteria as the hot loop reads them: kind codes and maxima in typed arrays, built once per bloc. */
export interface ScorePlan {
  /** 0 score, 1 bonus, 2 penalty. */
  readonly kinds: Uint8Array;
  /** The maximum, or MAX_VALUE for an uncapped bonus or penalty. */
  readonly maxes: Float64Array;
}

/**
 * Compiles criteria for `scoreInto`.
 *
 * @example scoreInto(points, scorePlan(criteria), 10, out, 0)
 */
export function scorePlan(criteria: readonly Criterion[]): ScorePlan {
  return {
    kinds: Uint8Array.from(criteria, (c) => (c.kind === 'score' ? SCORE : c.kind === 'bonus' ? BONUS : 2)),
    maxes: Float64Array.from(criteria, (c) => c.max ?? Number.MAX_VALUE),
  };
}

/**
 * The arithmetic of `scoreUnit`, writing the five values at `out[at…at+4]` so the engine can score
 * 100k units into one typed array without an object per unit. Returns false when a point is not valid
 * (`isValidPoint`): the caller then asks `checkPoints` what is wrong, so a valid bloc is read once.
 */
export function scoreInto(points: ReadonlyArray<number | null>, plan: ScorePlan, bonusCap: number, out: Float64Array, at: number): boolean {
  const { kinds, maxes } = plan;
  let base = 0;
  let bonusRaw = 0;
  let penalty = 0;
  let valid = true;
  for (let i = 0; i < kinds.length; i++) {
    const raw = points[i];
    const kind = kinds[i]!;
    if (!pointInRange(raw, kind === SCORE, maxes[i]!)) valid = false;
    const p = raw ?? 0;
    if (kind === SCORE) base += p;
    else if (kind === BONUS) bonusRaw += p;
    else penalty += p;
  }
  base = normalizePoints(base);
  bonusRaw = normalizePoints(bonusRaw);
  penalty = normalizePoints(penalty);
  const bonus = Math.min(bonusRaw, bonusCap);
  out[at] = base;
  out[at + 1] = bonusRaw;
  out[at + 2] = bonus;
  out[at + 3] = penalty;
  out[at + 4] = normalizePoints(base + bonus - penalty);
  return valid;
}
