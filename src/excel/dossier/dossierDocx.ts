import { issue } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import type { ActionOutcome } from '../actions.js';
import type { AdapterOptions, ExcelHost } from '../_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from '../_lib/issues.js';
import { readDossierRun, type DossierBuild } from './dossierRun.js';

/** One document of a dossier build, by its file name, as .docx bytes (no bytes with data errors). */
export async function dossierDocxOf(
  b: DossierBuild,
  fileName: string,
  lang: Lang,
): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }> {
  if (!b.facts || b.issues.some((i) => i.severity === 'error'))
    return { ok: false, issues: toIssueViews(b.issues, lang), bytes: null, fileName };
  const { dossierDocuments, packDossierDocument } = await import('../../docx/dossier/packDossier.js');
  const doc = dossierDocuments(b.facts).find((d) => d.fileName === fileName);
  if (!doc) {
    const gone = issue('error', 'EXCEL_DOSSIER_DOCUMENT_GONE', { file: fileName });
    return { ok: false, issues: toIssueViews([...b.issues, gone], lang), bytes: null, fileName };
  }
  const bytes = await packDossierDocument(doc, b.facts.input.settings.year);
  return { ok: true, issues: toIssueViews(b.issues, lang), bytes, fileName };
}

/**
 * One document of the dossier as .docx bytes: the workbook read again (2 syncs, so the document matches
 * the sheets as they are now), the documents listed by `dossierDocuments` and the one named `fileName`
 * packed by `packDossierDocument` — the functions `blocrank dossier` uses, so the bytes are the CLI's for
 * the same workbook. With data errors, or a file name the dossier no longer has, no bytes.
 */
export async function dossierDocx(
  host: ExcelHost,
  options: AdapterOptions,
  request: { readonly fileName: string },
  lang: Lang,
): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }> {
  const { fileName } = request;
  try {
    return await dossierDocxOf(
      await host.run((context) => readDossierRun(context, options.payloadBudget, lang)),
      fileName,
      lang,
    );
  } catch (error) {
    return { ok: false, issues: [toIssueView(failureIssue(error), lang)], bytes: null, fileName };
  }
}
