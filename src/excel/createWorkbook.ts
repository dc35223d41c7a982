import { issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SHEET_NAMES } from '../grid/names.js';
import { templateSheets } from '../grid/templateSheets.js';
import type { ActionOutcome } from './actions.js';
import { conflictingSheets } from './detect.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, quoteNames, toIssueView, toIssueViews } from './_lib/issues.js';
import { writeSheetSpecs } from './_lib/writeSheetSpec.js';

/**
 * Tạo sổ chấm điểm: adds `Cấu hình`, `Tiêu chí` and `Chấm điểm` (English names with `lang` `en`) from the
 * preset, `Năm` filled with `year` (the pane passes the current year), with `units` empty numbered rows, data validation 0..max on the score cells and frozen headers
 * (`templateSheets`, written like the CLI's `blocrank template`). Existing sheets are never touched: when
 * the workbook has a sheet of one of those roles (in either language) nothing is added and the issue names
 * them — unless `missingOnly` ("Thêm các trang còn thiếu"), which adds only the roles the workbook lacks, in
 * the language of the sheets it has. Afterwards the settings sheet is active with `Năm` selected, the first thing to fill in.
 */
export async function createWorkbook(
  host: ExcelHost,
  options: AdapterOptions,
  request: { readonly lang: Lang; readonly units: number; readonly year?: number; readonly missingOnly?: boolean },
  lang: Lang,
): Promise<ActionOutcome> {
  try {
    return await host.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      const names = collection.items.map((s) => s.name);
      const conflicts = conflictingSheets(names);
      // "Thêm các trang còn thiếu": only the roles the workbook lacks, in the language of those it has.
      const have = new Map(conflicts.map((n) => [matchHeader(n, SHEET_NAMES)!.key, matchHeader(n, SHEET_NAMES)!.lang]));
      const sheetLang = request.missingOnly ? ([...have.values()][0] ?? request.lang) : request.lang;
      if (conflicts.length > 0 && !request.missingOnly) {
        const i = issue('error', 'EXCEL_SHEETS_EXIST', { sheets: quoteNames(conflicts), count: conflicts.length });
        return { ok: false, issues: [toIssueView(i, lang)] };
      }
      const all = templateSheets({ lang: sheetLang, units: request.units, ...(request.year !== undefined ? { year: request.year } : {}) });
      const specs = all.filter((spec) => !have.has(matchHeader(spec.name, SHEET_NAMES)!.key));
      if (specs.length === 0) return { ok: true, issues: [] };
      // The first sheet added is shown with its first cell to fill selected (Tên khối, or Năm when no year was given).
      const settingsFirst = matchHeader(specs[0]!.name, SHEET_NAMES)?.key === 'settings';
      const cell = settingsFirst ? (request.year !== undefined ? 'B3' : 'B2') : 'A1';
      const issues = await writeSheetSpecs(context, specs, options.payloadBudget, { show: { sheet: specs[0]!.name, cell } });
      return { ok: true, issues: toIssueViews(issues, lang) };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)] };
  }
}
