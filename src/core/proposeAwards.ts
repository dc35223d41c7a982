import { AWARD_RULES } from './awardRules.js';
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
}

interface Tier {
  readonly award: AwardCode;
  left: number;
  /** Only units eligible for a flag may take this tier. */
  readonly flag: boolean;
}

/**
 * Proposes awards over units in rank order: eligibility rules first (`AWARD_RULES`), then the quota tiers
 * (flags, then certificates). A tied group that does not fit a tier's remaining slots gets nothing until
 * the bloc decides: its members are marked pending and the slots they span stay open — units ranked
 * after the group never move up into them, and no quota is exceeded.
 */
export function proposeAwards(input: ProposeAwardsInput): ProposedAwards {
  const { settings, units, grades, ranks, order, quotas } = input;
  const n = units.length;
  const awards: AwardCode[][] = Array.from({ length: n }, () => []);
  const notes: AwardNote[][] = Array.from({ length: n }, () => []);
  const confirms: (readonly FlagPrerequisite[])[] = Array.from({ length: n }, () => []);
  const excluded = new Uint8Array(n); // 0 eligible, 1 no flag, 2 nothing
  const issues: Issue[] = [];

  for (let i = 0; i < n; i++) {
    for (const rule of AWARD_RULES) {
      const verdict = rule.apply(units[i]!, { settings, grade: grades[i]! });
      if (verdict.note) notes[i]!.push(verdict.note);
      if (verdict.confirm) confirms[i] = verdict.confirm;
      if (verdict.excludes === 'all') excluded[i] = 2;
      else if (verdict.excludes === 'flags') excluded[i] = Math.max(excluded[i]!, 1);
      if (excluded[i] === 2) break;
    }
  }

  const governmentApart = settings.nominateGovernmentFlag && !settings.governmentFlagWithProvincial;
  const tiers: Tier[] = [
    ...(governmentApart ? [{ award: 'CO_CHINH_PHU' as const, left: 1, flag: true }] : []),
    { award: 'CO_UBND_TINH', left: quotas.provincialFlags, flag: true },
    { award: 'BANG_KHEN_UBND_TINH', left: quotas.certificates, flag: false },
  ];
  const pendingIn: (readonly AwardCode[] | null)[] = new Array(n).fill(null);

  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && ranks[order[end]!] === ranks[order[start]!]) end++;
    const members = Array.from({ length: end - start }, (_, j) => order[start + j]!).filter((i) => excluded[i] !== 2);
    allocateGroup(members, tiers, excluded, awards, pendingIn, issues, units, ranks);
    start = end;
  }

  if (settings.nominateGovernmentFlag && settings.governmentFlagWithProvincial) {
    nominateWithProvincialFlag(order, ranks, awards, pendingIn, units, issues);
  }

  for (let i = 0; i < n; i++) {
    const pending = pendingIn[i];
    if (pending) notes[i]!.push({ kind: 'pendingTie', awards: pending, groupSize: groupSize(i, ranks) });
    for (const award of awards[i]!) {
      const flag = award !== 'BANG_KHEN_UBND_TINH';
      notes[i]!.push(flag && confirms[i]!.length > 0 ? { kind: 'confirm', award, confirm: confirms[i]! } : { kind: 'awarded', award });
    }
    if (excluded[i] !== 2 && awards[i]!.length === 0 && !pending) notes[i]!.push({ kind: 'outOfQuota' });
  }
  return { awards, notes, issues };
}

function allocateGroup(
  members: readonly number[],
  tiers: Tier[],
  excluded: Uint8Array,
  awards: AwardCode[][],
  pendingIn: (readonly AwardCode[] | null)[],
  issues: Issue[],
  units: readonly Unit[],
  ranks: ArrayLike<number>,
): void {
  let unplaced = [...members];
  let pending: AwardCode[] | null = null;
  let pendingMembers: number[] = [];
  // Counts of the members still flowing to later tiers once the group is pending.
  let flagCount = 0;
  let anyCount = 0;
  for (const tier of tiers) {
    if (tier.left === 0) continue;
    if (!pending) {
      const cands = unplaced.filter((i) => !tier.flag || excluded[i] === 0);
      if (cands.length === 0) continue;
      if (cands.length <= tier.left) {
        for (const i of cands) awards[i]!.push(tier.award);
        tier.left -= cands.length;
        const placed = new Set(cands);
        unplaced = unplaced.filter((i) => !placed.has(i));
        continue;
      }
      pending = [];
      pendingMembers = unplaced;
      flagCount = unplaced.filter((i) => excluded[i] === 0).length;
      anyCount = unplaced.length;
    }
    const cand = tier.flag ? flagCount : anyCount;
    const take = Math.min(tier.left, cand);
    if (take === 0) continue;
    pending.push(tier.award);
    tier.left -= take;
    anyCount -= take;
    flagCount = Math.min(flagCount - (tier.flag ? take : 0), anyCount);
  }
  if (pending && pending.length > 0) {
    for (const i of pendingMembers) pendingIn[i] = pending;
    issues.push(
      issue('warning', 'AWARD_TIE_PENDING', {
        units: pendingMembers.map((i) => `"${units[i]!.name}"`).join(', '),
        rank: ranks[pendingMembers[0]!]!,
        awards: pending.join(','),
      }),
    );
  }
}

/** The Government-flag nomination rides on the best-ranked provincial-flag unit; a tie there stays pending. */
function nominateWithProvincialFlag(
  order: ArrayLike<number>,
  ranks: ArrayLike<number>,
  awards: AwardCode[][],
  pendingIn: (readonly AwardCode[] | null)[],
  units: readonly Unit[],
  issues: Issue[],
): void {
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos]!;
    const holds = awards[i]!.includes('CO_UBND_TINH');
    const pendingFlag = pendingIn[i]?.includes('CO_UBND_TINH') ?? false;
    if (!holds && !pendingFlag) continue;
    const group = Array.from(order as ArrayLike<number>).filter(
      (j) => ranks[j] === ranks[i] && (awards[j]!.includes('CO_UBND_TINH') || (pendingIn[j]?.includes('CO_UBND_TINH') ?? false)),
    );
    if (group.length === 1 && holds) {
      awards[i]!.unshift('CO_CHINH_PHU');
    } else {
      for (const j of group) pendingIn[j] = [...(pendingIn[j] ?? []), 'CO_CHINH_PHU'];
      issues.push(
        issue('warning', 'AWARD_TIE_PENDING', {
          units: group.map((j) => `"${units[j]!.name}"`).join(', '),
          rank: ranks[i]!,
          awards: 'CO_CHINH_PHU',
        }),
      );
    }
    return;
  }
}

function groupSize(i: number, ranks: ArrayLike<number>): number {
  let size = 0;
  for (let j = 0; j < ranks.length; j++) if (ranks[j] === ranks[i]) size++;
  return size;
}
