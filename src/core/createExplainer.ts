import { formatNumber } from './format.js';
import { AWARD_LABELS, GRADE_LABELS } from './labels.js';
import { citeRule, type LegalRule } from './legal.js';
import type { AwardCode, GradeCode, Lang } from './model.js';
import type { AwardNote, BlocResult, FlagPrerequisite, UnitResult } from './result.js';
import { tieBreakerById } from './tieBreakers.js';

const AWARD_RULE: Record<AwardCode, LegalRule> = {
  CO_CHINH_PHU: 'governmentFlag',
  CO_UBND_TINH: 'provincialFlag',
  BANG_KHEN_UBND_TINH: 'certificate',
};

const MAX_NAMED = 5;

const T = {
  vi: {
    rank: (r: number, n: number) => `Xếp hạng ${r}/${n}`,
    tiedWith: (names: string) => ` (đồng hạng với ${names} sau mọi tiêu chí phá hòa — khối cần bình xét)`,
    brokeAbove: (names: string, why: string) => `; bằng tổng điểm với ${names}, xếp trên nhờ ${why}`,
    brokeBelow: (names: string, why: string) => `; bằng tổng điểm với ${names}, xếp dưới vì ${names} có ${why}`,
    total: (t: string) => `Tổng ${t} điểm`,
    parts: (base: string, bonus: string, penalty: string) => ` = ${base} điểm tiêu chí` + bonus + penalty,
    bonus: (b: string) => ` + ${b} điểm thưởng`,
    penalty: (p: string) => ` − ${p} điểm trừ`,
    capped: (raw: string, cap: string) => ` (điểm thưởng ${raw} vượt trần ${cap}, chỉ tính ${cap})`,
    grade: (pct: string, max: string, label: string, band: string) =>
      `; đạt ${pct}% của ${max} điểm tối đa → ${label} (mức từ ${band}%, theo quy định của khối)`,
    gradeLow: (pct: string, max: string, label: string) => `; đạt ${pct}% của ${max} điểm tối đa → ${label} (theo quy định của khối)`,
    propose: (award: string, why: string, basis: string) => `Đề nghị ${award}: ${why} — ${basis}`,
    why: {
      CO_CHINH_PHU: 'đơn vị dẫn đầu khối, đề nghị xét tặng',
      CO_UBND_TINH: 'đơn vị dẫn đầu phong trào thi đua của khối',
      BANG_KHEN_UBND_TINH: 'thành tích xuất sắc trong phong trào thi đua của khối',
    } as Record<AwardCode, string>,
    confirm: (what: string) => `; cần xác nhận: ${what}`,
    prereq: { exceededTargets: 'vượt chỉ tiêu, nhiệm vụ', strongOrganisations: 'tổ chức đảng, đoàn thể vững mạnh' } as Record<FlagPrerequisite, string>,
    vetoed: (basis: string) => `Không đề nghị khen thưởng: đơn vị đang bị xem xét kỷ luật, điều tra, thanh tra — ${basis}`,
    gradeTooLow: (g: string, req: string) => `Không đề nghị khen thưởng: xếp loại "${g}" thấp hơn mức cần có "${req}" (theo quy định của khối)`,
    prereqFailed: (what: string, basis: string) => `Không đề nghị Cờ thi đua: chưa ${what} — ${basis}`,
    pending: (size: number, awards: string) => `Chưa đề nghị: ${size} đơn vị đồng hạng vượt số suất (${awards}) — khối cần bình xét, bỏ phiếu`,
    outOfQuota: (flags: number, certs: number) =>
      `Không đề nghị: ngoài số suất của khối (${flags} Cờ thi đua UBND tỉnh, ${certs} Bằng khen; theo quy định của khối)`,
    bloc: 'theo quy định của khối',
  },
  en: {
    rank: (r: number, n: number) => `Rank ${r} of ${n}`,
    tiedWith: (names: string) => ` (tied with ${names} after every tie-break — the bloc must decide)`,
    brokeAbove: (names: string, why: string) => `; same total as ${names}, ranked above on ${why}`,
    brokeBelow: (names: string, why: string) => `; same total as ${names}, ranked below: the other side has ${why}`,
    total: (t: string) => `Total ${t} points`,
    parts: (base: string, bonus: string, penalty: string) => ` = ${base} criteria points` + bonus + penalty,
    bonus: (b: string) => ` + ${b} bonus`,
    penalty: (p: string) => ` − ${p} penalty`,
    capped: (raw: string, cap: string) => ` (bonus ${raw} is above the cap ${cap}; ${cap} counted)`,
    grade: (pct: string, max: string, label: string, band: string) =>
      `; ${pct}% of the ${max}-point maximum → ${label} (band from ${band}%, per the bloc's rules)`,
    gradeLow: (pct: string, max: string, label: string) => `; ${pct}% of the ${max}-point maximum → ${label} (per the bloc's rules)`,
    propose: (award: string, why: string, basis: string) => `Proposed for the ${award}: ${why} — ${basis}`,
    why: {
      CO_CHINH_PHU: 'leads the bloc, nominated',
      CO_UBND_TINH: "leads the bloc's emulation movement",
      BANG_KHEN_UBND_TINH: "outstanding result in the bloc's emulation movement",
    } as Record<AwardCode, string>,
    confirm: (what: string) => `; to be confirmed: ${what}`,
    prereq: { exceededTargets: 'exceeded targets', strongOrganisations: 'strong Party and mass organisations' } as Record<FlagPrerequisite, string>,
    vetoed: (basis: string) => `No award proposed: the unit is under disciplinary review, investigation or inspection — ${basis}`,
    gradeTooLow: (g: string, req: string) => `No award proposed: grade "${g}" is below the required "${req}" (per the bloc's rules)`,
    prereqFailed: (what: string, basis: string) => `No flag proposed: not ${what} — ${basis}`,
    pending: (size: number, awards: string) => `Not proposed yet: ${size} tied units exceed the quota (${awards}) — the bloc must decide by vote`,
    outOfQuota: (flags: number, certs: number) =>
      `No award proposed: outside the bloc's quota (${flags} provincial flag(s), ${certs} certificate(s); per the bloc's rules)`,
    bloc: "per the bloc's rules",
  },
} as const;

/**
 * Prepares explanations for every unit of a ranking in `lang`; the returned function explains one unit
 * by index. Citations name the documents in force for the year reviewed (section 3 of DOMAIN.md).
 *
 * @example
 * const explain = createExplainer(result, 'vi');
 * explain(0) // 'Xếp hạng 1/9; Tổng 96,5 điểm = … → Hoàn thành xuất sắc nhiệm vụ … Đề nghị Cờ thi đua của UBND tỉnh: …'
 */
export function createExplainer(result: BlocResult, lang: Lang): (index: number) => string {
  const t = T[lang];
  const n = result.units.length;
  const position = new Int32Array(n);
  for (let pos = 0; pos < n; pos++) position[result.order[pos]!] = pos;
  const year = result.settings.year;
  const basis = (rule: LegalRule): string => citeRule(rule, year, lang) ?? t.bloc;
  const fmt = (x: number) => formatNumber(x, lang);

  const sameTotal = (u: UnitResult): UnitResult[] => {
    const out: UnitResult[] = [];
    // Name at most a few neighbours each way: a huge block of equal totals stays linear to explain.
    for (const step of [-1, 1]) {
      for (let pos = position[u.index]! + step, seen = 0; pos >= 0 && pos < n && seen < MAX_NAMED; pos += step, seen++) {
        const other = result.units[result.order[pos]!]!;
        if (other.total !== u.total) break;
        out.push(other);
      }
    }
    return out;
  };

  const decidingLink = (a: number, b: number): string => {
    for (let j = 0; j < result.tieBreak.length; j++) {
      if (result.tieKeys[j]![a] !== result.tieKeys[j]![b]) {
        const link = result.tieBreak[j]!;
        const text = tieBreakerById(link.id).describe(lang, link.param);
        return link.id === 'women' ? `${text} (${basis('womenPriority')})` : text;
      }
    }
    return '';
  };

  const rankText = (u: UnitResult): string => {
    let text = t.rank(u.rank, n);
    const equal = sameTotal(u);
    const tiedWith = equal.filter((o) => o.rank === u.rank).map((o) => `"${o.name}"`);
    if (tiedWith.length > 0) text += t.tiedWith(tiedWith.join(', '));
    const above = equal.filter((o) => o.rank > u.rank);
    const below = equal.filter((o) => o.rank < u.rank);
    if (above.length > 0) text += t.brokeAbove(above.map((o) => `"${o.name}"`).join(', '), decidingLink(u.index, above[0]!.index));
    if (below.length > 0) text += t.brokeBelow(below.map((o) => `"${o.name}"`).join(', '), decidingLink(below[below.length - 1]!.index, u.index));
    return text;
  };

  const scoreText = (u: UnitResult): string => {
    const cap = (result.settings.bonusCapPercent * result.maxBase) / 100;
    let text = t.total(fmt(u.total));
    if (u.bonusRaw > 0 || u.penalty > 0) {
      text += t.parts(fmt(u.base), u.bonusRaw > 0 ? t.bonus(fmt(u.bonus)) : '', u.penalty > 0 ? t.penalty(fmt(u.penalty)) : '');
    }
    if (u.bonusRaw > u.bonus) text += t.capped(fmt(u.bonusRaw), fmt(cap));
    const bands = result.settings.bands;
    const band: Record<GradeCode, number | null> = { HTXSNV: bands.excellent, HTTNV: bands.good, HTNV: bands.complete, KHTNV: null };
    const b = band[u.grade];
    const label = GRADE_LABELS[u.grade][lang];
    text += b === null ? t.gradeLow(fmt(u.percent), fmt(result.maxBase), label) : t.grade(fmt(u.percent), fmt(result.maxBase), label, fmt(b));
    return text;
  };

  const noteText = (note: AwardNote): string => {
    const prereqs = (list: readonly FlagPrerequisite[]) => list.map((p) => t.prereq[p]).join(', ');
    switch (note.kind) {
      case 'awarded':
        return t.propose(AWARD_LABELS[note.award][lang], t.why[note.award], basis(AWARD_RULE[note.award]));
      case 'confirm':
        return t.propose(AWARD_LABELS[note.award][lang], t.why[note.award], basis(AWARD_RULE[note.award])) + t.confirm(prereqs(note.confirm));
      case 'vetoed':
        return t.vetoed(basis('veto'));
      case 'gradeTooLow':
        return t.gradeTooLow(GRADE_LABELS[note.grade][lang], GRADE_LABELS[note.required][lang]);
      case 'flagPrerequisiteFailed':
        return t.prereqFailed(prereqs(note.failed), basis('provincialFlag'));
      case 'pendingTie':
        return t.pending(note.groupSize, note.awards.map((a) => AWARD_LABELS[a][lang]).join(', '));
      case 'outOfQuota':
        return t.outOfQuota(result.quotas.provincialFlags, result.quotas.certificates);
    }
  };

  return (index: number): string => {
    const u = result.units[index];
    if (!u) throw new RangeError(`No unit at index ${index}`);
    return [`${rankText(u)}. ${scoreText(u)}.`, ...u.notes.map((note) => `${noteText(note)}.`)].join(' ');
  };
}
