import type { DossierMeeting } from '../../core/dossierMeeting.js';
import type { BallotOutcome, Proposal } from '../../core/applyBallot.js';
import { foldText } from '../../core/foldText.js';
import { formatNumber } from '../../core/format.js';
import { AWARD_NAMES } from '../../core/labels.js';
import { issue, type Issue } from '../../core/issue.js';
import { documentsInForce, reviewDate, unverifiedInForce } from '../../core/legal.js';
import type { AwardCode, BlocInput, Unit } from '../../core/model.js';
import { blocPhrase, DEFAULT_RECIPIENTS } from '../../core/pledge/buildPledge.js';
import type { BlocResult, UnitResult } from '../../core/result.js';
import type { NextLeaders } from '../../core/rotateLeaders.js';

export type { DossierMeeting } from '../../core/dossierMeeting.js';

/** Everything the three documents are written from: one workbook, one ranking, one ballot. */
export interface DossierFacts {
  readonly input: BlocInput;
  readonly result: BlocResult;
  readonly ballot: BallotOutcome;
  /** Next year's leader and deputy (rotation, election or override), or null when they cannot be named. */
  readonly next: NextLeaders | null;
  readonly meeting: DossierMeeting;
}

/** Award order in documents: the Government flag, the provincial flag, the certificate. */
export const AWARD_ORDER: readonly AwardCode[] = ['CO_CHINH_PHU', 'CO_UBND_TINH', 'BANG_KHEN_UBND_TINH'];

/** An award's full name in curly quotes, as official texts write it. */
export function quotedAward(award: AwardCode): string {
  return `“${AWARD_NAMES[award].vi}”`;
}

/** The bloc in running text ("Khối thi đua …"), as the pledge names it. */
export function blocName(facts: DossierFacts): string {
  return blocPhrase(facts.input.settings.bloc);
}

/** Points as documents print them: decimal comma, at most 2 decimals (the ranking's display rule). */
export function points(value: number): string {
  return formatNumber(value, 'vi', 2);
}

/** A non-breaking space: "80 %" never breaks between the number and its sign. */
export const NBSP = '\u00a0';

/** A share as a percentage with one decimal ("88,9 %", with a non-breaking space). */
export function percent(share: number): string {
  return `${formatNumber(share * 100, 'vi', 1)}${NBSP}%`;
}

/**
 * The proposals the bloc sends up: passed, or pending a count (no ballot sheet, a blank cell). Failed
 * proposals are not made; tied units at a quota boundary still undecided are left to the bloc (the minutes
 * say so) and are not proposed.
 */
export function proposalsToSend(ballot: BallotOutcome): Proposal[] {
  return ballot.proposals.filter((p) => p.status === 'passed' || (p.status === 'pending' && p.tie === null));
}

/** The units with at least one proposal sent up, in rank order (one achievement report each). */
export function proposedUnits(facts: DossierFacts): { unit: UnitResult; awards: AwardCode[]; proposals: Proposal[] }[] {
  const byUnit = new Map<number, Proposal[]>();
  for (const p of proposalsToSend(facts.ballot)) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
  return rankOrder(facts.result)
    .filter((u) => byUnit.has(u.index))
    .map((u) => {
      const proposals = byUnit.get(u.index)!;
      return { unit: u, proposals, awards: AWARD_ORDER.filter((a) => proposals.some((p) => p.award === a)) };
    });
}

/** Units by rank, then roster order for equal ranks (ties are shown as ties, never broken here). */
export function rankOrder(result: BlocResult): UnitResult[] {
  return [...result.units].sort((a, b) => a.rank - b.rank || a.index - b.index);
}

/** A unit of the roster by the name a setting gives (matching ignores case and diacritics), or null. */
export function unitNamed(input: BlocInput, name: string | null): Unit | null {
  if (!name) return null;
  const key = foldText(name);
  return input.units.find((u) => foldText(u.name) === key) ?? null;
}

/** `Nơi nhận` of the workbook, else the defaults (the council through Sở Nội vụ, the members, the archive). */
export function recipientsOf(input: BlocInput): readonly string[] {
  const list = input.settings.recipients;
  return list && list.length > 0 ? list : DEFAULT_RECIPIENTS;
}

/** The "Căn cứ" lines of the documents in force for the review of `year`, verified ones only (as the pledge). */
export function basisLines(year: number): string[] {
  return documentsInForce(reviewDate(year))
    .filter((doc) => doc.verified)
    .map((doc) => `Căn cứ ${doc.basis};`);
}

/** The decree whose appendix holds the collective achievement report's form for the review of `year`. */
export function reportDecree(year: number): string | null {
  const decrees = documentsInForce(reviewDate(year)).filter((doc) => doc.verified && doc.kind === 'decree');
  return decrees.at(-1)?.short.vi ?? null;
}

/** A file-name slug without diacritics: "Sở Tư pháp" → "so-tu-phap". */
export function slug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'don-vi'
  );
}

/** A unit name as a clerk typed it, normalised for print. */
export function nameOf(unit: { readonly name: string }): string {
  return unit.name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * What the documents leave to the clerk, as warnings: a document in force whose text has not been seen (never
 * cited) and a missing decision on the blocs (a dotted line in the submission's căn cứ).
 *
 * @example dossierIssues(facts).map((i) => i.code) // ['DOSSIER_DECISION_MISSING']
 */
export function dossierIssues(facts: DossierFacts): Issue[] {
  const { settings } = facts.input;
  const issues = unverifiedInForce(settings.year).map((doc) =>
    issue('warning', 'DOSSIER_BASIS_UNVERIFIED', { document: doc.short.vi, documentEn: doc.short.en }),
  );
  if (!(settings.blocDecision ?? '').trim())
    issues.push(issue('warning', 'DOSSIER_DECISION_MISSING', {}, { field: 'setting:blocDecision' }));
  return issues;
}
