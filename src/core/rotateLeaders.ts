import { foldText } from './foldText.js';
import { hasErrors, issue, type Issue, type Result, type Severity } from './issue.js';
import type { IssueCode } from './messages.js';
import type { BlocInput } from './model.js';
import type { BlocResult } from './result.js';

/** How one role of next year was chosen. */
export type LeaderSource = 'rotate' | 'elect' | 'override';

/** Next year's (N+1) leader and deputy, spelt as in the roster. */
export interface NextLeaders {
  readonly leader: string;
  readonly deputy: string;
  /** `override` when both roles come from `Khối trưởng năm sau` / `Khối phó năm sau`, else the selection mode. */
  readonly mode: LeaderSource;
  /** How each role was chosen (one role may be overridden while the other is rotated or elected). */
  readonly sources: { readonly leader: LeaderSource; readonly deputy: LeaderSource };
}

export interface RotateLeadersOptions {
  /**
   * Severity of every problem with the names (missing, unknown, too few units, no candidate, same unit twice).
   * `rank` passes `'warning'` so that a rotation problem never blocks a ranking; the pledge uses the default
   * `'error'` (DOMAIN.md section 6). A tie in an election is always a warning.
   */
  readonly severity?: Severity;
}

type SettingKey = 'leader' | 'deputy' | 'nextLeader' | 'nextDeputy' | 'leaderSelection';

/**
 * Next year's leader and deputy (DOMAIN.md section 6).
 *
 * - `rotate` (Luân phiên): the next leader is this year's deputy; the next deputy is the first unit after
 *   the new leader in roster order, wrapping round, that is neither the new leader nor this year's leader.
 *   Needs at least 3 units and this year's leader and deputy.
 * - `elect` (Bầu): the best-ranked unit without a veto (Kỷ luật = Có) leads, the next is deputy; needs
 *   `ranking`. Units are taken in `ranking.order`; when the chosen unit shares its rank with the next
 *   candidate, the suggestion stands but an `ELECTION_TIE` warning says the bloc must decide.
 * - `nextLeader` / `nextDeputy`, when filled, override either role separately.
 *
 * Names are matched with `foldText` (case, diacritics and spaces ignored) and returned as the roster spells
 * them. Every filled name is checked, needed or not. Issues point at the setting (`field: 'setting:<key>'`)
 * so the grid layer can name the cell. `value` is null when the pair cannot be determined.
 *
 * @example
 * // roster A, B, C, D; this year leader A, deputy B, mode rotate
 * rotateLeaders(input, null).value // { leader: 'B', deputy: 'C', mode: 'rotate', … }
 */
export function rotateLeaders(
  input: BlocInput,
  ranking: BlocResult | null,
  options: RotateLeadersOptions = {},
): Result<NextLeaders | null> {
  const severity = options.severity ?? 'error';
  const { settings, units } = input;
  const issues: Issue[] = [];
  const names = units.map((u) => u.name);
  const folded = names.map(foldText);
  const problem = (code: IssueCode, key: SettingKey, params: Record<string, string | number> = {}): void => {
    issues.push(issue(severity, code, params, { field: `setting:${key}` }));
  };

  /** Index of a filled name in the roster; undefined when blank, -1 when unknown (reported). */
  const resolve = (name: string | null, key: SettingKey, unknown: IssueCode): number | undefined => {
    if (name === null || name.trim() === '') return undefined;
    const index = folded.indexOf(foldText(name));
    if (index < 0) problem(unknown, key, { name: name.trim() });
    return index;
  };

  const current = {
    leader: resolve(settings.leader, 'leader', 'LEADER_UNKNOWN'),
    deputy: resolve(settings.deputy, 'deputy', 'DEPUTY_UNKNOWN'),
  };
  const next = {
    leader: resolve(settings.nextLeader, 'nextLeader', 'NEXT_LEADER_UNKNOWN'),
    deputy: resolve(settings.nextDeputy, 'nextDeputy', 'NEXT_DEPUTY_UNKNOWN'),
  };
  const mode = settings.leaderSelection;
  const fail = (): Result<NextLeaders | null> => ({ ok: !hasErrors(issues), value: null, issues });

  // An unknown override or unknown current name that the chosen mode needs: no guess.
  if (next.leader === -1 || next.deputy === -1) return fail();
  const needLeader = next.leader === undefined;
  const needDeputy = next.deputy === undefined;

  let leader = next.leader;
  let deputy = next.deputy;

  if ((needLeader || needDeputy) && mode === 'rotate') {
    if (units.length < 3) {
      problem('ROTATION_TOO_FEW_UNITS', 'leaderSelection', { count: units.length });
      return fail();
    }
    // The next leader is this year's deputy (needed unless the leader is overridden).
    if (needLeader) {
      if (current.deputy === undefined) problem('DEPUTY_MISSING', 'deputy');
      if (current.deputy === undefined || current.deputy === -1) return fail();
      leader = current.deputy;
    }
    // The next deputy skips the new leader and this year's leader.
    if (needDeputy) {
      if (current.leader === undefined) problem('LEADER_MISSING', 'leader');
      if (current.leader === undefined || current.leader === -1 || leader === undefined) return fail();
      deputy = firstAfter(units.length, leader, [leader, current.leader]);
    }
  } else if (needLeader || needDeputy) {
    if (ranking === null) {
      problem('ELECTION_NEEDS_RANKING', 'leaderSelection');
      return fail();
    }
    const candidates = Array.from(ranking.order).filter(
      // Neither a disciplined unit nor one under review (Kỷ luật = Có or Đang xem xét) is suggested.
      (i) => !units[i]?.discipline && i !== next.leader && i !== next.deputy,
    );
    const rankOf = (i: number): number | undefined => ranking.units.find((u) => u.index === i)?.rank;
    const take = (role: 'leader' | 'deputy'): number | undefined => {
      const chosen = candidates.shift();
      if (chosen === undefined) return undefined;
      const rank = rankOf(chosen);
      const tied = candidates.filter((i) => rankOf(i) === rank);
      if (tied.length > 0) {
        const list = [chosen, ...tied].map((i) => `"${names[i]}"`).join(', ');
        issues.push(
          issue(
            'warning',
            'ELECTION_TIE',
            { units: list, rank: rank ?? '', role },
            { field: `setting:${role === 'leader' ? 'nextLeader' : 'nextDeputy'}` },
          ),
        );
      }
      return chosen;
    };
    if (needLeader) leader = take('leader');
    if (needDeputy) deputy = take('deputy');
    if (leader === undefined || deputy === undefined) {
      problem('ELECTION_NO_CANDIDATE', 'leaderSelection');
      return fail();
    }
  }

  if (leader === undefined || deputy === undefined) return fail();
  if (leader === deputy) {
    problem('NEXT_LEADER_SAME_AS_DEPUTY', needDeputy ? 'nextLeader' : 'nextDeputy', { name: names[leader] ?? '' });
    return fail();
  }
  const base: LeaderSource = mode === 'rotate' ? 'rotate' : 'elect';
  const sources = { leader: needLeader ? base : 'override', deputy: needDeputy ? base : 'override' } as const;
  const value: NextLeaders = {
    leader: names[leader] ?? '',
    deputy: names[deputy] ?? '',
    mode: !needLeader && !needDeputy ? 'override' : base,
    sources,
  };
  return { ok: !hasErrors(issues), value, issues };
}

/** The first roster index after `from`, wrapping round, that is not excluded. */
function firstAfter(count: number, from: number, excluded: readonly number[]): number | undefined {
  for (let step = 1; step < count; step++) {
    const i = (from + step) % count;
    if (!excluded.includes(i)) return i;
  }
  return undefined;
}
