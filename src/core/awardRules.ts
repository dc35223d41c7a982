import { citeRule } from './legal.js';
import { GRADE_CODES, type GradeCode, type Lang, type Settings, type Unit } from './model.js';
import type { AwardNote, FlagPrerequisite } from './result.js';

/**
 * What a rule says of one unit: no award at all, no flag, or a flag only once the bloc confirms.
 * Every verdict has all three fields (undefined where unused), so the engine reads them monomorphically.
 */
export interface AwardVerdict {
  readonly excludes: 'all' | 'flags' | undefined;
  /** Prerequisites to confirm before a flag is proposed (blank cell or absent column). */
  readonly confirm: readonly FlagPrerequisite[] | undefined;
  readonly note: AwardNote | undefined;
  /** `[note]` (or empty), shared: a unit whose only note is this one reuses the list. */
  readonly notes: readonly AwardNote[];
}

const verdict = (excludes: AwardVerdict['excludes'], note?: AwardNote, confirm?: readonly FlagPrerequisite[]): AwardVerdict =>
  Object.freeze({ excludes, confirm, note, notes: Object.freeze(note ? [note] : []) });

/** An eligibility rule, declared as data: `apply` reads one unit and returns a verdict. */
export interface AwardRule {
  readonly id: 'veto' | 'grade' | 'flagPrerequisites';
  readonly describe: (lang: Lang, year: number) => string;
  readonly apply: (unit: Unit, grade: GradeCode, settings: Settings) => AwardVerdict;
}

const basis = (rule: Parameters<typeof citeRule>[0], year: number, lang: Lang): string =>
  citeRule(rule, year, lang) ?? (lang === 'vi' ? 'theo quy định của khối' : "per the bloc's rules");

const gradeRank = (g: GradeCode): number => GRADE_CODES.indexOf(g);
/** The verdict of a rule with nothing to say (shared: most units pass every rule). */
const PASS: AwardVerdict = verdict(undefined);
const VETOED: AwardVerdict = verdict('all', Object.freeze({ kind: 'vetoed' }));

const TOO_LOW: (AwardVerdict | undefined)[] = [];
/** One shared verdict per (grade, required grade): most units of a large bloc fall here. */
function gradeTooLow(grade: GradeCode, required: GradeCode): AwardVerdict {
  const key = gradeRank(grade) * GRADE_CODES.length + gradeRank(required);
  return (TOO_LOW[key] ??= verdict('all', Object.freeze({ kind: 'gradeTooLow', grade, required })));
}

const FLAG_PREREQUISITES: readonly FlagPrerequisite[] = ['exceededTargets', 'strongOrganisations'];

/** Eligibility rules, applied in order to every unit before quotas are filled. */
export const AWARD_RULES: readonly AwardRule[] = [
  {
    id: 'veto',
    describe: (lang, year) =>
      lang === 'vi'
        ? `Đơn vị đang bị xem xét kỷ luật, điều tra, thanh tra không được đề nghị khen thưởng (${basis('veto', year, lang)}).`
        : `A unit under disciplinary review, investigation or inspection is not proposed for any award (${basis('veto', year, lang)}).`,
    apply: (unit) => (unit.discipline === true ? VETOED : PASS),
  },
  {
    id: 'grade',
    describe: (lang) =>
      lang === 'vi'
        ? 'Chỉ đơn vị đạt mức xếp loại "Khen thưởng cần xếp loại" trở lên được đề nghị khen thưởng.'
        : 'Only units at or above the "Award grade" are proposed for awards.',
    apply: (_unit, grade, settings) => (gradeRank(grade) > gradeRank(settings.awardGrade) ? gradeTooLow(grade, settings.awardGrade) : PASS),
  },
  {
    id: 'flagPrerequisites',
    describe: (lang, year) =>
      lang === 'vi'
        ? `Cờ thi đua cần vượt chỉ tiêu và tổ chức đảng, đoàn thể vững mạnh (${basis('provincialFlag', year, lang)}); ô để trống: cần xác nhận.`
        : `A flag needs exceeded targets and strong Party and mass organisations (${basis('provincialFlag', year, lang)}); a blank cell: to be confirmed.`,
    apply: (unit) => {
      if (unit.exceededTargets === true && unit.strongOrganisations === true) return PASS;
      const failed = FLAG_PREREQUISITES.filter((key) => unit[key] === false);
      if (failed.length > 0) return verdict('flags', { kind: 'flagPrerequisiteFailed', failed });
      const confirm = FLAG_PREREQUISITES.filter((key) => unit[key] === null);
      return confirm.length > 0 ? verdict(undefined, undefined, confirm) : PASS;
    },
  },
];
