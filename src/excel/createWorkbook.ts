import { issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { templateSheets } from '../grid/templateSheets.js';
import type { ActionOutcome } from './actions.js';
import { conflictingSheets } from './detect.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, quoteNames, toIssueView, toIssueViews } from './_lib/issues.js';
import { writeSheetSpecs } from './_lib/writeSheetSpec.js';

/**
 * Tạo sổ chấm điểm: adds `Cấu hình`, `Tiêu chí` and `Chấm điểm` (English names with `lang` `en`) from the
 * preset, with `units` empty numbered rows, data validation 0..max on the score cells and frozen headers
 * (`templateSheets`, written like the CLI's `blocrank template`). Existing sheets are never touched: when
 * the workbook has a sheet of one of those roles (in either language) nothing is added and the issue names
 * them. Afterwards the settings sheet is active with `Năm` selected, the first thing to fill in.
 */
export async function createWorkbook(
  host: ExcelHost,
  options: AdapterOptions,
  request: { readonly lang: Lang; readonly units: number },
  lang: Lang,
): Promise<ActionOutcome> {
  try {
    return await host.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      const conflicts = conflictingSheets(collection.items.map((s) => s.name));
      if (conflicts.length > 0) {
        const i = issue('error', 'EXCEL_SHEETS_EXIST', { sheets: quoteNames(conflicts), count: conflicts.length });
        return { ok: false, issues: [toIssueView(i, lang)] };
      }
      const specs = templateSheets({ lang: request.lang, units: request.units });
      const issues = await writeSheetSpecs(context, specs, options.payloadBudget);
      const settings = collection.getItem(specs[0]!.name);
      settings.activate();
      settings.getRange('B2').select();
      await context.sync();
      return { ok: true, issues: toIssueViews(issues, lang) };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)] };
  }
}
