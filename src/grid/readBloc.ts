import { hasErrors, type Issue, type Result } from '../core/issue.js';
import type { BlocInput, HistoryEntry } from '../core/model.js';
import { cellAt, isBlank } from './_lib/cells.js';
import { sheetIssue } from './_lib/report.js';
import { checkTieBreakLinks } from './checkTieBreakLinks.js';
import { findSheet, type FoundSheet } from './findSheet.js';
import { headerKey } from './headerKey.js';
import { SHEET_NAMES, type SheetRole } from './names.js';
import { readCriteria } from './readCriteria.js';
import { readHistory } from './readHistory.js';
import { readPledge } from './readPledge.js';
import { readScores } from './readScores.js';
import { readSettings } from './readSettings.js';
import type { BlocLayout, SheetGrid, WorkbookGrid } from './types.js';

export interface ReadBlocOptions {
  /**
   * Sheets to use for a role instead of finding them by name (e.g. the sheet a clerk picked in the
   * task pane); matched by name ignoring case, diacritics and spacing.
   */
  readonly sheets?: Readonly<Partial<Record<SheetRole, string>>>;
}

/** A bloc workbook read: the engine's input and where everything is. */
export interface BlocBook {
  readonly input: BlocInput;
  readonly layout: BlocLayout;
}

const REQUIRED: readonly SheetRole[] = ['settings', 'criteria', 'scores'];

/**
 * Reads a bloc workbook (DOMAIN.md §4) from plain cell grids into the engine's input and the layout a
 * ranking run writes back to. Sheets in any order, Vietnamese or English names; other sheets are
 * ignored. It reports every problem it can see in one pass, each with its sheet and (for a cell) A1
 * reference, in both languages through core/messages.ts; it never throws for what a workbook holds.
 *
 * `value` is `null` when the workbook cannot be scored at all: a required sheet (`Cấu hình`,
 * `Tiêu chí`, `Chấm điểm`) or its header row or required column is missing, `Năm` or `Tên khối` is
 * missing or unreadable, or a criterion has no column. Otherwise `value` is there even when cells have
 * errors (`ok` false): unreadable cells are `null` in the input, so callers may still run the engine
 * to collect its own issues and combine them with `mergeIssues` — but must not write results then.
 * Blank scores are `null` and left for the engine to report.
 *
 * @example
 * const read = readBloc(book);
 * if (read.value) {
 *   const result = rankBloc(read.value.input); // core
 *   const issues = mergeIssues(read.issues, result.issues, read.value.layout);
 * }
 */
export function readBloc(book: WorkbookGrid, options: ReadBlocOptions = {}): Result<BlocBook | null> {
  const issues: Issue[] = [];
  const found = {} as Record<SheetRole, FoundSheet | null>;
  const roles = Object.keys(SHEET_NAMES) as SheetRole[];
  for (const role of roles) found[role] = pickSheet(book, role, options.sheets?.[role]);
  // Name a missing sheet in the language of the sheets that are there.
  const langs = roles.map((r) => found[r]?.lang).filter((l) => l !== undefined);
  const bookLang = langs.filter((l) => l === 'en').length > langs.length / 2 ? 'en' : 'vi';
  for (const role of roles) {
    const f = found[role];
    const wanted = options.sheets?.[role];
    if (f) {
      for (const other of f.others)
        issues.push(sheetIssue('warning', 'SHEET_DUPLICATE', { other: other.name }, f.sheet.name));
    } else if (REQUIRED.includes(role) || wanted !== undefined) {
      const names = SHEET_NAMES[role];
      const name = wanted ?? names[bookLang][0];
      const alt = wanted !== undefined ? names.vi[0] : names[bookLang === 'vi' ? 'en' : 'vi'][0];
      issues.push(sheetIssue('error', 'SHEET_MISSING', { name, alt }, name));
    }
  }

  const settings = found.settings ? collect(issues, readSettings(found.settings.sheet)) : null;
  const criteria = found.criteria ? collect(issues, readCriteria(found.criteria.sheet)) : null;
  // Without a readable criteria table every score column would look unknown: read scores only with one.
  const scores =
    found.scores && criteria?.layout ? collect(issues, readScores(found.scores.sheet, criteria.criteria)) : null;
  // A tie-break order the clerk wrote must name what the workbook has (the default chain skips what is absent).
  const tieCell = settings?.cells.tieBreak;
  if (found.settings && settings?.settings && criteria?.layout && scores?.complete && tieCell) {
    const written = cellAt(found.settings.sheet, tieCell.row - 1, tieCell.col - 1);
    if (!isBlank(written)) {
      const where = { sheet: found.settings.sheet.name, ...tieCell, field: 'setting:tieBreak' };
      issues.push(...checkTieBreakLinks(settings.settings.tieBreak, criteria.criteria, scores.facts, where, scores.lang));
    }
  }
  let history: readonly HistoryEntry[] | null = null;
  if (found.history) history = collect(issues, readHistory(found.history.sheet));
  let commitments: readonly string[] | null = null;
  if (found.pledge) commitments = collect(issues, readPledge(found.pledge.sheet));

  const ok = !hasErrors(issues);
  if (
    !found.settings ||
    !found.criteria ||
    !found.scores ||
    !settings?.settings ||
    !criteria?.layout ||
    !scores?.complete
  ) {
    return { ok, value: null, issues };
  }
  const input: BlocInput = {
    settings: settings.settings,
    criteria: criteria.criteria,
    units: scores.units,
    facts: scores.facts,
    ...(history ? { history } : {}),
    ...(commitments ? { commitments } : {}),
  };
  const layout: BlocLayout = {
    lang: scores.lang,
    settingsSheet: found.settings.sheet.name,
    settingCells: settings.cells,
    criteriaSheet: found.criteria.sheet.name,
    scoresSheet: found.scores.sheet.name,
    headerRow: scores.headerRow,
    unitRows: scores.unitRows,
    resultColumns: scores.resultColumns,
    missingResultColumns: scores.missingResultColumns,
    criterionColumns: scores.criterionColumns,
    unitColumn: scores.unitColumn,
    factColumns: scores.factColumns,
    headerTop: scores.headerTop,
    ...(scores.formulaResults.length > 0 ? { formulaResults: scores.formulaResults } : {}),
    criteria: criteria.layout,
    ...(found.history ? { historySheet: found.history.sheet.name } : {}),
    ...(found.pledge ? { pledgeSheet: found.pledge.sheet.name } : {}),
  };
  return { ok, value: { input, layout }, issues };
}

function collect<T>(issues: Issue[], result: Result<T>): T {
  for (const i of result.issues) issues.push(i);
  return result.value;
}

function pickSheet(book: WorkbookGrid, role: SheetRole, name: string | undefined): FoundSheet | null {
  if (name === undefined) return findSheet(book, role);
  const key = headerKey(name);
  const sheet: SheetGrid | undefined = book.sheets.find((s) => headerKey(s.name) === key);
  return sheet ? { sheet, lang: findSheet({ sheets: [sheet] }, role)?.lang ?? 'vi', others: [] } : null;
}
