import { certificateQuota } from './certificateQuota.js';
import { checkPoints } from './checkPoints.js';
import { gradeTotal } from './gradeTotal.js';
import { hasErrors, issue, type Issue, type Result } from './issue.js';
import { underLaw2022, unverifiedInForce } from './legal.js';
import { maxBaseScore } from './maxBaseScore.js';
import type { BlocInput, GradeCode, Lang, TieBreakLink } from './model.js';
import { proposeAwards } from './proposeAwards.js';
import { rankByKeys } from './rankByKeys.js';
import type { BlocResult, UnitResult } from './result.js';
import { SCORE_FIELDS, scoreInto, scorePlan } from './scoreUnit.js';
import { UnitRow, type UnitColumns } from './unitRow.js';
import { tieBreakerById, type TieBreakData } from './tieBreakers.js';

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
  const maxBase = maxBaseScore(criteria);
  const bonusCap = (settings.bonusCapPercent * maxBase) / 100;
  const n = units.length;
  const scores = new Float64Array(n * SCORE_FIELDS);
  const totals = new Float64Array(n);
  const bonus = new Float64Array(n);
  const penalty = new Float64Array(n);
  const grades: GradeCode[] = new Array(n);
  const plan = scorePlan(criteria);
  for (let i = 0; i < n; i++) {
    const at = i * SCORE_FIELDS;
    if (!scoreInto(units[i]!.points, plan, bonusCap, scores, at)) {
      issues.push(...checkPoints(units[i]!.points, criteria, { unit: i, unitName: units[i]!.name, lang: options.lang ?? 'vi' }));
    }
    totals[i] = scores[at + 4]!;
    // Points too large for the arithmetic (a penalty of 1e308) would make a total of ±Infinity.
    if (!Number.isFinite(totals[i]!)) issues.push(totalNotFinite(units[i]!.points, criteria, i, units[i]!.name));
    bonus[i] = scores[at + 2]!;
    penalty[i] = scores[at + 3]!;
    grades[i] = gradeTotal(totals[i]!, maxBase, settings.bands);
  }

  if (hasErrors(issues)) return { ok: false, value: null, issues };

  const groups = new Set(criteria.filter((c) => c.kind === 'score').map((c) => c.group));
  const tieBreak: TieBreakLink[] = womenLast(settings.tieBreak, issues).filter((l) =>
    tieBreakerById(l.id).available(facts, groups, l.param),
  );
  const data: TieBreakData = { units, criteria, bonus, penalty };
  const tieKeys = tieBreak.map((link) => tieBreakerById(link.id).column(data, link.param));
  const { ranks, tied, order } = rankByKeys(totals, tieKeys);

  const quotas = {
    provincialFlags: settings.provincialFlags,
    certificates: certificateQuota(settings.certificates, units.length),
  };
  issues.push(...settingsIssues(input, quotas.certificates));
  const proposed = proposeAwards({ settings, units, grades, ranks, order, quotas });
  issues.push(...tieIssues(input, ranks, tied, order), ...proposed.issues);

  const columns: UnitColumns = {
    units,
    scores,
    maxBase,
    grades,
    ranks,
    tied,
    awards: proposed.awards,
    notes: proposed.notes,
  };
  const unitResults: UnitResult[] = new Array(n);
  for (let i = 0; i < n; i++) unitResults[i] = new UnitRow(columns, i);
  return {
    ok: true,
    value: { settings, criteria, maxBase, quotas, tieBreak, units: unitResults, order, tieKeys },
    issues,
  };
}

/**
 * The women's priority applies only among equally qualified units (khoản 6 Điều 4 of the decree in force):
 * a chain that puts it before another link gets it moved to the end, with a warning on the setting.
 */
function womenLast(chain: readonly TieBreakLink[], issues: Issue[]): readonly TieBreakLink[] {
  const at = chain.findIndex((l) => l.id === 'women');
  if (at < 0 || at === chain.length - 1) return chain;
  issues.push(issue('warning', 'TIE_BREAK_WOMEN_LAST', {}, { field: 'setting:tieBreak' }));
  return [...chain.filter((l) => l.id !== 'women'), chain[at]!];
}

/**
 * Settings an officer would question (DOMAIN.md sections 3–5): under the 2022 Law one provincial flag goes to
 * the unit leading the bloc, and the Government flag is proposed for that same unit; the automatic number of
 * Bằng khen is BlocRank's default, not a rule of law.
 */
function settingsIssues(input: BlocInput, certificates: number): Issue[] {
  const { settings, units } = input;
  const out: Issue[] = [];
  const law2022 = underLaw2022(settings.year);
  if (law2022 && settings.provincialFlags > 1) {
    out.push(issue('warning', 'PROVINCIAL_FLAGS_ABOVE_ONE', { count: settings.provincialFlags }, { field: 'setting:provincialFlags' }));
  }
  if (law2022 && settings.nominateGovernmentFlag && !settings.governmentFlagWithProvincial) {
    out.push(issue('warning', 'GOVERNMENT_FLAG_APART', {}, { field: 'setting:governmentFlagWithProvincial' }));
  }
  for (const doc of unverifiedInForce(settings.year)) {
    out.push(issue('warning', 'LEGAL_TEXT_UNVERIFIED', { year: settings.year, document: doc.short.vi, documentEn: doc.short.en }, { field: 'setting:year' }));
  }
  if (settings.certificates === 'auto') {
    out.push(issue('info', 'CERTIFICATES_AUTO_DEFAULT', { count: certificates, units: units.length }, { field: 'setting:certificates' }));
  }
  return out;
}

/**
 * Problems that stop any scoring: no units, no scored criterion, a bad maximum, grade thresholds out of
 * order; and a quota above the number of units (a warning: no quota is ever exceeded, the extra slots
 * stay empty, but a quota of 12 in a 9-unit bloc is most likely a typing slip). Leader names are
 * rotation's (`rotateLeaders`).
 */
function checkStructure(input: BlocInput): Issue[] {
  const issues: Issue[] = [];
  const { bands, provincialFlags, certificates } = input.settings;
  if (!(bands.excellent > bands.good && bands.good > bands.complete)) {
    const params = { excellent: bands.excellent, good: bands.good, complete: bands.complete };
    issues.push(issue('error', 'BANDS_OUT_OF_ORDER', params, { field: `setting:${outOfOrderBand(bands)}` }));
  }
  const n = input.units.length;
  if (n > 0 && provincialFlags > n) {
    const params = { kind: 'provincialFlags', quota: provincialFlags, units: n };
    issues.push(issue('warning', 'QUOTA_ABOVE_UNITS', params, { field: 'setting:provincialFlags' }));
  }
  if (n > 0 && certificates !== 'auto' && certificates > n) {
    const params = { kind: 'certificates', quota: certificates, units: n };
    issues.push(issue('warning', 'QUOTA_ABOVE_UNITS', params, { field: 'setting:certificates' }));
  }
  if (input.units.length === 0) issues.push(issue('error', 'NO_UNITS'));
  if (!input.criteria.some((c) => c.kind === 'score')) issues.push(issue('error', 'NO_SCORE_CRITERIA'));
  input.criteria.forEach((c, i) => {
    const bad = c.max === null ? c.kind === 'score' : !Number.isFinite(c.max) || c.max <= 0;
    if (bad) issues.push(issue('error', 'CRITERION_MAX_INVALID', { code: c.code, value: String(c.max ?? '') }, { field: `criterion:${i}` }));
  });
  return issues;
}

/** The band to name for thresholds out of order: the first that is not above the next one. */
function outOfOrderBand(bands: BlocInput['settings']['bands']): string {
  return bands.excellent > bands.good ? 'bands.good' : 'bands.excellent';
}

/** The error for a total that is not finite, on the criterion cell with the largest points. */
function totalNotFinite(points: ReadonlyArray<number | null>, criteria: BlocInput['criteria'], unit: number, name: string): Issue {
  let worst = 0;
  for (let i = 1; i < points.length; i++) if (Math.abs(points[i] ?? 0) > Math.abs(points[worst] ?? 0)) worst = i;
  const params = { unit: name, code: criteria[worst]?.code ?? '', value: String(points[worst] ?? '') };
  return issue('error', 'TOTAL_NOT_FINITE', params, { unit, field: `c:${worst}` });
}

function tieIssues(input: BlocInput, ranks: Int32Array, tied: Uint8Array, order: Uint32Array): Issue[] {
  const issues: Issue[] = [];
  for (let pos = 0; pos < order.length; ) {
    const first = order[pos]!;
    let end = pos + 1;
    while (end < order.length && ranks[order[end]!] === ranks[first]) end++;
    if (tied[first]) {
      let names = `"${input.units[first]!.name}"`;
      for (let p = pos + 1; p < end; p++) names += `, "${input.units[order[p]!]!.name}"`;
      issues.push(issue('warning', 'TIE_UNRESOLVED', { units: names, rank: ranks[first]! }, { unit: first }));
    }
    pos = end;
  }
  return issues;
}
