import { hasErrors, issue, type Issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { buildPledge } from '../core/pledge/buildPledge.js';
import { pledgeSummary } from '../core/pledge/pledgeSummary.js';
import type { PledgeDocument } from '../core/pledge/types.js';
import { rankBloc } from '../core/rankBloc.js';
import { locateIssue } from '../grid/locateIssue.js';
import { pledgeSheet } from '../grid/pledgeSheet.js';
import { readBloc } from '../grid/readBloc.js';
import type { WorkbookGrid } from '../grid/types.js';
import type { ActionOutcome, IssueView, PledgePreview } from './actions.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from './_lib/issues.js';
import { readBook } from './_lib/readBook.js';
import { writeSheetSpecs } from './_lib/writeSheetSpec.js';

/** Next year's pledge built from the workbook: the model (null with errors), its summary and issues. */
interface PledgeBuild {
  readonly model: PledgeDocument | null;
  readonly year: number | null;
  readonly leader: string | null;
  readonly deputy: string | null;
  readonly signatories: readonly string[];
  readonly commitments: readonly string[];
  readonly issues: readonly Issue[];
}

/**
 * The pledge for N+1 from the bloc's sheets: `buildPledge` on what `readBloc` read and this year's ranking
 * (used when the leader is elected; null while the scores have errors), each issue located at its cell.
 * Leader and deputy problems are errors here (DOMAIN.md §6).
 */
export function buildFromGrid(grid: WorkbookGrid, lang: Lang): PledgeBuild {
  const read = readBloc(grid);
  const book = read.value;
  if (!book)
    return {
      model: null,
      year: null,
      leader: null,
      deputy: null,
      signatories: [],
      commitments: [],
      issues: read.issues,
    };
  const ranking = rankBloc(book.input, { lang }).value;
  const built = buildPledge(book.input, ranking);
  const summary = pledgeSummary(built, book.input);
  return { ...summary, model: built.value, issues: summary.issues.map((i) => locateIssue(i, book.layout)) };
}

/** `Giao ước N+1`, the sheet the pledge is written to. */
const sheetNameOf = (year: number | null): string | null => (year === null ? null : `Giao ước ${year}`);

const sameName = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/** The preview of a pledge built from the workbook's grid (`names`: every sheet, to say whether the target exists). */
export function pledgePreviewOf(
  b: ReturnType<typeof buildFromGrid>,
  names: readonly string[],
  lang: Lang,
): PledgePreview {
  const sheetName = b.model ? pledgeSheet(b.model).name : sheetNameOf(b.year);
  return {
    ok: b.model !== null && !hasErrors(b.issues),
    year: b.year,
    leader: b.leader,
    deputy: b.deputy,
    signatories: b.signatories,
    commitments: b.commitments,
    sheetName,
    sheetExists: sheetName !== null && names.some((n) => sameName(n, sheetName)),
    issues: toIssueViews(b.issues, lang),
  };
}

/** The preview when the pledge cannot be read at all: only why. */
export function noPledgePreview(issues: IssueView[]): PledgePreview {
  return {
    ok: false,
    year: null,
    leader: null,
    deputy: null,
    signatories: [],
    commitments: [],
    sheetName: null,
    sheetExists: false,
    issues,
  };
}

/** Giao ước năm N+1, preview: next year's leader, deputy, signing order and commitments, and the target sheet. */
export async function previewPledge(host: ExcelHost, options: AdapterOptions, lang: Lang): Promise<PledgePreview> {
  try {
    return await host.run(async (context) => {
      const read = await readBook(context, options.payloadBudget);
      return pledgePreviewOf(buildFromGrid(read.grid, lang), read.names, lang);
    });
  } catch (error) {
    return noPledgePreview([toIssueView(failureIssue(error), lang)]);
  }
}

/**
 * Writes the pledge sheet `Giao ước N+1` through the worksheet renderer (`pledgeSheet`: A4 portrait, the
 * .docx's text and emphasis). An existing sheet of that name is replaced only with `replace`; otherwise
 * nothing is written and the issue says so. The new sheet is activated.
 */
export async function writePledgeSheet(
  host: ExcelHost,
  options: AdapterOptions,
  request: { readonly replace: boolean },
  lang: Lang,
): Promise<ActionOutcome & { readonly sheetName: string | null }> {
  try {
    return await host.run(async (context) => {
      const read = await readBook(context, options.payloadBudget);
      const b = buildFromGrid(read.grid, lang);
      if (!b.model || hasErrors(b.issues))
        return { ok: false, issues: toIssueViews(b.issues, lang), sheetName: sheetNameOf(b.year) };
      const spec = pledgeSheet(b.model);
      const existing = read.names.find((n) => sameName(n, spec.name));
      if (existing !== undefined && !request.replace) {
        const i = issue('error', 'EXCEL_SHEET_EXISTS', { sheet: existing }, { sheet: existing });
        return { ok: false, issues: toIssueViews([...b.issues, i], lang), sheetName: spec.name };
      }
      const collection = context.workbook.worksheets;
      if (existing !== undefined) {
        // Excel keeps at least one sheet: the pledge's own replacement never leaves the workbook empty,
        // since the bloc's sheets are there.
        collection.getItem(existing).delete();
      }
      const setup = await writeSheetSpecs(context, [spec], options.payloadBudget, { show: { sheet: spec.name, cell: 'A1' } });
      return { ok: true, issues: toIssueViews([...b.issues, ...setup], lang), sheetName: spec.name };
    });
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)], sheetName: null };
  }
}

/** The pledge as .docx bytes (`packPledgeDocx`) and its file name `giao-uoc-<N+1>.docx`. */
export async function pledgeDocx(
  host: ExcelHost,
  options: AdapterOptions,
  lang: Lang,
): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }> {
  try {
    const b = await host.run(async (context) =>
      buildFromGrid((await readBook(context, options.payloadBudget)).grid, lang),
    );
    const fileName = b.year === null ? 'giao-uoc.docx' : `giao-uoc-${b.year}.docx`;
    if (!b.model || hasErrors(b.issues))
      return { ok: false, issues: toIssueViews(b.issues, lang), bytes: null, fileName };
    // The docx renderer is large and only this action needs it: fetched on demand, not at start-up.
    const { packPledgeDocx } = await import('../docx/packPledgeDocx.js');
    const bytes = await packPledgeDocx(b.model);
    return { ok: true, issues: toIssueViews(b.issues, lang), bytes, fileName };
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)], bytes: null, fileName: 'giao-uoc.docx' };
  }
}
