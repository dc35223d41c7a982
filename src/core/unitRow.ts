import type { AwardCode, GradeCode } from './model.js';
import type { AwardNote, UnitResult } from './result.js';
import { SCORE_FIELDS } from './scoreUnit.js';

/** The engine's per-unit results kept as columns: one typed array per measure instead of an object per unit. */
export interface UnitColumns {
  /** The engine's input units (for their names). */
  readonly units: readonly { readonly name: string }[];
  /** `SCORE_FIELDS` values per unit: base, bonusRaw, bonus, penalty, total (see `scoreInto`). */
  readonly scores: Float64Array;
  readonly maxBase: number;
  readonly grades: readonly GradeCode[];
  readonly ranks: Int32Array;
  readonly tied: Uint8Array;
  readonly awards: readonly (readonly AwardCode[])[];
  readonly notes: readonly (readonly AwardNote[])[];
}

/**
 * One unit's result read from the columns. A large bloc gets 100k of these, so each holds only its
 * index; `toJSON` gives the plain object, so serialising a result loses nothing.
 */
export class UnitRow implements UnitResult {
  constructor(
    private readonly columns: UnitColumns,
    readonly index: number,
  ) {}
  get name(): string {
    return this.columns.units[this.index]!.name;
  }
  get base(): number {
    return this.columns.scores[this.index * SCORE_FIELDS]!;
  }
  get bonusRaw(): number {
    return this.columns.scores[this.index * SCORE_FIELDS + 1]!;
  }
  get bonus(): number {
    return this.columns.scores[this.index * SCORE_FIELDS + 2]!;
  }
  get penalty(): number {
    return this.columns.scores[this.index * SCORE_FIELDS + 3]!;
  }
  get total(): number {
    return this.columns.scores[this.index * SCORE_FIELDS + 4]!;
  }
  get percent(): number {
    return this.columns.maxBase > 0 ? (this.total * 100) / this.columns.maxBase : 0;
  }
  get grade(): GradeCode {
    return this.columns.grades[this.index]!;
  }
  get rank(): number {
    return this.columns.ranks[this.index]!;
  }
  get tied(): boolean {
    return this.columns.tied[this.index] === 1;
  }
  get awards(): readonly AwardCode[] {
    return this.columns.awards[this.index]!;
  }
  get notes(): readonly AwardNote[] {
    return this.columns.notes[this.index]!;
  }
  toJSON(): UnitResult {
    const { index, name, base, bonusRaw, bonus, penalty, total, percent, grade, rank, tied, awards, notes } = this;
    return { index, name, base, bonusRaw, bonus, penalty, total, percent, grade, rank, tied, awards, notes };
  }
}
