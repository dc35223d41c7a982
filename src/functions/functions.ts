// BlocRank's Excel custom functions (namespace TDKT). Every top-level function tagged `@customfunction` is
// picked up by scripts/customFunctionsPlugin.ts: its JSDoc becomes dist/functions.json, its Vietnamese text
// comes from ./functions-vi.ts, and the build appends the `CustomFunctions.associate` call. Ids never change
// once shipped (workbooks store them). The functions are thin wrappers: the logic lives in the small pure
// modules beside this file (over src/core and src/grid); they never call Excel APIs.
//
// Keep this file to the wrappers: the generator reads only top-level function declarations, takes the
// description from the JSDoc text before the tags, and needs `unknown[][]` for ranges (`?` = optional;
// Excel passes null for an omitted argument).
import { version as packageVersion } from '../../package.json';
import { awardsColumn } from './awardsColumn.js';
import { gradeValues } from './gradeValues.js';
import { maxScoreOf } from './maxScoreOf.js';
import { rankValues } from './rankValues.js';
import { languageOf, setFunctionsLanguage, setFunctionsLanguageSource } from './language.js';
import { runFunction, toExcelMatrix } from './toExcel.js';
import { totalPoints } from './totalPoints.js';

/**
 * The version of BlocRank that computes these functions. Quote it when asking for support.
 * Example: =TDKT.VERSION() returns "0.1.0".
 * @customfunction VERSION VERSION
 * @returns The BlocRank version, e.g. "0.1.0".
 */
export function version(): string {
  return packageVersion;
}

/**
 * Ranks totals by the bloc's rules: highest first, 1, 2, 2, 4, equal totals separated by the tie-break columns in order. Examples: =TDKT.RANKBLOC(H2:H12) spills one rank per unit; =TDKT.RANKBLOC(H2:H12,,I2:I12) breaks ties on column I; =TDKT.RANKBLOC(H2,H$2:H$12) ranks one unit, like RANK.EQ.
 * @customfunction RANKBLOC RANKBLOC
 * @param values The totals: a column (range left empty: its ranks spill), or one unit's total to rank in range, followed by its own tie-break values when tie-break columns are given (e.g. H2:J2).
 * @param range The column of all the bloc's totals to rank against, as in RANK.EQ. Leave empty to rank the values column itself.
 * @param tiebreak1 First tie-break column, row for row with the totals: among equal totals the higher value ranks first (negate penalties: -K2:K12). Blank counts 0, TRUE 1.
 * @param tiebreak2 Second tie-break column, used while still equal.
 * @param tiebreak3 Third tie-break column, used while still equal.
 * @returns One rank per row of values; units still equal share the rank.
 */
export function rankBloc(
  values: unknown[][],
  range?: unknown[][],
  tiebreak1?: unknown[][],
  tiebreak2?: unknown[][],
  tiebreak3?: unknown[][],
): unknown[][] {
  return runFunction(() => toExcelMatrix(rankValues(values, range, [tiebreak1, tiebreak2, tiebreak3])));
}

/**
 * A unit's total: Score points + bonus (capped) - penalty, each point checked against its maximum. Example: =TDKT.TOTAL(C5:L5, 'Tiêu chí'!D$3:D$12, 'Tiêu chí'!E$3:E$12) with the unit's points in C5:L5 and the criteria's maxima and kinds in D and E.
 * @customfunction TOTAL TOTAL
 * @param points One unit's points, one cell per criterion in the criteria's order (or several units, one row each: one total per row spills).
 * @param maxima The criteria's maximum points, in the same order (a bonus or penalty may be blank: no cap).
 * @param kinds The criteria's kinds: Score, Bonus or Penalty (Chấm điểm, Thưởng, Trừ); blank = Score. Omit when every criterion is scored.
 * @param bonusCapPercent The bonus cap as a percentage of the maximum base score; default 10.
 * @returns The total, or one per row of points.
 */
export function total(
  points: unknown[][],
  maxima: unknown[][],
  kinds?: unknown[][],
  bonusCapPercent?: unknown,
): unknown[][] {
  return runFunction(() => toExcelMatrix(totalPoints(points, maxima, kinds, bonusCapPercent)));
}

/**
 * The maximum base score: the sum of the maxima of the Score criteria (bonus and penalty left out), which grades and the bonus cap are measured against. Example: =TDKT.MAXSCORE('Tiêu chí'!D3:D12, 'Tiêu chí'!E3:E12) returns 100 for the default criteria.
 * @customfunction MAXSCORE MAXSCORE
 * @param maxima The criteria's maximum points.
 * @param kinds The criteria's kinds: Score, Bonus or Penalty (Chấm điểm, Thưởng, Trừ); blank = Score. Omit when every criterion is scored.
 * @returns The maximum base score.
 */
export function maxScore(maxima: unknown[][], kinds?: unknown[][]): number {
  return runFunction(() => maxScoreOf(maxima, kinds));
}

/**
 * The grade of a total as a percentage of the maximum base score: from 90 % excellent (HTXSNV), from 70 % well (HTTNV), from 50 % completed (HTNV), else not completed (KHTNV). Example: =TDKT.GRADE(M5, 100) returns "Hoàn thành xuất sắc nhiệm vụ" for 92.
 * @customfunction GRADE GRADE
 * @param total The total, or a column of totals (one grade per cell spills).
 * @param maxScore The maximum base score (the sum of the Score maxima, see TDKT.MAXSCORE), e.g. 100.
 * @param lang "vi" (default) for the Vietnamese label, "en" for English, "code" for HTXSNV, HTTNV, HTNV or KHTNV.
 * @param excellent Lowest percentage for HTXSNV; default 90.
 * @param good Lowest percentage for HTTNV; default 70.
 * @param complete Lowest percentage for HTNV; default 50.
 * @returns The grade of each total.
 */
export function grade(
  total: unknown[][],
  maxScore: unknown,
  lang?: string,
  excellent?: unknown,
  good?: unknown,
  complete?: unknown,
): unknown[][] {
  return runFunction(() => toExcelMatrix(gradeValues(total, maxScore, lang, excellent, good, complete)));
}

/**
 * The proposed award of every unit of the bloc by its rules and quotas: flags, then Bằng khen, in rank order, skipping vetoed and low-grade units; a tie across a quota is left to the bloc. Example: =TDKT.AWARDS(N2:N12, O2:O12, P2:P12) with the ranks in N, grades in O, discipline in P.
 * @customfunction AWARDS AWARDS
 * @param ranks The rank column (as TDKT.RANKBLOC gives it), one row per unit of the bloc.
 * @param grades The grade column (labels or codes such as HTXSNV), row for row.
 * @param discipline The discipline column (Kỷ luật): Có = under discipline, investigation or inspection, no award; blank = no.
 * @param provincialFlags The number of provincial emulation flags; default 1.
 * @param certificates The number of Bằng khen, or "Auto" (Tự động, the default): 3 from 10 units, 2 for 6 to 9, 1 up to 5.
 * @param exceededTargets The "Exceeded targets" column (Vượt chỉ tiêu, Có/Không): Không rules out a flag; blank or omitted: the flag is to be confirmed.
 * @param strongOrganisations The "Strong Party and mass organisations" column (Có/Không): Không rules out a flag; blank or omitted: to be confirmed.
 * @param nominateGovernmentFlag Nominate the best-ranked flag unit for the Government's emulation flag: Có (default) or Không.
 * @param governmentFlagWithProvincial Có (default): the Government-flag nominee also takes a provincial flag; Không: it takes the Government flag alone.
 * @param awardGrade The lowest grade that may receive an award; default HTXSNV.
 * @param lang "vi" (default) or "en" for the award labels.
 * @returns One cell per unit: the proposed awards joined by "; ", or empty.
 */
export function awards(
  ranks: unknown[][],
  grades: unknown[][],
  discipline?: unknown[][],
  provincialFlags?: unknown,
  certificates?: unknown,
  exceededTargets?: unknown[][],
  strongOrganisations?: unknown[][],
  nominateGovernmentFlag?: unknown,
  governmentFlagWithProvincial?: unknown,
  awardGrade?: unknown,
  lang?: string,
): unknown[][] {
  return runFunction(() =>
    toExcelMatrix(
      awardsColumn(ranks, grades, discipline, {
        provincialFlags,
        certificates,
        exceededTargets,
        strongOrganisations,
        nominateGovernmentFlag,
        governmentFlagWithProvincial,
        awardGrade,
        lang,
      }),
    ),
  );
}

// The messages on #VALUE! follow Excel's display language from the first calculation: the language is read
// when the first message is written (Office.context.displayLanguage, available once the runtime calls the
// functions), not set after Office.onReady, which may resolve after Excel's first calculation. Outside
// Office (tests, Node) nothing is read and Vietnamese stays.
if (typeof Office !== 'undefined') {
  setFunctionsLanguageSource(() => Office.context?.displayLanguage);
  if (typeof Office.onReady === 'function') {
    Office.onReady()
      .then(() => {
        const tag = Office.context?.displayLanguage;
        if (tag) setFunctionsLanguage(languageOf(tag));
      })
      .catch(() => undefined);
  }
}
