import { issue } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import { ballotSheet } from '../../grid/templateSheets.js';
import type { ActionOutcome } from '../actions.js';
import type { AdapterOptions, ExcelHost } from '../_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from '../_lib/issues.js';
import { writeSheetSpecs } from '../_lib/writeSheetSpec.js';
import { readDossierRun } from './dossierRun.js';

const sameName = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/**
 * Thêm trang Bình bầu: reads the workbook (2 syncs), ranks it, and adds the `Bình bầu` sheet
 * (`ballotSheet`: the candidates in rank order, a vote cell for each form proposed, validation 0..voters)
 * through the SheetSpec writer, then activates it. A workbook that has a ballot sheet already (by any of its
 * names), or a sheet of the new name, is refused: nothing is replaced. With data errors nothing is written.
 * Not part of Hoàn tác (which restores the last ranking's cells, and is left as it was): the clerk deletes
 * the sheet to remove it.
 */
export async function addBallotSheet(
  host: ExcelHost,
  options: AdapterOptions,
  lang: Lang,
): Promise<ActionOutcome & { readonly sheetName: string | null }> {
  try {
    return await host.run(async (context) => {
      const b = await readDossierRun(context, options.payloadBudget, lang);
      const taken = b.ballotSheet ?? b.names.find((n) => sameName(n, b.newBallotSheet));
      if (taken !== undefined) {
        const refused = issue('error', 'BALLOT_SHEET_EXISTS', { sheet: taken }, { sheet: taken });
        return { ok: false, issues: toIssueViews([refused], lang), sheetName: taken };
      }
      const { run } = b;
      if (!run.book || !run.result || !run.dossier || b.issues.some((i) => i.severity === 'error'))
        return { ok: false, issues: toIssueViews(b.issues, lang), sheetName: null };
      const spec = ballotSheet(run.result, { lang: run.book.layout.lang, voters: run.dossier.voters });
      const setup = await writeSheetSpecs(context, [spec], options.payloadBudget);
      const sheet = context.workbook.worksheets.getItem(spec.name);
      sheet.activate();
      // The first vote cell, ready for the first count.
      sheet.getRange('E2').select();
      await context.sync();
      return { ok: true, issues: toIssueViews(setup, lang), sheetName: spec.name };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)], sheetName: null };
  }
}
