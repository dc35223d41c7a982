import { issue } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import { ballotSheet } from '../../grid/templateSheets.js';
import type { ActionOutcome, IssueView } from '../actions.js';
import type { AdapterOptions, ExcelHost } from '../_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from '../_lib/issues.js';
import { writeSheetSpecs } from '../_lib/writeSheetSpec.js';
import type { SheetSpec } from '../../grid/sheetSpec.js';
import { readDossierRun, type DossierBuild } from './dossierRun.js';

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
      const planned = ballotSheetOf(await readDossierRun(context, options.payloadBudget, lang), lang);
      if (!planned.spec) return { ok: false, issues: planned.issues, sheetName: planned.sheetName };
      const { spec } = planned;
      // Shown with the first vote cell selected, ready for the first count.
      const setup = await writeSheetSpecs(context, [spec], options.payloadBudget, { show: { sheet: spec.name, cell: 'E2' } });
      return { ok: true, issues: toIssueViews(setup, lang), sheetName: spec.name };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)], sheetName: null };
  }
}

/**
 * The `Bình bầu` sheet a dossier build asks for (`ballotSheet`: the candidates in rank order, a vote cell for
 * each form proposed), or why none is added: a ballot sheet (or a sheet of the new name) exists — never
 * replaced — or the workbook has data errors.
 */
export function ballotSheetOf(
  b: DossierBuild,
  lang: Lang,
): { readonly spec: SheetSpec | null; readonly issues: IssueView[]; readonly sheetName: string | null } {
  const taken = b.ballotSheet ?? b.names.find((n) => sameName(n, b.newBallotSheet));
  if (taken !== undefined) {
    const refused = issue('error', 'BALLOT_SHEET_EXISTS', { sheet: taken }, { sheet: taken });
    return { spec: null, issues: toIssueViews([refused], lang), sheetName: taken };
  }
  const { run } = b;
  if (!run.book || !run.result || !run.dossier || b.issues.some((i) => i.severity === 'error'))
    return { spec: null, issues: toIssueViews(b.issues, lang), sheetName: null };
  return {
    spec: ballotSheet(run.result, { lang: run.book.layout.lang, voters: run.dossier.voters }),
    issues: [],
    sheetName: null,
  };
}
