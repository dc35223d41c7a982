import type { Lang } from '../core/model.js';
import { cellAt } from '../grid/_lib/cells.js';
import { findSheet } from '../grid/findSheet.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SHEET_NAMES, type SheetRole } from '../grid/names.js';
import { parseNumber } from '../grid/parseNumber.js';
import { parseText } from '../grid/parseText.js';
import { readCriteria } from '../grid/readCriteria.js';
import { readScores } from '../grid/readScores.js';
import { readSettings } from '../grid/readSettings.js';
import type { SheetGrid, WorkbookGrid } from '../grid/types.js';
import type { Checklist, WorkbookState } from './actions.js';
import { rankWorkbook, type RankedWorkbook } from '../grid/rankWorkbook.js';
import type { Criterion, Unit } from '../core/model.js';
import { storedResults } from './_lib/storedResults.js';
import type { Session } from './_lib/session.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { readBook } from './_lib/readBook.js';

/** The roles a new bloc workbook creates: an existing sheet of one of them blocks "Tạo sổ chấm điểm". */
const TEMPLATE_ROLES: readonly SheetRole[] = ['settings', 'criteria', 'scores'];

/** Existing sheets whose names a new bloc workbook would take (any language: two settings sheets would clash). */
export function conflictingSheets(names: readonly string[]): string[] {
  return names.filter((n) => {
    const role = matchHeader(n, SHEET_NAMES)?.key;
    return role !== undefined && TEMPLATE_ROLES.includes(role);
  });
}

/**
 * On open: is this a bloc workbook (DOMAIN.md §4)? It is when it has the three sheets `Cấu hình`,
 * `Tiêu chí` and `Chấm điểm` (or their English names) — even half filled in: the year may still be blank
 * (null) and the roster empty (0 units); the checklist then names every blank at once. When the result
 * columns hold results, they are read back (`stored`): fresh when they are exactly what a ranking of the
 * current data writes, stale otherwise. Otherwise it is not a bloc workbook: `conflicts` lists the sheets
 * that would stop "Tạo sổ chấm điểm" and `missing` the bloc sheets still absent. 2 syncs.
 */
export async function detect(host: ExcelHost, options: AdapterOptions, lang?: Lang, session?: Session): Promise<WorkbookState> {
  return host.run(async (context) => {
    const read = await readBook(context, options.payloadBudget);
    const run = rankWorkbook(read.grid, lang ? { lang } : {});
    if (session) session.results = resultColumnsOf(run);
    return describeBook(read.names, read.grid, { lang, stored: true, run });
  });
}

/** The scores sheet and its result columns, where a ranking writes (for telling BlocRank's own changes apart). */
export function resultColumnsOf(run: RankedWorkbook): Session['results'] {
  const layout = run.book?.layout;
  return layout ? { sheet: layout.scoresSheet, cols: new Set(Object.values(layout.resultColumns)) } : null;
}

export interface DescribeOptions {
  /** The pane's language, for explanations of stored results (default: the workbook's). */
  readonly lang?: Lang | undefined;
  /** Read back the results in the result columns. */
  readonly stored?: boolean;
  /** A ranking of `grid` made already (the rank action passes its own, so nothing is ranked twice). */
  readonly run?: RankedWorkbook;
}

/** The state of a workbook from its sheet names and its bloc sheets as grids. */
export function describeBook(names: readonly string[], grid: WorkbookGrid, options: DescribeOptions = {}): WorkbookState {
  const settings = findSheet(grid, 'settings');
  const criteria = findSheet(grid, 'criteria');
  const scores = findSheet(grid, 'scores');
  if (!settings || !criteria || !scores) {
    const found = settings ?? criteria ?? scores;
    const missing = found
      ? TEMPLATE_ROLES.filter((role) => !findSheet(grid, role)).map((role) => SHEET_NAMES[role][found.lang][0]!)
      : [];
    return { kind: 'notBloc', conflicts: conflictingSheets(names), missing };
  }

  const run = options.run ?? rankWorkbook(grid, options.lang ? { lang: options.lang } : {});
  const book = run.book;
  let lang: Lang;
  let bloc: string;
  let year: number | null;
  let units: number;
  let blankScores: number;
  if (book) {
    const s = book.input.settings;
    lang = book.layout.lang;
    bloc = s.bloc;
    year = s.year;
    units = book.input.units.length;
    blankScores = countBlankScores(book.input.units, book.input.criteria);
  } else {
    lang = scores.lang;
    ({ year, bloc } = yearAndBloc(settings.sheet));
    const table = readCriteria(criteria.sheet).value;
    const roster = table.layout ? readScores(scores.sheet, table.criteria).value : null;
    units = roster?.units.length ?? 0;
    blankScores = roster ? countBlankScores(roster.units, table.criteria) : 0;
  }
  const checklist: Checklist = {
    year: year !== null,
    bloc: bloc.trim() !== '',
    units: units > 0,
    scores: units > 0 && blankScores === 0,
    blankScores,
  };
  const stored = options.stored ? storedResults(run, scores.sheet) : null;
  return { kind: 'bloc', lang, bloc, year, units, checklist, stored };
}

/** Blank cells of Score criteria (bonus and penalty may be blank). */
function countBlankScores(units: readonly Unit[], criteria: readonly Criterion[]): number {
  let n = 0;
  for (const u of units)
    criteria.forEach((c, i) => {
      if (c.kind === 'score' && (u.points[i] ?? null) === null) n++;
    });
  return n;
}

/** `Năm` and `Tên khối` as far as they can be read (readSettings gives no settings without both). */
function yearAndBloc(sheet: SheetGrid): { year: number | null; bloc: string } {
  const cells = readSettings(sheet).value.cells;
  const at = (key: 'year' | 'bloc') => {
    const c = cells[key];
    return c ? cellAt(sheet, c.row - 1, c.col - 1) : null;
  };
  const y = parseNumber(at('year'));
  const year = y.kind === 'value' && Number.isInteger(y.value) && y.value >= 1900 && y.value <= 2999 ? y.value : null;
  const b = parseText(at('bloc'));
  return { year, bloc: b.kind === 'value' ? b.value : '' };
}
