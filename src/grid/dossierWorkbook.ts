import { applyBallot, type BallotOutcome } from '../core/applyBallot.js';
import { createExplainer } from '../core/createExplainer.js';
import { explainBallot } from '../core/explainBallot.js';
import { hasErrors, type Issue } from '../core/issue.js';
import type { AwardCode, Lang } from '../core/model.js';
import { rankBloc } from '../core/rankBloc.js';
import type { BlocResult, UnitResult } from '../core/result.js';
import { rotateLeaders, type NextLeaders } from '../core/rotateLeaders.js';
import { findSheet } from './findSheet.js';
import { headerKey } from './headerKey.js';
import { mergeIssues } from './mergeIssues.js';
import { readBallot, type BallotSheet } from './readBallot.js';
import { readBloc, type BlocBook } from './readBloc.js';
import { readDossierSettings, type DossierSettings } from './readDossierSettings.js';
import { resultWrites } from './resultWrites.js';
import type { RankWorkbookOptions } from './rankWorkbook.js';
import { toA1 } from './toA1.js';
import type { CellWrite, SheetGrid, WorkbookGrid } from './types.js';

export type DossierWorkbookOptions = RankWorkbookOptions;

/** Appended to the award cell of a proposal whose vote is not counted yet. */
export const BALLOT_PENDING_LABEL: Readonly<Record<Lang, string>> = { vi: 'chờ kết quả bỏ phiếu', en: 'vote pending' };

export interface DossierWorkbookRun {
  readonly book: BlocBook | null;
  /** The ranking (unchanged by the ballot), or null with any data error. */
  readonly result: BlocResult | null;
  /** The meeting's settings (voters, threshold, absent members, time, place, chair, secretary). */
  readonly dossier: DossierSettings | null;
  /** The `Bình bầu` sheet as read, or null when the workbook has none. */
  readonly ballotSheet: BallotSheet | null;
  /** The proposals after the ballot, or null with any data error. */
  readonly ballot: BallotOutcome | null;
  /** Next year's leader and deputy (the minutes' conclusions), or null when they cannot be named. */
  readonly next: NextLeaders | null;
  /** Every issue, each with its sheet and cell. Rotation problems are errors here (DOMAIN.md §6). */
  readonly issues: readonly Issue[];
  /** Result cells reflecting the ballot (a failed proposal is not written; a pending one is marked); empty with any error. */
  readonly writes: readonly CellWrite[];
  readonly lang: Lang;
  /** One unit's explanation in `lang`: the ranking's, then its ballot lines. */
  readonly explain: (index: number) => string;
}

/**
 * The year-end dossier's data from a workbook's grids (DOMAIN.md §10): the ranking, then the optional
 * `Bình bầu` sheet applied to it as a separate pass (`applyBallot`), with the meeting's settings. Without
 * a ballot sheet the proposals are the ranking's, each pending with votes null (the minutes leave the vote
 * lines to fill in). Issues of the ballot name the `Bình bầu` cell (a unit with no row: the first free row
 * of its `Đơn vị` column). With any error, result, ballot and writes are empty. `rankWorkbook` is unchanged
 * and still what `rank` runs.
 *
 * @example
 * const run = dossierWorkbook(grid, { lang: 'vi' });
 * run.ballot?.proposals.map((p) => [p.name, p.award, p.status]) // [['Sở Nội vụ', 'CO_UBND_TINH', 'passed'], …]
 */
export function dossierWorkbook(grid: WorkbookGrid, options: DossierWorkbookOptions = {}): DossierWorkbookRun {
  const read = readBloc(grid, options);
  const book = read.value;
  const empty = { result: null, ballot: null, next: null, writes: [], explain: () => '' };
  if (!book) return { ...empty, book: null, dossier: null, ballotSheet: null, issues: read.issues, lang: options.lang ?? 'vi' };
  const lang = options.lang ?? book.layout.lang;
  const { input, layout } = book;
  const names = input.units.map((u) => u.name);

  const gridIssues: Issue[] = [...read.issues];
  const settingsSheet = sheetNamed(grid, layout.settingsSheet);
  const dossierRead = settingsSheet ? readDossierSettings(settingsSheet, { cells: layout.settingCells, units: names, lang: layout.lang }) : null;
  const dossier = dossierRead?.value ?? null;
  if (dossierRead) gridIssues.push(...dossierRead.issues);
  const votersReadable = !dossierRead?.issues.some((i) => i.field === 'setting:voters' && i.severity === 'error');

  const found = options.sheets?.ballot !== undefined ? pick(grid, options.sheets.ballot) : findSheet(grid, 'ballot')?.sheet;
  let ballotSheet: BallotSheet | null = null;
  if (found) {
    const ballotRead = readBallot(found, { units: names, scoresSheet: layout.scoresSheet, voters: votersReadable ? (dossier?.voters ?? null) : null });
    gridIssues.push(...ballotRead.issues);
    ballotSheet = ballotRead.value;
  }

  const ranked = rankBloc(input, { lang });
  const rotation = ranked.value ? rotateLeaders(input, ranked.value, { severity: 'error' }) : null;
  const issues = mergeIssues(gridIssues, [...ranked.issues, ...(rotation?.issues ?? [])], layout);
  const base = { book, dossier, ballotSheet, lang };
  if (!ranked.value || !dossier || hasErrors(issues) || (found && !ballotSheet)) return { ...empty, ...base, issues };

  const result = ranked.value;
  const applied = applyBallot(result, { ballot: ballotSheet?.votes ?? null, voters: dossier.voters, thresholdPercent: dossier.thresholdPercent });
  const ballot = applied.value;
  if (ballotSheet) for (const i of applied.issues) issues.push(locateBallotIssue(i, ballotSheet));

  const explainer = (l: Lang) => {
    const explainRanking = createExplainer(result, l);
    return (index: number) => [explainRanking(index), ...explainBallot(ballot, index, l)].join(' ');
  };
  const explain = explainer(lang);
  const cellLang = layout.lang;
  const adjusted = afterBallot(result, ballot);
  const waiting = new Set<number>();
  for (const p of ballot.proposals) if (ballot.hasBallot && p.status === 'pending' && p.tie === null) waiting.add(layout.unitRows[p.unit]!);
  const writes = resultWrites(layout, adjusted, { lang: cellLang, explain: cellLang === lang ? explain : explainer(cellLang) }).map((w) =>
    w.col === layout.resultColumns.award && w.role !== 'header' && waiting.has(w.row) && typeof w.value === 'string' && w.value !== ''
      ? { ...w, value: `${w.value} (${BALLOT_PENDING_LABEL[cellLang]})` }
      : w,
  );
  return { ...base, result, ballot, next: rotation?.value ?? null, issues, writes, explain };
}

function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return grid.sheets.find((s) => s.name === name);
}

function pick(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  const key = headerKey(name);
  return grid.sheets.find((s) => headerKey(s.name) === key);
}

/** Places a core ballot issue (unit + `ballot:<AWARD>`) on its `Bình bầu` cell. */
export function locateBallotIssue(issue: Issue, sheet: BallotSheet): Issue {
  if (issue.sheet) return issue;
  const award = issue.field?.startsWith('ballot:') ? (issue.field.slice('ballot:'.length) as AwardCode) : undefined;
  const row = issue.unit === undefined ? undefined : sheet.rows.get(issue.unit);
  if (row === undefined) return { ...issue, sheet: sheet.sheet, cell: toA1(sheet.nextRow, sheet.unitColumn) };
  const col = (award && sheet.columns[award]) ?? sheet.unitColumn;
  return { ...issue, sheet: sheet.sheet, cell: toA1(row, col) };
}

/** The ranking with each unit's awards after the ballot; a tie the ballot settled is no longer marked pending. */
function afterBallot(result: BlocResult, ballot: BallotOutcome): BlocResult {
  const open = new Set<number>();
  for (const p of ballot.proposals) if (p.tie && p.status === 'pending') open.add(p.unit);
  const units = result.units.map((u): UnitResult => ({
    index: u.index,
    name: u.name,
    base: u.base,
    bonusRaw: u.bonusRaw,
    bonus: u.bonus,
    penalty: u.penalty,
    total: u.total,
    percent: u.percent,
    grade: u.grade,
    rank: u.rank,
    tied: u.tied,
    awards: ballot.awards[u.index]!,
    notes: open.has(u.index) ? u.notes : u.notes.filter((n) => n.kind !== 'pendingTie'),
  }));
  return { ...result, units };
}
