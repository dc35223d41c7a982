import type { Issue } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import { dossierIssues, type DossierFacts } from '../../docx/dossier/dossierFacts.js';
import { dossierWorkbook, type DossierWorkbookRun } from '../../grid/dossierWorkbook.js';
import { findSheet } from '../../grid/findSheet.js';
import { mergeIssues } from '../../grid/mergeIssues.js';
import { SHEET_NAMES } from '../../grid/names.js';
import type { WorkbookGrid } from '../../grid/types.js';
import { readBook } from '../_lib/readBook.js';

/** The dossier's data as one action reads it from the workbook. */
export interface DossierBuild {
  readonly run: DossierWorkbookRun;
  /** What the documents are written from; null with any data error. */
  readonly facts: DossierFacts | null;
  /** The run's issues, then the documents' own warnings (as `blocrank dossier` reports them). */
  readonly issues: readonly Issue[];
  /** Every sheet name, in tab order. */
  readonly names: readonly string[];
  /** The ballot sheet's name when the workbook has one. */
  readonly ballotSheet: string | null;
  /** The name a new ballot sheet takes, in the workbook's language. */
  readonly newBallotSheet: string;
}

/**
 * Runs the pipeline of `blocrank dossier` on a workbook's grid (`dossierWorkbook`, then the facts of the
 * documents): the pane, the web page and the CLI give the same proposals and the same documents. Pure: the
 * Office read is `readDossierRun`; the web page's file host calls this directly.
 */
export function buildDossier(grid: WorkbookGrid, names: readonly string[], lang: Lang): DossierBuild {
  const run = dossierWorkbook(grid, { lang });
  const bookLang: Lang = run.book?.layout.lang ?? 'vi';
  const ballotSheet = findSheet(grid, 'ballot')?.sheet.name ?? null;
  const base = { run, names, ballotSheet, newBallotSheet: SHEET_NAMES.ballot[bookLang][0] };
  if (!run.book || !run.result || !run.ballot || !run.dossier) return { ...base, facts: null, issues: run.issues };
  const facts: DossierFacts = {
    input: run.book.input,
    result: run.result,
    ballot: run.ballot,
    next: run.next,
    meeting: run.dossier,
  };
  return { ...base, facts, issues: [...run.issues, ...mergeIssues([], dossierIssues(facts), run.book.layout)] };
}

/** Reads the bloc's sheets with the ranking's read path (`readBook`: 2 syncs, `Bình bầu` among them), then `buildDossier`. */
export async function readDossierRun(context: Excel.RequestContext, budget: number, lang: Lang): Promise<DossierBuild> {
  const read = await readBook(context, budget);
  return buildDossier(read.grid, read.names, lang);
}
