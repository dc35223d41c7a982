import { issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { BAC_NINH_2018, exampleSheets, THAM_MUU_2025 } from '../grid/examples.js';
import type { ActionOutcome } from './actions.js';
import { conflictingSheets } from './detect.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, quoteNames, toIssueView, toIssueViews } from './_lib/issues.js';
import { writeSheetSpecs } from './_lib/writeSheetSpec.js';

/**
 * Mở ví dụ: adds a bundled example bloc to the open workbook as new sheets — the Bắc Ninh 2018 example
 * (Vietnamese sheets) or, with `sheetLang` `en`, the Tham mưu - Tổng hợp 2025 example (English sheets) —
 * exactly as `npm run examples` writes them (`exampleSheets`). Existing sheets are never touched: a workbook
 * that has a bloc sheet of those roles, or a sheet of the same name, gets nothing and an issue naming them.
 * The scores sheet is active afterwards, ready to rank.
 */
export async function openExample(
  host: ExcelHost,
  options: AdapterOptions,
  sheetLang: Lang,
  lang: Lang,
): Promise<ActionOutcome> {
  try {
    return await host.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      const names = collection.items.map((s) => s.name);
      const specs = exampleSheets(sheetLang === 'en' ? THAM_MUU_2025 : BAC_NINH_2018);
      const taken = names.filter((n) => specs.some((s) => s.name.toLocaleUpperCase() === n.toLocaleUpperCase()));
      const conflicts = [...new Set([...conflictingSheets(names), ...taken])];
      if (conflicts.length > 0) {
        const i = issue('error', 'EXCEL_SHEETS_EXIST', { sheets: quoteNames(conflicts), count: conflicts.length });
        return { ok: false, issues: [toIssueView(i, lang)] };
      }
      const issues = await writeSheetSpecs(context, specs, options.payloadBudget, { show: { sheet: specs[2]!.name } });
      return { ok: true, issues: toIssueViews(issues, lang) };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)] };
  }
}
