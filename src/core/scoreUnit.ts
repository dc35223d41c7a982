import { normalizePoints } from './format.js';
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
  let base = 0;
  let bonusRaw = 0;
  let penalty = 0;
  for (let i = 0; i < criteria.length; i++) {
    const p = points[i] ?? 0;
    const kind = criteria[i]!.kind;
    if (kind === 'score') base += p;
    else if (kind === 'bonus') bonusRaw += p;
    else penalty += p;
  }
  base = normalizePoints(base);
  bonusRaw = normalizePoints(bonusRaw);
  penalty = normalizePoints(penalty);
  const bonus = Math.min(bonusRaw, options.bonusCap);
  return { base, bonusRaw, bonus, penalty, total: normalizePoints(base + bonus - penalty) };
}
