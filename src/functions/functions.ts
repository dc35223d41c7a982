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
 * The BlocRank version computing these functions; quote it when asking for support. Example: =TDKT.VERSION()
 * @customfunction VERSION VERSION
 * @helpurl https://localhost:3000/help/functions.html#tdktversion
 * @returns The BlocRank version, e.g. "0.1.0".
 */
export function version(): string {
  return packageVersion;
}

/**
 * Ranks totals as RANK.EQ does, then by tie-break columns (1, 2, 2, 4). =TDKT.RANKBLOC(H2:H12) spills; =TDKT.RANKBLOC(H2,H$2:H$12)
 * @customfunction RANKBLOC RANKBLOC
 * @helpurl https://localhost:3000/help/functions.html#tdktrankbloc
 * @param values The totals to rank (one rank each spills), or one unit's total; with tie-breaks, its total then its own tie-breaks.
 * @param range All the bloc's totals to rank in, as in RANK.EQ; leave empty to rank values itself. A bounded range, not H:H.
 * @param tiebreak1 RANK.EQ's order (0 highest first, 1 lowest first), or the first tie-break column: higher first, blank 0.
 * @param tiebreak2 Second tie-break column, used while totals are still equal.
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
 * A unit's total: points + bonus (capped) - penalty, each point checked against its max. =TDKT.TOTAL(C5:L5, D$3:D$12, E$3:E$12)
 * @customfunction TOTAL TOTAL
 * @helpurl https://localhost:3000/help/functions.html#tdkttotal
 * @param points One unit's points, one cell per criterion (or several units, one row each: one total per row spills).
 * @param maxima The criteria's maximum points, in the same order (a bonus or penalty may be blank: no cap).
 * @param kinds The criteria's kinds: Score, Bonus or Penalty (Chấm điểm, Thưởng, Trừ); blank = Score. Omit if all are scored.
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
 * The maximum base score: the sum of the maxima of the Score criteria. Example: =TDKT.MAXSCORE(D3:D12, E3:E12) gives 100.
 * @customfunction MAXSCORE MAXSCORE
 * @helpurl https://localhost:3000/help/functions.html#tdktmaxscore
 * @param maxima The criteria's maximum points.
 * @param kinds The criteria's kinds: Score, Bonus or Penalty (Chấm điểm, Thưởng, Trừ); blank = Score. Omit if all are scored.
 * @returns The maximum base score.
 */
export function maxScore(maxima: unknown[][], kinds?: unknown[][]): number {
  return runFunction(() => maxScoreOf(maxima, kinds));
}

/**
 * The bloc's classification (not the official rating) by % of the maximum: 90 Excellent, 70 Good, 50 Complete. =TDKT.GRADE(M5,100)
 * @customfunction GRADE GRADE
 * @helpurl https://localhost:3000/help/functions.html#tdktgrade
 * @param total The total, or a column of totals (one grade per cell spills; a blank total gives an empty cell).
 * @param maxScore The maximum base score (the sum of the Score maxima, see TDKT.MAXSCORE), e.g. 100.
 * @param lang "vi" (default) for the Vietnamese band (Xuất sắc, Tốt, Hoàn thành, Chưa hoàn thành), "en" for English, "code" for the code.
 * @param excellent Lowest percentage for the excellent band; default 90.
 * @param good Lowest percentage for the good band; default 70.
 * @param complete Lowest percentage for the complete band; default 50.
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
 * Proposed awards of every unit by the bloc's rules and quotas: flags, then Bằng khen, in rank order. =TDKT.AWARDS(N2:N12, O2:O12)
 * @customfunction AWARDS AWARDS
 * @helpurl https://localhost:3000/help/functions.html#tdktawards
 * @param ranks The rank column as TDKT.RANKBLOC gives it (empty rows allowed), one row per unit.
 * @param grades The grade column (labels or codes such as HTXSNV), row for row.
 * @param discipline The discipline column (Kỷ luật): Có = under discipline, investigation or inspection, no award; blank = no.
 * @param provincialFlags The number of provincial emulation flags; default 1.
 * @param certificates The number of Bằng khen, or "Auto" (Tự động, the default): 3 from 10 units, 2 for 6 to 9, 1 up to 5.
 * @param exceededTargets The "Exceeded targets" column (Vượt chỉ tiêu, Có/Không): Không rules out a flag; blank: to confirm.
 * @param strongOrganisations The "Strong Party and mass organisations" column (Có/Không): Không rules out a flag; blank: to confirm.
 * @param nominateGovernmentFlag Nominate the best-ranked flag unit for the Government's emulation flag: Có (default) or Không.
 * @param governmentFlagWithProvincial Có (default): the Government-flag nominee also takes a provincial flag; Không: it alone.
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
