import { DEFAULT_SETTINGS, PRESET_CRITERIA } from '../../src/core/preset.js';
import type { BlocInput, Criterion, FactColumns, Settings, Unit } from '../../src/core/model.js';

export const NO_FACTS: FactColumns = {
  votes: false,
  womenPercent: false,
  discipline: false,
  exceededTargets: false,
  strongOrganisations: false,
  newModel: false,
  note: false,
};

export const ALL_FACTS: FactColumns = {
  votes: true,
  womenPercent: true,
  discipline: true,
  exceededTargets: true,
  strongOrganisations: true,
  newModel: true,
  note: true,
};

/** A simple two-criterion scale: A (score, max 60), B (score, max 40), T bonus (max 10), K penalty. */
export const SIMPLE_CRITERIA: readonly Criterion[] = [
  { code: 'A1', group: 'A', description: '', max: 60, kind: 'score' },
  { code: 'B1', group: 'B', description: '', max: 40, kind: 'score' },
  { code: 'T1', group: 'T', description: '', max: 20, kind: 'bonus' },
  { code: 'K1', group: 'K', description: '', max: null, kind: 'penalty' },
];

export interface UnitSpec extends Partial<Omit<Unit, 'points'>> {
  readonly name: string;
  /** [A, B, bonus, penalty] on SIMPLE_CRITERIA. */
  readonly points: ReadonlyArray<number | null>;
}

export function unit(spec: UnitSpec): Unit {
  return {
    votes: null,
    womenPercent: null,
    discipline: null,
    exceededTargets: true,
    strongOrganisations: true,
    newModel: null,
    note: '',
    ...spec,
  };
}

export function makeBloc(
  units: readonly UnitSpec[],
  settings: Partial<Settings> = {},
  extra: Partial<Omit<BlocInput, 'units' | 'settings'>> = {},
): BlocInput {
  return {
    settings: { ...DEFAULT_SETTINGS, year: 2025, bloc: 'Khối thử nghiệm', ...settings },
    criteria: SIMPLE_CRITERIA,
    units: units.map(unit),
    facts: ALL_FACTS,
    ...extra,
  };
}

export { PRESET_CRITERIA };
