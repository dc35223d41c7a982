import { hasErrors, type Issue } from '../core/issue.js';
import type { Lang, Settings } from '../core/model.js';
import { formatTieBreakOrder } from '../core/tieBreakers.js';
import { cellAt } from '../grid/_lib/cells.js';
import { findHeaderRow } from '../grid/findHeaderRow.js';
import { findSheet } from '../grid/findSheet.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SETTINGS_COLUMNS, SHEET_NAMES } from '../grid/names.js';
import { parseText } from '../grid/parseText.js';
import { readBloc } from '../grid/readBloc.js';
import { readSettings as readSettingsSheet } from '../grid/readSettings.js';
import { settingWrites } from '../grid/settingWrites.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types.js';
import type { ActionOutcome, EditableSettings, IssueView, SettingsRead } from './actions.js';
import { readCriteria } from '../grid/readCriteria.js';
import { readScores } from '../grid/readScores.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from './_lib/issues.js';
import { readBook } from './_lib/readBook.js';
import { toSheetGrid } from './_lib/cellValues.js';
import { describeBook } from './detect.js';
import { needsTextFormat } from './_lib/textCells.js';

/**
 * Cài đặt: the key settings as the `Cấu hình` sheet holds them (the sheet is the one source of truth), with
 * that sheet's issues. Items left out take the preset's defaults; a missing `Năm` or `Tên khối` is reported
 * but does not stop the other settings from being shown. `settings` is null without a settings sheet.
 */
export async function readSettings(
  host: ExcelHost,
  options: AdapterOptions,
  lang: Lang,
): Promise<SettingsRead> {
  try {
    return await host.run(async (context) => {
      const read = await readBook(context, options.payloadBudget);
      const found = settingsOf(read.grid, lang);
      // The roster, for the leader and deputy pickers (as far as the scores sheet can be read).
      const book = readBloc(read.grid).value;
      const units = book?.input.units.map((u) => u.name) ?? rosterOf(read.grid);
      return { ...found, units, lang: findSheet(read.grid, 'settings')?.lang ?? lang };
    });
  } catch (error) {
    return { settings: null, issues: [toIssueView(failureIssue(error), lang)] };
  }
}

/**
 * Records `changes` in the `Cấu hình` sheet: only those items, in their value cells (a missing item gets a
 * row of its own), in the workbook's language (`settingWrites`). Invalid values are refused before anything
 * is written. The sheet is read back from Excel in the same request and checked with `readBloc`; its issues
 * and the workbook's state (for the header, without reading again) are returned. 3 syncs.
 */
export async function writeSettings(
  host: ExcelHost,
  options: AdapterOptions,
  changes: Partial<EditableSettings>,
  lang: Lang,
): Promise<ActionOutcome & { readonly settings?: SettingsRead }> {
  try {
    return await host.run(async (context) => {
      const read = await readBook(context, options.payloadBudget);
      const found = findSheet(read.grid, 'settings');
      if (!found) return { ok: false, issues: missingSheet(read.grid, lang) };
      const { year, ...rest } = changes;
      const planned = settingWrites(found.sheet, year != null ? { ...rest, year } : rest, found.lang);
      if (hasErrors(planned.issues)) return { ok: false, issues: toIssueViews(planned.issues, lang) };

      const collection = context.workbook.worksheets;
      const sheet = collection.getItem(found.sheet.name);
      for (const w of planned.writes) {
        const cell = sheet.getRangeByIndexes(w.row - 1, w.col - 1, 1, 1);
        if (typeof w.value === 'string' && needsTextFormat(w.value)) cell.numberFormat = [['@']];
        cell.values = [[w.value ?? '']];
      }
      // Read the sheet back as Excel stored it, in the same request as the writes (Excel runs a request's
      // commands in order): 3 syncs in all. Then check it as a ranking run would.
      const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
      await context.sync();
      const again: SheetGrid = used.isNullObject
        ? { name: found.sheet.name, rows: [] }
        : toSheetGrid(found.sheet.name, used.values, used.rowIndex, used.columnIndex);
      const grid: WorkbookGrid = { sheets: read.grid.sheets.map((s) => (s.name === found.sheet.name ? again : s)) };
      const issues = readBloc(grid).issues.filter((i) => i.sheet === found.sheet.name);
      const state = describeBook(read.names, grid, { lang });
      // The form's new state from the same read: the pane does not read the sheet again (3 syncs per Save).
      const after = settingsOf(grid, lang);
      const units = readBloc(grid).value?.input.units.map((u) => u.name) ?? rosterOf(grid);
      return {
        ok: !hasErrors(issues),
        issues: toIssueViews(issues, lang),
        state,
        settings: { ...after, units, lang: found.lang },
      };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)] };
  }
}

/** The editable settings and the settings sheet's issues, from the bloc sheets as grids. */
export function settingsOf(
  grid: WorkbookGrid,
  lang: Lang,
): { readonly settings: EditableSettings | null; readonly issues: readonly IssueView[] } {
  const found = findSheet(grid, 'settings');
  if (!found) return { settings: null, issues: missingSheet(grid, lang) };
  const sheet = found.sheet;
  const read = readSettingsSheet(sheet);
  const settings = read.value.settings ?? readSettingsSheet(withRequiredFilled(sheet, read.value.cells)).value.settings;
  if (!settings) return { settings: null, issues: toIssueViews(read.issues, lang) };
  const tieCell = read.value.cells.tieBreak;
  const tieText = tieCell ? parseText(cellAt(sheet, tieCell.row - 1, tieCell.col - 1)) : null;
  return {
    settings: editable(settings, tieText?.kind === 'value' ? tieText.value : formatTieBreakOrder(settings.tieBreak, found.lang), {
      year: read.value.settings === null && read.issues.some((i) => i.field === 'setting:year'),
      bloc: read.value.settings === null && read.issues.some((i) => i.field === 'setting:bloc'),
    }),
    issues: toIssueViews(read.issues, lang),
  };
}

/** Unit names when the bloc cannot be read whole (e.g. Năm still blank). */
function rosterOf(grid: WorkbookGrid): string[] {
  const criteria = findSheet(grid, 'criteria');
  const scores = findSheet(grid, 'scores');
  if (!criteria || !scores) return [];
  const table = readCriteria(criteria.sheet).value;
  return table.layout ? (readScores(scores.sheet, table.criteria).value?.units.map((u) => u.name) ?? []) : [];
}

function editable(s: Settings, tieBreak: string, blank: { year: boolean; bloc: boolean }): EditableSettings {
  return {
    year: blank.year ? null : s.year,
    bloc: blank.bloc ? '' : s.bloc,
    authority: s.authority,
    place: s.place,
    leader: s.leader ?? '',
    deputy: s.deputy ?? '',
    nextLeader: s.nextLeader ?? '',
    nextDeputy: s.nextDeputy ?? '',
    blocDecision: s.blocDecision ?? '',
    bonusCapPercent: s.bonusCapPercent,
    awardGrade: s.awardGrade,
    provincialFlags: s.provincialFlags,
    certificates: s.certificates,
    nominateGovernmentFlag: s.nominateGovernmentFlag,
    governmentFlagWithProvincial: s.governmentFlagWithProvincial,
    tieBreak,
    bands: { ...s.bands },
    leaderSelection: s.leaderSelection,
  };
}

/**
 * The sheet with a stand-in year and bloc name where those are blank or unreadable, so that the other
 * items can be read (`readSettings` gives no settings without both; their issues are reported anyway).
 */
function withRequiredFilled(sheet: SheetGrid, cells: ReturnType<typeof readSettingsSheet>['value']['cells']): SheetGrid {
  const rows = sheet.rows.map((r) => [...r]) as CellValue[][];
  const header = findHeaderRow(sheet, SETTINGS_COLUMNS, 'item');
  if (!header) return sheet;
  const valueIndex = (rows[header.row - 1] ?? []).findIndex((v) => matchHeader(v, SETTINGS_COLUMNS)?.key === 'value');
  if (valueIndex < 0) return sheet;
  const set = (row: number, col: number, value: CellValue) => {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1]!;
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  };
  const stand = { year: 2000, bloc: '-' } as const;
  for (const key of ['year', 'bloc'] as const) {
    const at = cells[key];
    if (at) set(at.row, at.col, stand[key]);
    else {
      const row = rows.length + 1;
      set(row, header.col, key === 'year' ? 'Năm' : 'Tên khối');
      set(row, valueIndex + 1, stand[key]);
    }
  }
  return { name: sheet.name, rows };
}

function missingSheet(grid: WorkbookGrid, lang: Lang): IssueView[] {
  const names: readonly string[] = [...SHEET_NAMES.settings.vi, ...SHEET_NAMES.settings.en];
  const issues: Issue[] = readBloc(grid).issues.filter(
    (i) => i.code === 'SHEET_MISSING' && names.includes(String(i.params.name)),
  );
  return toIssueViews(issues, lang);
}
