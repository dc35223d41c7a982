import type { Lang } from '../core/model.js';
import { cellAt } from '../grid/_lib/cells.js';
import { findSheet } from '../grid/findSheet.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SHEET_NAMES, type SheetRole } from '../grid/names.js';
import { parseNumber } from '../grid/parseNumber.js';
import { parseText } from '../grid/parseText.js';
import { readBloc } from '../grid/readBloc.js';
import { readCriteria } from '../grid/readCriteria.js';
import { readScores } from '../grid/readScores.js';
import { readSettings } from '../grid/readSettings.js';
import type { SheetGrid, WorkbookGrid } from '../grid/types.js';
import type { WorkbookState } from './actions.js';
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
 * (null) and the roster empty (0 units), which the ranking then reports cell by cell. Otherwise it is not,
 * and `conflicts` lists the sheets that would stop "Tạo sổ chấm điểm". Reads the bloc's sheets in 2 syncs.
 */
export async function detect(host: ExcelHost, options: AdapterOptions): Promise<WorkbookState> {
  return host.run(async (context) => {
    const read = await readBook(context, options.payloadBudget);
    return describeBook(read.names, read.grid);
  });
}

/** The state of a workbook from its sheet names and its bloc sheets as grids. */
export function describeBook(names: readonly string[], grid: WorkbookGrid): WorkbookState {
  const settings = findSheet(grid, 'settings');
  const criteria = findSheet(grid, 'criteria');
  const scores = findSheet(grid, 'scores');
  if (!settings || !criteria || !scores) return { kind: 'notBloc', conflicts: conflictingSheets(names) };

  const book = readBloc(grid).value;
  if (book) {
    const s = book.input.settings;
    return { kind: 'bloc', lang: book.layout.lang, bloc: s.bloc, year: s.year, units: book.input.units.length };
  }
  const lang: Lang = scores.lang;
  const { year, bloc } = yearAndBloc(settings.sheet);
  const table = readCriteria(criteria.sheet).value;
  const units = table.layout ? (readScores(scores.sheet, table.criteria).value?.units.length ?? 0) : 0;
  return { kind: 'bloc', lang, bloc, year, units };
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
