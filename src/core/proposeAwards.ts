import { AWARD_RULES, type AwardVerdict } from './awardRules.js';
import { issue, type Issue } from './issue.js';
import type { AwardCode, GradeCode, Settings, Unit } from './model.js';
import type { AwardNote, FlagPrerequisite } from './result.js';

export interface ProposeAwardsInput {
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly grades: readonly GradeCode[];
  readonly ranks: ArrayLike<number>;
  /** Unit indices in rank order. */
  readonly order: ArrayLike<number>;
  readonly quotas: { readonly provincialFlags: number; readonly certificates: number };
}

export interface ProposedAwards {
  readonly awards: readonly (readonly AwardCode[])[];
  readonly notes: readonly (readonly AwardNote[])[];
  readonly issues: readonly Issue[];
  /** Index of the unit leading the bloc (best-ranked unit eligible for a flag); -1 when none or tied. */
  readonly leader: number;
}

interface Tier {
  readonly award: AwardCode;
  left: number;
  /** Only units eligible for a flag may take this tier. */
  readonly flag: boolean;
}

const NONE: readonly never[] = Object.freeze([]);
const OUT_OF_QUOTA: readonly AwardNote[] = Object.freeze([Object.freeze({ kind: 'outOfQuota' as const })]);
/** Eligibility per unit: 0 any award, 1 no flag, 2 nothing. */
const ANY = 0;
const NO_FLAG = 1;
const NOTHING = 2;

/**
 * Proposes awards over units in rank order: eligibility rules first (`AWARD_RULES`), then the quota tiers
 * (flags, then certificates). A tied group that does not fit a tier's remaining slots gets nothing until
 * the bloc decides: its members are marked pending and the slots they span stay open — units ranked
 * after the group never move up into them, and no quota is exceeded.
 *
 * @example proposeAwards({ settings, units, grades, ranks, order, quotas: { provincialFlags: 1, certificates: 2 } })
 */
export function proposeAwards(input: ProposeAwardsInput): ProposedAwards {
  const { settings, units, grades, ranks, order, quotas } = input;
  const n = units.length;
  const eligibility = new Uint8Array(n);
  // The rules stop at the first exclusion of every award; a unit keeps the note of its excluding rule,
  // or else the flag note (Không on a prerequisite), the prerequisites to confirm and the official-rating check.
  const ruleNotes: (AwardNote | undefined)[] = new Array(n);
  const excludedBy: (AwardVerdict | undefined)[] = new Array(n);
  const confirms: (readonly FlagPrerequisite[] | undefined)[] = new Array(n);
  const checkOfficial = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < AWARD_RULES.length; r++) {
      const verdict: AwardVerdict = AWARD_RULES[r]!.apply(units[i]!, grades[i]!, settings);
      if (verdict.note) ruleNotes[i] = verdict.note;
      if (verdict.confirm) confirms[i] = verdict.confirm;
      if (verdict.checkOfficial) checkOfficial[i] = 1;
      if (verdict.excludes === 'all') {
        eligibility[i] = NOTHING;
        excludedBy[i] = verdict;
      }
      else if (verdict.excludes === 'flags' && eligibility[i] === ANY) eligibility[i] = NO_FLAG;
      if (eligibility[i] === NOTHING) break;
    }
  }

  const governmentApart = settings.nominateGovernmentFlag && !settings.governmentFlagWithProvincial;
  const tiers: Tier[] = [
    ...(governmentApart ? [{ award: 'CO_CHINH_PHU' as const, left: 1, flag: true }] : []),
    { award: 'CO_UBND_TINH', left: quotas.provincialFlags, flag: true },
    { award: 'BANG_KHEN_UBND_TINH', left: quotas.certificates, flag: false },
  ];
  // Only the few units the quota walk reaches get awards or pending marks: maps, not arrays of n.
  const state: AllocationState = { awards: new Map(), pendingIn: new Map(), eligibility, issues: [], units, ranks };

  for (let start = 0; start < n && tiers.some((t) => t.left > 0); ) {
    let end = start + 1;
    while (end < n && ranks[order[end]!] === ranks[order[start]!]) end++;
    if (end - start === 1) allocateSingle(order[start]!, tiers, state);
    else allocateGroup(Array.from({ length: end - start }, (_, j) => order[start + j]!), tiers, state);
    start = end;
  }
  if (settings.nominateGovernmentFlag && settings.governmentFlagWithProvincial) nominateWithProvincialFlag(order, state);
  const leader = leadingUnit(order, ranks, eligibility);

  let sizes: Map<number, number> | undefined;
  const groupSize = (i: number): number => {
    sizes ??= countByRank(ranks);
    return sizes.get(ranks[i]!) ?? 1;
  };
  const notes: (readonly AwardNote[])[] = new Array(n);
  const awards: (readonly AwardCode[])[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const own = state.awards.get(i);
    const pending = state.pendingIn.get(i);
    awards[i] = own ?? NONE;
    const ruleNote = ruleNotes[i];
    if (eligibility[i] === NOTHING) {
      notes[i] = excludedBy[i]?.notes ?? NONE;
      continue;
    }
    if (!own && !pending && !ruleNote) {
      notes[i] = OUT_OF_QUOTA;
      continue;
    }
    const list: AwardNote[] = ruleNote ? [ruleNote] : [];
    if (pending) list.push({ kind: 'pendingTie', awards: pending, groupSize: groupSize(i) });
    const confirm = confirms[i];
    for (const award of own ?? []) {
      const flag = award !== 'BANG_KHEN_UBND_TINH';
      const leading = flag ? i === leader : undefined;
      if (flag && confirm) list.push(leading === undefined ? { kind: 'confirm', award, confirm } : { kind: 'confirm', award, confirm, leading });
      else list.push(leading === undefined ? { kind: 'awarded', award } : { kind: 'awarded', award, leading });
    }
    if (!own && !pending) list.push(OUT_OF_QUOTA[0]!);
    if ((own || pending) && checkOfficial[i]) list.push({ kind: 'checkOfficialRating', required: settings.awardGrade });
    notes[i] = list;
  }
  return { awards, notes, issues: state.issues, leader };
}

/**
 * The unit leading the bloc: the best-ranked unit eligible for a flag (held, disciplined, too-low units and
 * units with a Không prerequisite are passed over); -1 when units tie for that place (the bloc decides).
 */
function leadingUnit(order: ArrayLike<number>, ranks: ArrayLike<number>, eligibility: Uint8Array): number {
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos]!;
    if (eligibility[i] !== ANY) continue;
    for (let p = pos + 1; p < order.length && ranks[order[p]!] === ranks[i]; p++) {
      if (eligibility[order[p]!] === ANY) return -1;
    }
    return i;
  }
  return -1;
}

interface AllocationState {
  readonly awards: Map<number, AwardCode[]>;
  readonly pendingIn: Map<number, readonly AwardCode[]>;
  readonly eligibility: Uint8Array;
  readonly issues: Issue[];
  readonly units: readonly Unit[];
  readonly ranks: ArrayLike<number>;
}

/** The common case: a unit alone at its rank takes the first tier it may take that has a slot left. */
function allocateSingle(i: number, tiers: Tier[], state: AllocationState): void {
  if (state.eligibility[i] === NOTHING) return;
  for (const tier of tiers) {
    if (tier.left > 0 && (!tier.flag || state.eligibility[i] === ANY)) {
      tier.left--;
      state.awards.set(i, [tier.award]);
      return;
    }
  }
}

function allocateGroup(group: readonly number[], tiers: Tier[], state: AllocationState): void {
  const { eligibility, awards, pendingIn } = state;
  let unplaced = group.filter((i) => eligibility[i] !== NOTHING);
  let pending: AwardCode[] | null = null;
  let pendingMembers: readonly number[] = [];
  // Once pending, only counts flow on: which members land in later tiers is the bloc's decision.
  let flagCount = 0;
  let anyCount = 0;
  for (const tier of tiers) {
    if (tier.left === 0) continue;
    if (!pending) {
      const cands = unplaced.filter((i) => !tier.flag || eligibility[i] === ANY);
      if (cands.length === 0) continue;
      if (cands.length <= tier.left) {
        for (const i of cands) {
          const own = awards.get(i);
          if (own) own.push(tier.award);
          else awards.set(i, [tier.award]);
        }
        tier.left -= cands.length;
        const placed = new Set(cands);
        unplaced = unplaced.filter((i) => !placed.has(i));
        continue;
      }
      pending = [];
      pendingMembers = unplaced;
      flagCount = unplaced.filter((i) => eligibility[i] === ANY).length;
      anyCount = unplaced.length;
    }
    const take = Math.min(tier.left, tier.flag ? flagCount : anyCount);
    if (take === 0) continue;
    pending.push(tier.award);
    tier.left -= take;
    anyCount -= take;
    flagCount = Math.min(flagCount - (tier.flag ? take : 0), anyCount);
  }
  if (pending && pending.length > 0) {
    for (const i of pendingMembers) pendingIn.set(i, pending);
    state.issues.push(pendingIssue(pendingMembers, pending, state));
  }
}

/** The Government-flag nomination rides on the best-ranked provincial-flag unit; a tie there stays pending. */
function nominateWithProvincialFlag(order: ArrayLike<number>, state: AllocationState): void {
  const { awards, pendingIn, ranks } = state;
  const inFlagTier = (j: number) => (awards.get(j)?.includes('CO_UBND_TINH') ?? false) || (pendingIn.get(j)?.includes('CO_UBND_TINH') ?? false);
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos]!;
    if (!inFlagTier(i)) continue;
    const group: number[] = [];
    for (let p = pos; p < order.length && ranks[order[p]!] === ranks[i]; p++) if (inFlagTier(order[p]!)) group.push(order[p]!);
    if (group.length === 1 && !pendingIn.has(i)) {
      awards.get(i)!.unshift('CO_CHINH_PHU');
    } else {
      for (const j of group) pendingIn.set(j, [...(pendingIn.get(j) ?? []), 'CO_CHINH_PHU']);
      state.issues.push(pendingIssue(group, ['CO_CHINH_PHU'], state));
    }
    return;
  }
}

function pendingIssue(members: readonly number[], pending: readonly AwardCode[], state: AllocationState): Issue {
  return issue('warning', 'AWARD_TIE_PENDING', {
    units: members.map((i) => `"${state.units[i]!.name}"`).join(', '),
    rank: state.ranks[members[0]!]!,
    awards: pending.join(','),
  });
}

function countByRank(ranks: ArrayLike<number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (let i = 0; i < ranks.length; i++) sizes.set(ranks[i]!, (sizes.get(ranks[i]!) ?? 0) + 1);
  return sizes;
}
