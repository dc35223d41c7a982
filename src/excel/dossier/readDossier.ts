import { hasErrors } from '../../core/issue.js';
import type { Lang } from '../../core/model.js';
import type { DossierRead, IssueView, ProposalView } from '../actions.js';
import type { AdapterOptions, ExcelHost } from '../_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from '../_lib/issues.js';
import { readDossierRun, type DossierBuild } from './dossierRun.js';

/** The Hồ sơ tab's view of a dossier build (the proposals after the vote, the documents it would write). */
export async function dossierReadOf(b: DossierBuild, lang: Lang): Promise<DossierRead> {
  const { run, facts } = b;
  const ok = facts !== null && !hasErrors(b.issues);
  const ranks = run.result?.units.map((u) => u.rank) ?? [];
  const proposals: ProposalView[] = (run.ballot?.proposals ?? []).map((p) => ({
    index: p.unit,
    unit: p.name,
    rank: ranks[p.unit] ?? 0,
    award: p.award,
    votes: p.votes,
    voters: p.voters,
    approval: p.approval,
    status: p.status,
    tie: p.tie !== null,
  }));
  // The document builders are large and only this tab needs them: fetched on demand.
  const documents = ok
    ? (await import('../../docx/dossier/packDossier.js')).dossierDocuments(facts).map((d) => ({
        kind: d.kind,
        fileName: d.fileName,
        ...(d.unit !== undefined ? { unit: run.result!.units[d.unit]!.name } : {}),
      }))
    : [];
  return {
    ok,
    year: run.book?.input.settings.year ?? null,
    ballotSheet: b.ballotSheet,
    newBallotSheet: b.newBallotSheet,
    voters: run.ballot?.voters ?? run.dossier?.voters ?? null,
    thresholdPercent: run.ballot?.thresholdPercent ?? run.dossier?.thresholdPercent ?? null,
    proposals,
    documents,
    issues: toIssueViews(b.issues, lang),
  };
}

/**
 * Hồ sơ: the proposals after the vote and the documents of the dossier, in one `Excel.run` of 2 syncs
 * (the ranking's read). Without a `Bình bầu` sheet every proposal is the ranking's, pending. Nothing is
 * written. The document list comes from the same function that writes them (`dossierDocuments`), so the
 * file names are the CLI's.
 */
export async function readDossier(host: ExcelHost, options: AdapterOptions, lang: Lang): Promise<DossierRead> {
  try {
    return await dossierReadOf(await host.run((context) => readDossierRun(context, options.payloadBudget, lang)), lang);
  } catch (error) {
    return noDossier([toIssueView(failureIssue(error), lang)]);
  }
}

/** The Hồ sơ view when the dossier cannot be read at all: only why. */
export function noDossier(issues: IssueView[]): DossierRead {
  return {
    ok: false,
    year: null,
    ballotSheet: null,
    newBallotSheet: 'Bình bầu',
    voters: null,
    thresholdPercent: null,
    proposals: [],
    documents: [],
    issues,
  };
}
