import type { BallotOutcome, Proposal } from './applyBallot.js';
import { MESSAGES, type IssueCode } from './messages.js';
import type { Lang } from './model.js';

const LINE_OF: Readonly<Record<Proposal['reason'], IssueCode | null>> = {
  approved: 'BALLOT_LINE_PASSED',
  belowThreshold: 'BALLOT_LINE_FAILED',
  // Without a ballot sheet the minutes leave the vote lines to fill in: nothing to say yet.
  noBallot: null,
  notVoted: 'BALLOT_LINE_PENDING',
  provincialFlagFailed: 'BALLOT_LINE_PROVINCIAL_FAILED',
  provincialFlagPending: 'BALLOT_LINE_PROVINCIAL_PENDING',
  tieWon: 'BALLOT_LINE_TIE_WON',
  tieLost: 'BALLOT_LINE_TIE_LOST',
  tieOpen: 'BALLOT_LINE_TIE_OPEN',
};

/**
 * The sentence of one proposal's ballot outcome in `lang` (from the message catalogue), or null when
 * there is nothing to say yet (no ballot sheet).
 *
 * @example explainProposal({ award: 'CO_UBND_TINH', votes: 6, voters: 9, status: 'failed', reason: 'belowThreshold', … }, 80, 'vi')
 * // 'Không đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”: không đạt tỷ lệ phiếu: 6/9 phiếu, 66,7 % (cần 80 %, theo quy định của Khối).'
 */
export function explainProposal(proposal: Proposal, thresholdPercent: number, lang: Lang): string | null {
  const code = LINE_OF[proposal.reason];
  if (!code) return null;
  // A tied candidate left open without a count of its own reads as not voted yet.
  const params = {
    award: proposal.award,
    votes: proposal.votes ?? 0,
    voters: proposal.voters,
    threshold: thresholdPercent,
    count: proposal.tie?.members.length ?? 1,
    slots: proposal.tie?.slots ?? 1,
  };
  return MESSAGES[code][lang](params as never);
}

/**
 * The ballot lines of one unit (by index), in the order of its proposals; empty for a unit the ballot
 * does not concern or without a ballot sheet.
 *
 * @example explainBallot(outcome, 0, 'vi') // ['Kết quả bỏ phiếu kín đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”: 9/9 phiếu, 100 % …']
 */
export function explainBallot(outcome: BallotOutcome, unit: number, lang: Lang): string[] {
  const lines: string[] = [];
  for (const p of outcome.proposals) {
    if (p.unit !== unit) continue;
    const line = explainProposal(p, outcome.thresholdPercent, lang);
    if (line) lines.push(line);
  }
  return lines;
}
