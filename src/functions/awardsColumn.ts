import { certificateQuota } from '../core/certificateQuota.js';
import { AWARD_LABELS } from '../core/labels.js';
import type { Discipline, GradeCode, Settings, Unit } from '../core/model.js';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import { proposeAwards } from '../core/proposeAwards.js';
import { parseDiscipline } from '../grid/parseDiscipline.js';
import { parseGrade } from '../grid/parseGrade.js';
import { parseYesNo } from '../grid/parseYesNo.js';
import { PENDING_TIE_LABEL } from '../grid/resultWrites.js';
import { BLANK_RESULT } from './rankValues.js';
import {
  cellParams,
  errorCell,
  excelCell,
  gradeOption,
  isBlankCell,
  isErrorCell,
  langOption,
  misuse,
  optionalRangeArg,
  parsedError,
  quotaOption,
  rangeArg,
  readNumber,
  requireColumn,
  requireSameRows,
  yesNoOption,
  type ErrorCell,
  type ParamRef,
  type RangeArg,
  type ResultCell,
} from './args.js';

const ref = (name: string): ParamRef => ({ fn: 'AWARDS', name });

/** The arguments of AWARDS after the columns (quotas and the bloc's choices), as Excel passes them. */
export interface AwardsOptions {
  readonly provincialFlags?: unknown;
  readonly certificates?: unknown;
  readonly exceededTargets?: unknown;
  readonly strongOrganisations?: unknown;
  readonly nominateGovernmentFlag?: unknown;
  readonly governmentFlagWithProvincial?: unknown;
  readonly awardGrade?: unknown;
  readonly lang?: unknown;
}

/**
 * The logic of `=TDKT.AWARDS(ranks, grades, [discipline], [provincialFlags], [certificates], …)`: the
 * engine's `proposeAwards` over the bloc, one cell per unit, written as the ranking run writes the
 * `Đề nghị khen thưởng` column (award labels joined by "; ", `Cần bình xét` / `Bloc to decide` for a tie
 * straddling a quota boundary, empty for none).
 *
 * `ranks` is the bloc's rank column (what TDKT.RANKBLOC gives, tie-breaks included), so the awards follow
 * exactly the ranking shown; it must be a standard competition ranking of all the rows (1, 2, 2, 4 …).
 * `grades` are codes or labels; `discipline` (Kỷ luật: Có = veto), `exceededTargets` and
 * `strongOrganisations` (the flags' prerequisites) are Có/Không columns, blank = no veto / to be confirmed.
 * Quotas as in the settings sheet: provincial flags (default 1), certificates (default `Tự động`: ≥ 10 units
 * → 3, 6–9 → 2, ≤ 5 → 1).
 *
 * The spilled rank and grade columns are taken as they are: rows after the last used one are cut, and a row
 * whose rank and grade are both empty (or 0, as some Excel builds pass an empty cell) is no unit and gives an
 * empty cell. A bad cell gives its row `#VALUE!` naming it, and every other unit `#VALUE!` too: awards are
 * shared out over the whole bloc, so none is proposed until every unit can be read (the engine's rule).
 *
 * @example awardsColumn([[1], [2], [3]], [['HTXSNV'], ['HTXSNV'], ['HTTNV']], null, {})
 * // [['Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh'], ['Bằng khen của Chủ tịch UBND tỉnh'], ['']]
 */
export function awardsColumn(
  ranks: unknown,
  grades: unknown,
  discipline: unknown,
  options: AwardsOptions,
): ResultCell[][] {
  const rankArg = rangeArg(ranks, ref('ranks'));
  requireColumn(rankArg);
  const column = (value: unknown, name: string): RangeArg | null => {
    const arg = name === 'grades' ? rangeArg(value, ref(name)) : optionalRangeArg(value, ref(name));
    if (arg) {
      requireColumn(arg);
      requireSameRows(arg, rankArg);
    }
    return arg;
  };
  const gradeArg = column(grades, 'grades')!;
  const disciplineArg = column(discipline, 'discipline');
  const exceededArg = column(options.exceededTargets, 'exceededTargets');
  const strongArg = column(options.strongOrganisations, 'strongOrganisations');
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    year: 0,
    bloc: '',
    provincialFlags: quotaOption(options.provincialFlags, ref('provincialFlags'), DEFAULT_SETTINGS.provincialFlags),
    certificates: quotaOption(options.certificates, ref('certificates'), DEFAULT_SETTINGS.certificates, { auto: true }),
    nominateGovernmentFlag: yesNoOption(
      options.nominateGovernmentFlag,
      ref('nominateGovernmentFlag'),
      DEFAULT_SETTINGS.nominateGovernmentFlag,
    ),
    governmentFlagWithProvincial: yesNoOption(
      options.governmentFlagWithProvincial,
      ref('governmentFlagWithProvincial'),
      DEFAULT_SETTINGS.governmentFlagWithProvincial,
    ),
    awardGrade: gradeOption(options.awardGrade, ref('awardGrade'), DEFAULT_SETTINGS.awardGrade),
  };
  const lang = langOption(options.lang, ref('lang'), ['vi', 'en'] as const);

  // Rows past the last used one (a whole column, rows reserved for units to come) are not units; a row
  // whose rank and grade are both blank is not one either (the spilled RANKBLOC and GRADE leave such rows
  // blank). Some Excel builds pass an empty cell as 0: a rank is at least 1 and a grade is text, so 0 in
  // these two columns can only be an empty cell.
  const last = Math.max(lastFilled(rankArg), lastFilled(gradeArg));
  const unitRows: number[] = [];
  for (let r = 0; r < last; r++) {
    if (!(zeroOrBlank(rankArg.cells[r]![0]) && zeroOrBlank(gradeArg.cells[r]![0]))) unitRows.push(r);
  }
  const n = unitRows.length;
  const rankValues = new Int32Array(n);
  const gradeCodes: GradeCode[] = new Array(n);
  const units: Unit[] = new Array(n);
  const rowErrors: (ErrorCell | undefined)[] = new Array(n);
  let firstBad = -1;
  let badCount = 0;
  for (let i = 0; i < n; i++) {
    const bad = readRow(unitRows[i]!, i);
    if (bad) {
      rowErrors[i] = bad;
      badCount++;
      if (firstBad < 0) firstBad = i;
    }
  }
  const out: ResultCell[][] = Array.from({ length: Math.max(1, last) }, () => [BLANK_RESULT]);
  if (badCount > 0) {
    const where = rowErrors[firstBad]!.issue.params;
    const withheld = errorCell('#VALUE!', 'FN_AWARDS_WITHHELD', { ...where, count: badCount });
    unitRows.forEach((r, i) => (out[r] = [rowErrors[i] ?? withheld]));
    return out;
  }
  const order = rankOrder(rankArg, rankValues, unitRows);
  const proposed = proposeAwards({
    settings,
    units,
    grades: gradeCodes,
    ranks: rankValues,
    order,
    quotas: { provincialFlags: settings.provincialFlags, certificates: certificateQuota(settings.certificates, n) },
  });
  proposed.awards.forEach((awards, i) => {
    const labels = awards.map((a) => AWARD_LABELS[a][lang]);
    if (proposed.notes[i]!.some((note) => note.kind === 'pendingTie')) labels.push(PENDING_TIE_LABEL[lang]);
    out[unitRows[i]!] = [labels.join('; ')];
  });
  return out;

  function readRow(r: number, i: number): ErrorCell | undefined {
    const rank = readNumber(rankArg.cells[r]![0], () => cellParams(rankArg, r, 0), {
      blank: 'error',
      expected: 'rank',
    });
    if (isErrorCell(rank)) return rank;
    if (!Number.isInteger(rank) || rank! < 1) {
      return errorCell('#VALUE!', 'FN_CELL_INVALID', {
        ...cellParams(rankArg, r, 0),
        value: String(rank),
        expected: 'rank',
      });
    }
    rankValues[i] = rank!;
    const grade = parseGrade(excelCell(gradeArg.cells[r]![0]));
    if (grade.kind !== 'value') return parsedError(grade, cellParams(gradeArg, r, 0), 'grade');
    gradeCodes[i] = grade.value;
    const yesNo = (arg: RangeArg | null): boolean | null | ErrorCell => {
      if (!arg) return null;
      const parsed = parseYesNo(excelCell(arg.cells[r]![0]));
      if (parsed.kind === 'value') return parsed.value;
      return parsed.kind === 'blank' ? null : parsedError(parsed, cellParams(arg, r, 0), 'yesNo');
    };
    // Kỷ luật: Không / Đang xem xét (held) / Có (disciplined), as the scores sheet reads it.
    const vetoed = ((): Discipline | null | ErrorCell => {
      if (!disciplineArg) return null;
      const parsed = parseDiscipline(excelCell(disciplineArg.cells[r]![0]));
      if (parsed.kind === 'value') return parsed.value;
      return parsed.kind === 'blank' ? null : parsedError(parsed, cellParams(disciplineArg, r, 0), 'discipline');
    })();
    const exceeded = yesNo(exceededArg);
    const strong = yesNo(strongArg);
    for (const v of [vetoed, exceeded, strong]) if (isErrorCell(v)) return v;
    units[i] = {
      name: String(r + 1),
      points: [],
      votes: null,
      womenPercent: null,
      discipline: vetoed as Discipline | null,
      exceededTargets: exceeded as boolean | null,
      strongOrganisations: strong as boolean | null,
      newModel: null,
      note: '',
    };
    return undefined;
  }
}

/** Blank, or 0 (how some Excel builds pass an empty cell). */
function zeroOrBlank(value: unknown): boolean {
  return value === 0 || isBlankCell(value);
}

/** Rows up to the last one whose cell is neither blank nor 0. */
function lastFilled(range: RangeArg): number {
  for (let r = range.usedRows - 1; r >= 0; r--) if (!zeroOrBlank(range.cells[r]![0])) return r + 1;
  return 0;
}

/**
 * Row indices by rank, equal ranks in row order; throws unless the ranks are a standard competition
 * ranking of all the rows (each rank = 1 + the number of rows ranked before it), which also catches
 * totals passed where ranks belong.
 */
function rankOrder(rankArg: RangeArg, ranks: Int32Array, unitRows: readonly number[]): Uint32Array {
  const n = ranks.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const expected = p > 0 && ranks[order[p - 1]!] === ranks[i] ? ranks[i]! : p + 1;
    if (ranks[i] !== expected) {
      misuse('FN_RANKS_NOT_STANDARD', {
        ...cellParams(rankArg, unitRows[i]!, 0),
        value: ranks[i]!,
        count: n,
        expected: p + 1,
      });
    }
  }
  return order;
}
