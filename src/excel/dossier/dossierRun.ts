import type { Issue } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import { dossierIssues, type DossierFacts } from '../../docx/dossier/dossierFacts.js';
import { dossierWorkbook, type DossierWorkbookRun } from '../../grid/dossierWorkbook.js';
import { findSheet } from '../../grid/findSheet.js';
import { mergeIssues } from '../../grid/mergeIssues.js';
import { SHEET_NAMES } from '../../grid/names.js';
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
 * Reads the bloc's sheets with the ranking's read path (`readBook`: 2 syncs, the `Bình bầu` sheet among
 * them) and runs the pipeline of `blocrank dossier` on them (`dossierWorkbook`, then the facts of the
 * documents): the pane and the CLI give the same proposals and the same documents for the same workbook.
 */
export async function readDossierRun(context: Excel.RequestContext, budget: number, lang: Lang): Promise<DossierBuild> {
  const read = await readBook(context, budget);
  const run = dossierWorkbook(read.grid, { lang });
  const bookLang: Lang = run.book?.layout.lang ?? 'vi';
  const ballotSheet = findSheet(read.grid, 'ballot')?.sheet.name ?? null;
  const base = { run, names: read.names, ballotSheet, newBallotSheet: SHEET_NAMES.ballot[bookLang][0] };
  if (!run.book || !run.result || !run.ballot || !run.dossier) return { ...base, facts: null, issues: run.issues };
  const facts: DossierFacts = { input: run.book.input, result: run.result, ballot: run.ballot, next: run.next, meeting: run.dossier };
  return { ...base, facts, issues: [...run.issues, ...mergeIssues([], dossierIssues(facts), run.book.layout)] };
}
