import { issue, type Issue, type Result } from './issue.js';
import { formatNumber } from './format.js';
import type { AwardCode, Lang } from './model.js';
import type { BlocResult, UnitResult } from './result.js';

/**
 * Approval needed for a proposal, in % of the voters [practice]: 80 % of all members for flags in
 * Nghị định 98/2023 (Điều 30 khoản 7, councils) and in sector rules for blocs; not confirmed under
 * Nghị định 152/2025, so it is the bloc's rule and configurable (`Tỷ lệ phiếu tối thiểu (%)`).
 */
export const DEFAULT_VOTE_THRESHOLD = 80;

/**
 * What the ballot rule says, for the settings help and the rule lists (pane, README): a [practice] rule,
 * so it is worded as the bloc's and never cites a law as its basis.
 *
 * @example describeBallotRule('vi', 80)
 */
export function describeBallotRule(lang: Lang, thresholdPercent: number = DEFAULT_VOTE_THRESHOLD): string {
  const t = formatNumber(thresholdPercent, lang, 2);
  return lang === 'vi'
    ? `Mỗi đề nghị khen thưởng cần số phiếu đồng ý từ ${t} % số thành viên bỏ phiếu trở lên (theo quy định của Khối). ` +
        'Mức 80 % theo thực tiễn (Nghị định số 98/2023/NĐ-CP áp dụng cho Hội đồng Thi đua - Khen thưởng và quy chế của nhiều khối), ' +
        'chưa được xác nhận theo Nghị định số 152/2025/NĐ-CP; Khối quy định mức của mình tại mục "Tỷ lệ phiếu tối thiểu (%)".'
    : `Each award proposal needs approving votes from at least ${t} % of the voters (the bloc's rule). ` +
        'The 80 % is practice (Decree 98/2023/NĐ-CP for the emulation councils, and many blocs\' rules), ' +
        'not confirmed under Decree 152/2025/NĐ-CP; the bloc sets its own in "Vote threshold %".';
}

/** One unit's row of the ballot: approving votes per form; `null` (or a missing form) = not voted yet. */
export type BallotVotes = Readonly<Partial<Record<AwardCode, number | null>>>;

export interface ApplyBallotOptions {
  /** Votes by unit index (a unit with no ballot row is absent); `null` when the workbook has no ballot sheet. */
  readonly ballot: ReadonlyMap<number, BallotVotes> | null;
  /** Members entitled to vote (≥ 1). */
  readonly voters: number;
  /** Approval needed, in % of `voters`. */
  readonly thresholdPercent: number;
}

export type ProposalStatus = 'passed' | 'failed' | 'pending';

/**
 * Why a proposal has its status:
 * - `approved` (passed): approval at or above the threshold;
 * - `belowThreshold` (failed): approval below it — the proposal is not made and its slot stays open;
 * - `noBallot` (pending): the workbook has no ballot sheet — the minutes leave the vote lines to fill in;
 * - `notVoted` (pending): the ballot has no count for this unit and form yet;
 * - `provincialFlagFailed` / `provincialFlagPending`: a Government flag that rides on the provincial flag
 *   (`Cờ Chính phủ kèm Cờ tỉnh` = Có) whose provincial-flag vote failed / is not counted yet;
 * - `tieWon` / `tieLost` (passed / failed): tied units across a quota, decided by the ballot — highest
 *   approval at or above the threshold, within the slots;
 * - `tieOpen` (pending): tied units still equal after the ballot, or not all counted: left to the bloc.
 */
export type ProposalReason =
  | 'approved'
  | 'belowThreshold'
  | 'noBallot'
  | 'notVoted'
  | 'provincialFlagFailed'
  | 'provincialFlagPending'
  | 'tieWon'
  | 'tieLost'
  | 'tieOpen';

/** Tied units competing, through the ballot, for `slots` of one form. */
export interface ProposalTie {
  readonly members: readonly number[];
  readonly slots: number;
}

/** One unit proposed (or, in a tie, a candidate) for one form, and what the ballot made of it. */
export interface Proposal {
  /** Index in `BlocInput.units`. */
  readonly unit: number;
  readonly name: string;
  readonly award: AwardCode;
  /** Approving votes; `null` when not counted (no ballot, or a blank cell). */
  readonly votes: number | null;
  readonly voters: number;
  /** votes ÷ voters (0..1); `null` with `votes`. */
  readonly approval: number | null;
  readonly status: ProposalStatus;
  readonly reason: ProposalReason;
  /** Set when the unit is one of tied candidates for this form. */
  readonly tie: ProposalTie | null;
}

export interface BallotOutcome {
  readonly voters: number;
  readonly thresholdPercent: number;
  /** False without a ballot sheet (every proposal is then pending with votes null). */
  readonly hasBallot: boolean;
  /** Units in rank order, each unit's forms in the order Government flag, provincial flag, certificate. */
  readonly proposals: readonly Proposal[];
  /** Each unit's awards after the ballot (passed and still-pending proposals, tied slots won), by unit index. */
  readonly awards: readonly (readonly AwardCode[])[];
}

const AWARD_ORDER: readonly AwardCode[] = ['CO_CHINH_PHU', 'CO_UBND_TINH', 'BANG_KHEN_UBND_TINH'];
const byAwardOrder = (a: AwardCode, b: AwardCode) => AWARD_ORDER.indexOf(a) - AWARD_ORDER.indexOf(b);

/**
 * Whether `votes` of `voters` reach `thresholdPercent`, compared in integers (no float drift:
 * 80 % of 9 voters — 8 pass, 7 do not).
 *
 * @example passesThreshold(8, 9, 80) // true
 * @example passesThreshold(7, 9, 80) // false
 */
export function passesThreshold(votes: number, voters: number, thresholdPercent: number): boolean {
  const micro = Math.round(thresholdPercent * 1e6);
  return votes * 100 * 1e6 >= micro * voters;
}

interface Draft {
  votes: number | null;
  status: ProposalStatus;
  reason: ProposalReason;
  tie: ProposalTie | null;
}

/**
 * Applies the bloc's secret ballot (DOMAIN.md §10) to a ranking, as a pass over its result — the
 * ranking itself is not changed. Each award the ranking proposed needs approval ≥ the threshold: below
 * it the proposal is not made and its slot stays open (no unit moves up); a blank count keeps it,
 * pending, with a warning. The Government flag needs its own vote and, when it rides on the provincial
 * flag (`governmentFlagWithProvincial`), the provincial-flag vote too. For units tied across a quota
 * (the ranking's `pendingTie` notes), the ballot decides the open slots: the highest approval at or
 * above the threshold, within the slots; units still equal leave the slot open. The ballot never
 * proposes a unit the ranking did not make a candidate and never fills a slot past a quota; it does not
 * feed the `Số phiếu` tie-break. Issues are warnings naming the unit and `ballot:<AWARD>` as field.
 *
 * @example
 * const { value } = applyBallot(result, { ballot: new Map([[0, { CO_UBND_TINH: 6 }]]), voters: 9, thresholdPercent: 80 });
 * value.proposals[0] // { award: 'CO_UBND_TINH', votes: 6, approval: 0.667, status: 'failed', reason: 'belowThreshold', … }
 */
export function applyBallot(result: BlocResult, options: ApplyBallotOptions): Result<BallotOutcome> {
  const { ballot, voters, thresholdPercent } = options;
  const { settings } = result;
  const units = result.units;
  const issues: Issue[] = [];
  const withProvincial = settings.nominateGovernmentFlag && settings.governmentFlagWithProvincial;
  const drafts = new Map<number, Map<AwardCode, Draft>>();
  const draftOf = (i: number): Map<AwardCode, Draft> => {
    let m = drafts.get(i);
    if (!m) drafts.set(i, (m = new Map()));
    return m;
  };
  const warnedBlank = new Set<string>();
  /** The count for a unit and form: a number, or null (not voted; warned once per cell). */
  const voteOf = (i: number, award: AwardCode): number | null => {
    const v = ballot?.get(i)?.[award];
    if (v !== undefined && v !== null) return v;
    if (ballot && !warnedBlank.has(`${i}:${award}`)) {
      warnedBlank.add(`${i}:${award}`);
      const code = ballot.has(i) ? 'BALLOT_VOTE_BLANK' : 'BALLOT_UNIT_MISSING';
      issues.push(issue('warning', code, { unit: units[i]!.name, award }, { unit: i, field: `ballot:${award}` }));
    }
    return null;
  };
  const passes = (v: number) => passesThreshold(v, voters, thresholdPercent);

  // 1. What the ranking proposed outright: each form on its own vote.
  for (let pos = 0; pos < result.order.length; pos++) {
    const i = result.order[pos]!;
    const u = units[i]!;
    const own = [...u.awards].sort(byAwardOrder);
    // A Government flag riding on the provincial flag is judged after it.
    if (withProvincial && own[0] === 'CO_CHINH_PHU') own.push(own.shift()!);
    for (const award of own) {
      if (!ballot) {
        draftOf(i).set(award, { votes: null, status: 'pending', reason: 'noBallot', tie: null });
        continue;
      }
      const votes = voteOf(i, award);
      let status: ProposalStatus = votes === null ? 'pending' : passes(votes) ? 'passed' : 'failed';
      let reason: ProposalReason = votes === null ? 'notVoted' : status === 'passed' ? 'approved' : 'belowThreshold';
      if (award === 'CO_CHINH_PHU' && withProvincial && status !== 'failed') {
        const flag = draftOf(i).get('CO_UBND_TINH')?.status ?? 'failed';
        if (flag === 'failed') [status, reason] = ['failed', 'provincialFlagFailed'];
        else if (flag === 'pending' && status === 'passed') [status, reason] = ['pending', 'provincialFlagPending'];
      }
      draftOf(i).set(award, { votes, status, reason, tie: null });
    }
  }

  // 2. Tied groups across a quota: the ballot decides the slots they span.
  for (const group of tiedGroups(result, withProvincial)) decideTie(group, { ballot, voteOf, passes, draftOf, issues, units });

  // A count typed for a form the ranking did not put in play for that unit is not used: say so, never silently.
  if (ballot) {
    for (const [i, row] of ballot) {
      const u = units[i]!;
      const inPlay = new Set<AwardCode>([...u.awards, ...pendingAwards(u)]);
      for (const award of AWARD_ORDER) {
        const v = row[award];
        if (v !== undefined && v !== null && v > 0 && !inPlay.has(award))
          issues.push(issue('warning', 'BALLOT_VOTE_UNUSED', { unit: units[i]!.name, award }, { unit: i, field: `ballot:${award}` }));
      }
    }
  }

  const proposals: Proposal[] = [];
  const awards: AwardCode[][] = units.map(() => []);
  for (let pos = 0; pos < result.order.length; pos++) {
    const i = result.order[pos]!;
    const m = drafts.get(i);
    if (!m) continue;
    for (const award of [...m.keys()].sort(byAwardOrder)) {
      const d = m.get(award)!;
      proposals.push({
        unit: i,
        name: units[i]!.name,
        award,
        votes: d.votes,
        voters,
        approval: d.votes === null ? null : d.votes / voters,
        status: d.status,
        reason: d.reason,
        tie: d.tie,
      });
      // Kept: passed, and pending outside a tie (the ranking's proposal stands until the vote is counted).
      if (d.status === 'passed' || (d.status === 'pending' && d.tie === null)) awards[i]!.push(award);
    }
  }
  return { ok: true, value: { voters, thresholdPercent, hasBallot: ballot !== null, proposals, awards }, issues };
}

/** Tied units of one rank with the forms left open for them and how many slots of each. */
interface TiedGroup {
  /** Tied units waiting for a quota form (the tier walk's pending members). */
  readonly members: readonly number[];
  /** Forms in tier order with their slots; the Government flag riding on the provincial flag is apart. */
  readonly slots: ReadonlyArray<{ readonly award: AwardCode; readonly slots: number; readonly flag: boolean }>;
  /** With `governmentFlagWithProvincial`: the flag units of this rank competing for the one nomination. */
  readonly government: readonly number[] | null;
}

const flagEligible = (u: UnitResult) => !u.notes.some((n) => n.kind === 'flagPrerequisiteFailed');
const pendingAwards = (u: UnitResult): readonly AwardCode[] => {
  for (const n of u.notes) if (n.kind === 'pendingTie') return n.awards;
  return [];
};

/**
 * The tied groups of a ranking and the slots each spans, recounted the way the ranking filled its tiers
 * (flags, then certificates, in rank order): a group takes, per form left open to it, as many slots as
 * remained and as its members could fill.
 */
function tiedGroups(result: BlocResult, withProvincial: boolean): TiedGroup[] {
  const { settings, quotas, units, order } = result;
  const apart = settings.nominateGovernmentFlag && !settings.governmentFlagWithProvincial;
  const tiers = [
    ...(apart ? [{ award: 'CO_CHINH_PHU' as AwardCode, left: 1, flag: true }] : []),
    { award: 'CO_UBND_TINH' as AwardCode, left: quotas.provincialFlags, flag: true },
    { award: 'BANG_KHEN_UBND_TINH' as AwardCode, left: quotas.certificates, flag: false },
  ];
  const inTiers = (a: AwardCode) => tiers.some((t) => t.award === a);
  const groups: TiedGroup[] = [];
  let governmentSeen = false;
  for (let start = 0; start < order.length; ) {
    const rank = units[order[start]!]!.rank;
    let end = start + 1;
    while (end < order.length && units[order[end]!]!.rank === rank) end++;
    const members = Array.from({ length: end - start }, (_, j) => units[order[start + j]!]!);
    start = end;
    for (const u of members) for (const a of u.awards) for (const t of tiers) if (t.award === a) t.left--;
    const pending = members.filter((u) => pendingAwards(u).some(inTiers));
    // The nomination rides on the best-ranked flag units: the first rank holding one (or tied for one).
    // A tied unit that cannot take a flag (a prerequisite says Không) is no contender, though the group's note
    // lists the flag.
    const flagUnits = members.filter(
      (u) => u.awards.includes('CO_UBND_TINH') || (flagEligible(u) && pendingAwards(u).includes('CO_UBND_TINH')),
    );
    let government: number[] | null = null;
    if (withProvincial && !governmentSeen && flagUnits.length > 0) {
      governmentSeen = true;
      if (flagUnits.some((u) => pendingAwards(u).includes('CO_CHINH_PHU'))) government = flagUnits.map((u) => u.index);
    }
    if (pending.length === 0 && !government) continue;
    const open = new Set(pending.flatMap((u) => pendingAwards(u)));
    let anyCount = pending.length;
    let flagCount = pending.filter(flagEligible).length;
    const slots: { award: AwardCode; slots: number; flag: boolean }[] = [];
    for (const tier of tiers) {
      if (!open.has(tier.award) || tier.left <= 0) continue;
      const take = Math.min(tier.left, tier.flag ? flagCount : anyCount);
      if (take <= 0) continue;
      slots.push({ award: tier.award, slots: take, flag: tier.flag });
      tier.left -= take;
      anyCount -= take;
      flagCount = Math.min(flagCount - (tier.flag ? take : 0), anyCount);
    }
    groups.push({ members: pending.map((u) => u.index), slots, government });
  }
  return groups;
}

interface TieContext {
  readonly ballot: ReadonlyMap<number, BallotVotes> | null;
  readonly voteOf: (i: number, award: AwardCode) => number | null;
  readonly passes: (votes: number) => boolean;
  readonly draftOf: (i: number) => Map<AwardCode, Draft>;
  readonly issues: Issue[];
  readonly units: readonly UnitResult[];
}

/** Leaves a tied candidate's form open: pending, with its count when there is one. */
function leaveOpen(i: number, award: AwardCode, tie: ProposalTie, ctx: TieContext): void {
  const { ballot, draftOf } = ctx;
  if (draftOf(i).has(award)) return;
  const votes = ballot?.get(i)?.[award] ?? null;
  draftOf(i).set(award, { votes, status: 'pending', reason: ballot ? 'tieOpen' : 'noBallot', tie });
}

function decideTie(group: TiedGroup, ctx: TieContext): void {
  let remaining = [...group.members];
  let decided = ctx.ballot !== null;
  for (const { award, slots, flag } of group.slots) {
    const candidates = remaining.filter((i) => !flag || flagEligible(ctx.units[i]!));
    const tie: ProposalTie = { members: candidates, slots };
    const winners = decided ? pickWinners(candidates, award, slots, tie, ctx) : null;
    if (!winners) {
      // Who lands in the later forms depends on this one: they stay open too.
      decided = false;
      for (const i of candidates) leaveOpen(i, award, tie, ctx);
      continue;
    }
    const won = new Set(winners);
    remaining = remaining.filter((i) => !won.has(i));
  }
  if (group.government) decideGovernment(group.government, ctx);
}

/**
 * Decides one form among tied candidates: every count must be there; the highest approvals at or above
 * the threshold take the slots; the others fail. Returns the winners, or null when the slots stay open
 * (a count missing, or candidates still equal at the last slot) — the open candidates stay pending.
 */
function pickWinners(candidates: readonly number[], award: AwardCode, slots: number, tie: ProposalTie, ctx: TieContext): number[] | null {
  const { draftOf, passes } = ctx;
  const counts = candidates.map((i) => ({ i, votes: ctx.voteOf(i, award) }));
  if (counts.some((c) => c.votes === null)) return null;
  const passing = counts.filter((c) => passes(c.votes!)).sort((a, b) => b.votes! - a.votes!);
  let winners = passing;
  let open: typeof passing = [];
  if (passing.length > slots) {
    const cut = passing[slots - 1]!.votes!;
    const above = passing.filter((c) => c.votes! > cut);
    const atCut = passing.filter((c) => c.votes! === cut);
    winners = above.length + atCut.length <= slots ? [...above, ...atCut] : above;
    if (winners === above) open = atCut;
  }
  const won = new Set(winners.map((c) => c.i));
  const opened = new Set(open.map((c) => c.i));
  for (const c of counts) {
    if (opened.has(c.i)) continue;
    const status: ProposalStatus = won.has(c.i) ? 'passed' : 'failed';
    const reason: ProposalReason = won.has(c.i) ? 'tieWon' : passes(c.votes!) ? 'tieLost' : 'belowThreshold';
    draftOf(c.i).set(award, { votes: c.votes, status, reason, tie });
  }
  if (open.length === 0) return [...won];
  ctx.issues.push(
    issue(
      'warning',
      'BALLOT_TIE_EQUAL',
      { units: open.map((c) => `"${ctx.units[c.i]!.name}"`).join(', '), award, slots: slots - winners.length },
      { unit: open[0]!.i, field: `ballot:${award}` },
    ),
  );
  for (const c of open) leaveOpen(c.i, award, tie, ctx);
  return null;
}

/** The one Government-flag nomination among tied flag units, once their provincial flags are decided. */
function decideGovernment(contenders: readonly number[], ctx: TieContext): void {
  const { draftOf, ballot } = ctx;
  const award: AwardCode = 'CO_CHINH_PHU';
  // A contender with no provincial-flag proposal at all cannot hold the flag the nomination rides on.
  const flagStatus = (i: number): ProposalStatus => draftOf(i).get('CO_UBND_TINH')?.status ?? 'failed';
  const tie: ProposalTie = { members: contenders, slots: 1 };
  for (const i of contenders) {
    if (flagStatus(i) !== 'failed') continue;
    draftOf(i).set(award, { votes: ballot?.get(i)?.[award] ?? null, status: 'failed', reason: 'provincialFlagFailed', tie });
  }
  const holders = contenders.filter((i) => flagStatus(i) !== 'failed');
  if (holders.length === 0) return;
  const decidable = ballot !== null && holders.every((i) => flagStatus(i) === 'passed');
  const holdersTie: ProposalTie = { members: holders, slots: 1 };
  if (!decidable || !pickWinners(holders, award, 1, holdersTie, ctx)) for (const i of holders) leaveOpen(i, award, holdersTie, ctx);
}
