import { GRADE_CODES, type GradeCode, type Settings, type Unit } from './model.js';
import type { AwardNote, FlagPrerequisite } from './result.js';

/**
 * What a rule says of one unit: no award at all, no flag, or a flag only once the bloc confirms.
 * Every verdict has all fields (undefined where unused), so the engine reads them monomorphically.
 */
export interface AwardVerdict {
  readonly excludes: 'all' | 'flags' | undefined;
  /** Prerequisites to confirm before a flag is proposed (blank cell or absent column). */
  readonly confirm: readonly FlagPrerequisite[] | undefined;
  readonly note: AwardNote | undefined;
  /** Proposed on the bloc's classification only: the official rating must be checked (note on awards). */
  readonly checkOfficial: boolean;
  /** `[note]` (or empty), shared: a unit whose only note is this one reuses the list. */
  readonly notes: readonly AwardNote[];
}

const verdict = (
  excludes: AwardVerdict['excludes'],
  note?: AwardNote,
  confirm?: readonly FlagPrerequisite[],
  checkOfficial = false,
): AwardVerdict => Object.freeze({ excludes, confirm, note, checkOfficial, notes: Object.freeze(note ? [note] : []) });

/** An eligibility rule, declared as data: `apply` reads one unit and returns a verdict. */
export interface AwardRule {
  readonly id: 'discipline' | 'grade' | 'flagPrerequisites';
  readonly apply: (unit: Unit, grade: GradeCode, settings: Settings) => AwardVerdict;
}

const gradeRank = (g: GradeCode): number => GRADE_CODES.indexOf(g);
/** The verdict of a rule with nothing to say (shared: most units pass every rule). */
const PASS: AwardVerdict = verdict(undefined);
const CHECK_OFFICIAL: AwardVerdict = verdict(undefined, undefined, undefined, true);
const HELD: AwardVerdict = verdict('all', Object.freeze({ kind: 'held' }));
const DISCIPLINED: AwardVerdict = verdict('all', Object.freeze({ kind: 'disciplined' }));

const TOO_LOW: (AwardVerdict | undefined)[] = [];
/** One shared verdict per (grade, required grade, official): most units of a large bloc fall here. */
function gradeTooLow(grade: GradeCode, required: GradeCode, official: boolean): AwardVerdict {
  const key = (gradeRank(grade) * GRADE_CODES.length + gradeRank(required)) * 2 + (official ? 1 : 0);
  return (TOO_LOW[key] ??= verdict('all', Object.freeze({ kind: 'gradeTooLow', grade, required, official })));
}

const FLAG_PREREQUISITES: readonly FlagPrerequisite[] = ['exceededTargets', 'strongOrganisations'];

/**
 * Eligibility rules, applied in order to every unit before quotas are filled (DOMAIN.md section 5 point 4).
 * Their legal basis, by review year, is in `RULE_BASIS` (ruleBasis.ts).
 */
export const AWARD_RULES: readonly AwardRule[] = [
  {
    // Đang xem xét: held (khoản 4 Điều 4 of the decree in force); Có: the bloc's rule.
    id: 'discipline',
    apply: (unit) => (unit.discipline === 'review' ? HELD : unit.discipline === true ? DISCIPLINED : PASS),
  },
  {
    // The official rating gates awards when given; otherwise the bloc's classification, with a note.
    id: 'grade',
    apply: (unit, grade, settings) => {
      const official = unit.officialGrade ?? null;
      const gate = official ?? grade;
      if (gradeRank(gate) > gradeRank(settings.awardGrade)) return gradeTooLow(gate, settings.awardGrade, official !== null);
      return official === null ? CHECK_OFFICIAL : PASS;
    },
  },
  {
    // Điều 25–26 (2022 Law) / Điều 11–12 (Nghị định 91/2017): a flag needs exceeded targets and strong organisations.
    id: 'flagPrerequisites',
    apply: (unit) => {
      if (unit.exceededTargets === true && unit.strongOrganisations === true) return PASS;
      const failed = FLAG_PREREQUISITES.filter((key) => unit[key] === false);
      if (failed.length > 0) return verdict('flags', { kind: 'flagPrerequisiteFailed', failed });
      const confirm = FLAG_PREREQUISITES.filter((key) => unit[key] === null);
      return confirm.length > 0 ? verdict(undefined, undefined, confirm) : PASS;
    },
  },
];
