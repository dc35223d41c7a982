import { certificateQuota } from './certificateQuota.js';
import { checkPoints } from './checkPoints.js';
import { foldText } from './foldText.js';
import { normalizePoints } from './format.js';
import { gradeTotal } from './gradeTotal.js';
import { hasErrors, issue, type Issue, type Result } from './issue.js';
import { maxBaseScore } from './maxBaseScore.js';
import type { BlocInput, GradeCode, Lang, TieBreakLink } from './model.js';
import { proposeAwards } from './proposeAwards.js';
import { rankByKeys } from './rankByKeys.js';
import type { BlocResult, UnitResult } from './result.js';
import { scoreUnit, type UnitScore } from './scoreUnit.js';
import { tieBreakerById, type TieBreakSubject } from './tieBreakers.js';

export interface RankBlocOptions {
  /** Language of the numbers quoted inside issue parameters. */
  readonly lang?: Lang;
}

/**
 * Scores, grades, ranks and proposes awards for a bloc (DOMAIN.md section 5). With any data error nothing
 * is ranked or awarded: `value` is null and the issues say why.
 *
 * @example
 * const { ok, value, issues } = rankBloc(input);
 * if (ok) value.units.forEach((u) => console.log(u.rank, u.name, u.total, u.grade, u.awards));
 */
export function rankBloc(input: BlocInput, options: RankBlocOptions = {}): Result<BlocResult | null> {
  const { settings, criteria, units, facts } = input;
  const issues: Issue[] = [...checkStructure(input)];
  if (hasErrors(issues)) return { ok: false, value: null, issues };
  for (let i = 0; i < units.length; i++) {
    issues.push(...checkPoints(units[i]!.points, criteria, { unit: i, unitName: units[i]!.name, lang: options.lang ?? 'vi' }));
  }
  if (hasErrors(issues)) return { ok: false, value: null, issues };

  const maxBase = maxBaseScore(criteria);
  const bonusCap = (settings.bonusCapPercent * maxBase) / 100;
  const scores: UnitScore[] = units.map((u) => scoreUnit(u.points, criteria, { bonusCap }));
  const totals = Float64Array.from(scores, (s) => s.total);
  const grades: GradeCode[] = scores.map((s) => gradeTotal(s.total, maxBase, settings.bands));

  const groups = new Set(criteria.filter((c) => c.kind === 'score').map((c) => c.group));
  const tieBreak: TieBreakLink[] = settings.tieBreak.filter((l) => tieBreakerById(l.id).available(facts, groups, l.param));
  const tieKeys = tieBreak.map((link) => tieKeyColumn(link, input, scores));
  const { ranks, tied, order } = rankByKeys(totals, tieKeys);

  const quotas = {
    provincialFlags: settings.provincialFlags,
    certificates: certificateQuota(settings.certificates, units.length),
  };
  const proposed = proposeAwards({ settings, units, grades, ranks, order, quotas });
  issues.push(...tieIssues(input, ranks, tied, order), ...proposed.issues);

  const unitResults: UnitResult[] = units.map((u, i) => {
    const s = scores[i]!;
    return {
      index: i,
      name: u.name,
      base: s.base,
      bonusRaw: s.bonusRaw,
      bonus: s.bonus,
      penalty: s.penalty,
      total: s.total,
      percent: maxBase > 0 ? (s.total * 100) / maxBase : 0,
      grade: grades[i]!,
      rank: ranks[i]!,
      tied: tied[i] === 1,
      awards: proposed.awards[i]!,
      notes: proposed.notes[i]!,
    };
  });
  return {
    ok: true,
    value: { settings, criteria, maxBase, quotas, tieBreak, units: unitResults, order, tieKeys },
    issues,
  };
}

/** Problems that stop any scoring: no units, no scored criterion, a bad maximum; unknown leader names warn. */
function checkStructure(input: BlocInput): Issue[] {
  const issues: Issue[] = [];
  if (input.units.length === 0) issues.push(issue('error', 'NO_UNITS'));
  if (!input.criteria.some((c) => c.kind === 'score')) issues.push(issue('error', 'NO_SCORE_CRITERIA'));
  input.criteria.forEach((c, i) => {
    const bad = c.max === null ? c.kind === 'score' : !Number.isFinite(c.max) || c.max <= 0;
    if (bad) issues.push(issue('error', 'CRITERION_MAX_INVALID', { code: c.code, value: String(c.max ?? '') }, { field: `criterion:${i}` }));
  });
  const names = new Set(input.units.map((u) => foldText(u.name)));
  const role = (name: string | null, code: 'LEADER_UNKNOWN' | 'DEPUTY_UNKNOWN', key: string) => {
    if (name && !names.has(foldText(name))) issues.push(issue('warning', code, { name }, { field: `setting:${key}` }));
  };
  if (input.units.length > 0) {
    role(input.settings.leader, 'LEADER_UNKNOWN', 'leader');
    role(input.settings.deputy, 'DEPUTY_UNKNOWN', 'deputy');
  }
  return issues;
}

function tieKeyColumn(link: TieBreakLink, input: BlocInput, scores: readonly UnitScore[]): Float64Array {
  const breaker = tieBreakerById(link.id);
  const inGroup = input.criteria.map((c) => c.kind === 'score' && c.group === link.param);
  const out = new Float64Array(input.units.length);
  for (let i = 0; i < out.length; i++) {
    const u = input.units[i]!;
    let groupSum = 0;
    if (link.id === 'group') for (let c = 0; c < inGroup.length; c++) if (inGroup[c]) groupSum += u.points[c] ?? 0;
    const subject: TieBreakSubject = {
      groupScore: normalizePoints(groupSum),
      penalty: scores[i]!.penalty,
      bonus: scores[i]!.bonus,
      votes: u.votes,
      womenPercent: u.womenPercent,
    };
    out[i] = breaker.key(subject, link.param);
  }
  return out;
}

function tieIssues(input: BlocInput, ranks: Int32Array, tied: Uint8Array, order: Uint32Array): Issue[] {
  const issues: Issue[] = [];
  for (let pos = 0; pos < order.length; ) {
    const first = order[pos]!;
    let end = pos + 1;
    while (end < order.length && ranks[order[end]!] === ranks[first]) end++;
    if (tied[first]) {
      const names = Array.from(order.subarray(pos, end), (i) => `"${input.units[i]!.name}"`);
      issues.push(issue('warning', 'TIE_UNRESOLVED', { units: names.join(', '), rank: ranks[first]! }, { unit: first }));
    }
    pos = end;
  }
  return issues;
}
