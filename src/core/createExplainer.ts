import { countText, formatNumber } from './format.js';
import { AWARD_NAMES, BAND_WORDS, GRADE_LABELS } from './labels.js';
import { citeRule, underLaw2022, type Citation, type LegalRule } from './legal.js';
import type { AwardCode, GradeCode, Lang } from './model.js';
import type { AwardNote, BlocResult, FlagPrerequisite, UnitResult } from './result.js';
import { tieBreakerById } from './tieBreakers.js';

const MAX_NAMED = 5;

/** Curly quotes around a name (award, unit, rating), as formal texts quote them. */
const q = (name: string): string => `“${name}”`;

type Texts = (typeof T)['vi'];

/**
 * The sentences of an explanation, in the formal register of DOMAIN.md section 5 point 5. Award names in
 * full and in curly quotes, counts with a leading zero (vi), "Khối" capitalised; a rule without a legal
 * text says "theo quy định của Khối" / "mặc định của BlocRank"; a legal rule cites the document in force.
 */
const T = {
  vi: {
    rank: (r: number, n: number) => `Xếp hạng ${r}/${n}`,
    tiedWith: (names: string) =>
      ` (đồng hạng với ${names} sau khi xét mọi tiêu chí ưu tiên khi bằng điểm; Khối bình xét, quyết định)`,
    brokeAbove: (names: string, why: string) => `; bằng tổng điểm với ${names}, xếp trên do ${why}`,
    brokeBelow: (names: string, why: string) => `; bằng tổng điểm với ${names}, xếp dưới do ${names} có ${why}`,
    byChain: ' (tiêu chí ưu tiên khi bằng điểm của Khối)',
    total: (t: string, max: string) => `Tổng điểm ${t}/${max}`,
    bonus: (b: string) => `, gồm ${b} điểm thưởng`,
    penalty: (p: string) => `, đã trừ ${p} điểm`,
    capped: (raw: string) => ` (điểm thưởng đạt ${raw}, chỉ tính đến mức tối đa theo quy định của Khối)`,
    band: (band: string) => ` — ${band} theo thang điểm của Khối`,
    article: (c: Citation) => (c.article ? ` (${c.text})` : ` (theo quy định tại ${c.text})`),
    blocRule: ' (theo quy định của Khối)',
    leads: 'đơn vị dẫn đầu phong trào thi đua của Khối',
    provincialLeader: (award: string, basis: string) => `Đề nghị tặng ${award}: đơn vị dẫn đầu phong trào thi đua của Khối${basis}`,
    provincialQuota2022: (award: string, count: string, law: string) =>
      `Đề nghị tặng ${award} theo quy định của tỉnh${count ? ` (${count} Cờ thi đua cho Khối)` : ''}; ${law} quy định Cờ thi đua cho tập thể dẫn đầu phong trào thi đua của Khối`,
    provincialQuota: (award: string, count: string, basis: string) =>
      `Đề nghị tặng ${award}: đơn vị tiêu biểu xuất sắc trong phong trào thi đua của Khối, trong số lượng ${count} Cờ thi đua theo quy định của tỉnh${basis}`,
    government: (award: string, why: string, basis: string) =>
      `Suy tôn, đề nghị Ủy ban nhân dân tỉnh xem xét, trình Thủ tướng Chính phủ tặng ${award}: ${why}${basis}; việc tặng do cấp có thẩm quyền quyết định`,
    governmentNominee: 'đơn vị được Khối suy tôn',
    certificate: (award: string, basis: string) =>
      `Đề nghị tặng ${award}: thành tích xuất sắc trong phong trào thi đua của Khối${basis}`,
    autoQuota: (count: string) => `; số lượng ${count} Bằng khen theo mặc định của BlocRank, cần thay bằng số lượng theo quy định của tỉnh`,
    confirm: (what: string) => `; cần xác nhận: ${what}`,
    prereq: {
      CO_UBND_TINH: {
        exceededTargets: 'hoàn thành vượt mức chỉ tiêu, nhiệm vụ được giao',
        strongOrganisations: 'tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ',
      },
      CO_CHINH_PHU: {
        exceededTargets: 'hoàn thành vượt mức chỉ tiêu, nhiệm vụ được giao',
        strongOrganisations: 'tổ chức đảng, đoàn thể trong sạch, vững mạnh',
      },
    } as Record<'CO_UBND_TINH' | 'CO_CHINH_PHU', Record<FlagPrerequisite, string>>,
    prereqNot: {
      exceededTargets: 'chưa hoàn thành vượt mức chỉ tiêu, nhiệm vụ được giao',
      strongOrganisations: 'tổ chức đảng, đoàn thể chưa hoàn thành xuất sắc nhiệm vụ',
    } as Record<FlagPrerequisite, string>,
    list: (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`),
    held: (basis: string) =>
      `Chưa đề nghị khen thưởng: đơn vị đang trong thời gian cơ quan có thẩm quyền xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra${basis}`,
    disciplined: 'Không đề nghị khen thưởng: đơn vị bị kỷ luật (theo quy định của Khối)',
    gradeTooLowOfficial: (grade: string, required: string) =>
      `Không đề nghị khen thưởng: xếp loại chính thức ${grade}, thấp hơn mức ${required} cần có để được khen thưởng (theo quy định của Khối)`,
    gradeTooLowBloc: (band: string, required: string) =>
      `Không đề nghị khen thưởng: tổng điểm ở ${band} theo thang điểm của Khối, thấp hơn ${required} cần có để được khen thưởng (theo quy định của Khối)`,
    checkOfficial: (required: string) =>
      `Cần đối chiếu kết quả đánh giá, xếp loại chính thức của đơn vị (mức ${required}) trước khi trình cấp có thẩm quyền`,
    prereqFailed: (what: string, basis: string) => `Không đề nghị Cờ thi đua: đơn vị ${what}${basis}`,
    pending: (size: string, awards: string) =>
      `Cần bình xét: ${size} đơn vị đồng hạng, vượt số lượng ${awards} còn lại; Khối bỏ phiếu quyết định`,
    outOfQuota: (quota: string) => `Ngoài số lượng đề nghị của Khối (${quota})`,
    quotaFlags: (n: string) => `${n} Cờ thi đua của Ủy ban nhân dân tỉnh`,
    quotaCerts: (n: string) => `${n} Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh`,
    join: ', ',
  },
  en: {
    rank: (r: number, n: number) => `Rank ${r} of ${n}`,
    tiedWith: (names: string) => ` (tied with ${names} after every tie-break criterion; the Bloc deliberates and decides)`,
    brokeAbove: (names: string, why: string) => `; same total as ${names}, ranked above: it has ${why}`,
    brokeBelow: (names: string, why: string) => `; same total as ${names}, ranked below: ${names} has ${why}`,
    byChain: " (the Bloc's tie-break criteria)",
    total: (t: string, max: string) => `Total ${t}/${max}`,
    bonus: (b: string) => `, including ${b} bonus point${b === '1' ? '' : 's'}`,
    penalty: (p: string) => `, after ${p} point${p === '1' ? '' : 's'} deducted`,
    capped: (raw: string) => ` (bonus ${raw}, counted up to the Bloc's cap)`,
    band: (band: string) => ` — ${band} of the Bloc's scale`,
    article: (c: Citation) => (c.article ? ` (${c.text})` : ` (under ${c.text})`),
    blocRule: " (the Bloc's rules)",
    leads: "the unit leading the Bloc's emulation movement",
    provincialLeader: (award: string, basis: string) => `Proposed for the ${award}: the unit leading the Bloc's emulation movement${basis}`,
    provincialQuota2022: (award: string, count: string, law: string) =>
      `Proposed for the ${award} under the province's rules${count ? ` (${count} flags for the Bloc)` : ''}; ${law} gives the flag to the collective leading the Bloc's emulation movement`,
    provincialQuota: (award: string, count: string, basis: string) =>
      `Proposed for the ${award}: an outstanding unit of the Bloc's emulation movement, within the ${count} flags set by the province${basis}`,
    government: (award: string, why: string, basis: string) =>
      `Honoured and proposed to the Provincial People’s Committee for submission to the Prime Minister for the ${award}: ${why}${basis}; the competent authority decides`,
    governmentNominee: 'the unit the Bloc honours',
    certificate: (award: string, basis: string) => `Proposed for the ${award}: outstanding result in the Bloc's emulation movement${basis}`,
    autoQuota: (count: string) => `; ${count} certificates is BlocRank's default, to be replaced by the number the province sets`,
    confirm: (what: string) => `; to be confirmed: ${what}`,
    prereq: {
      CO_UBND_TINH: {
        exceededTargets: 'targets and tasks exceeded',
        strongOrganisations: 'Party and mass organisations completed their tasks excellently',
      },
      CO_CHINH_PHU: {
        exceededTargets: 'targets and tasks exceeded',
        strongOrganisations: 'clean and strong Party and mass organisations',
      },
    } as Record<'CO_UBND_TINH' | 'CO_CHINH_PHU', Record<FlagPrerequisite, string>>,
    prereqNot: {
      exceededTargets: 'did not exceed its targets and tasks',
      strongOrganisations: 'has Party and mass organisations that did not complete their tasks excellently',
    } as Record<FlagPrerequisite, string>,
    list: (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`),
    held: (basis: string) =>
      `Not proposed for now: a disciplinary review, investigation or inspection of the unit by the competent authority is pending${basis}`,
    disciplined: "Not proposed: the unit has been disciplined (the Bloc's rules)",
    gradeTooLowOfficial: (grade: string, required: string) =>
      `Not proposed: the official rating ${grade} is below the ${required} required for an award (the Bloc's rules)`,
    gradeTooLowBloc: (band: string, required: string) =>
      `Not proposed: the total is in ${band} of the Bloc's scale, below ${required} required for an award (the Bloc's rules)`,
    checkOfficial: (required: string) =>
      `The unit's official rating (${required}) must be checked before the proposal is sent to the competent authority`,
    prereqFailed: (what: string, basis: string) => `No flag proposed: the unit ${what}${basis}`,
    pending: (size: string, awards: string) =>
      `To be deliberated: ${size} units tied, more than the places left for the ${awards}; the Bloc decides by vote`,
    outOfQuota: (quota: string) => `Outside the Bloc's number of proposals (${quota})`,
    quotaFlags: (n: string) => `${n} provincial flag(s)`,
    quotaCerts: (n: string) => `${n} certificate(s)`,
    join: ', ',
  },
} as const;

/**
 * Prepares explanations for every unit of a ranking in `lang`; the returned function explains one unit
 * by index. Citations name the documents in force for the year reviewed (section 3 of DOMAIN.md), by
 * number and with khoản; unverified documents are never cited.
 *
 * @example
 * const explain = createExplainer(result, 'vi');
 * explain(0) // 'Xếp hạng 1/9. Tổng điểm 103,5/100, gồm 04 điểm thưởng — mức xuất sắc theo thang điểm của Khối. Đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”: …'
 */
export function createExplainer(result: BlocResult, lang: Lang): (index: number) => string {
  const t: Texts = T[lang] as Texts;
  const n = result.units.length;
  const position = new Int32Array(n);
  for (let pos = 0; pos < n; pos++) position[result.order[pos]!] = pos;
  const { settings } = result;
  const year = settings.year;
  const law2022 = underLaw2022(year);
  /** " (khoản 4 Điều 4 Nghị định số …)", " (theo quy định tại …)", else the bloc's rule. */
  const basis = (rule: LegalRule): string => {
    const c = citeRule(rule, year, lang);
    return c ? t.article(c) : t.blocRule;
  };
  const fmt = (x: number) => formatNumber(x, lang);
  const count = (x: number) => countText(x, lang);
  const award = (code: AwardCode) => q(AWARD_NAMES[code][lang]);

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
        return link.id === 'women' ? `${text}${basis('womenPriority')}` : `${text}${t.byChain}`;
      }
    }
    return '';
  };

  const names = (list: readonly UnitResult[]) => list.map((o) => q(o.name)).join(t.join);
  const rankText = (u: UnitResult): string => {
    let text = t.rank(u.rank, n);
    const equal = sameTotal(u);
    const tiedWith = equal.filter((o) => o.rank === u.rank);
    if (tiedWith.length > 0) text += t.tiedWith(names(tiedWith));
    const above = equal.filter((o) => o.rank > u.rank);
    const below = equal.filter((o) => o.rank < u.rank);
    if (above.length > 0) text += t.brokeAbove(names(above), decidingLink(u.index, above[0]!.index));
    if (below.length > 0) text += t.brokeBelow(names(below), decidingLink(below[below.length - 1]!.index, u.index));
    return text;
  };

  const scoreText = (u: UnitResult): string => {
    let text = t.total(fmt(u.total), fmt(result.maxBase));
    if (u.bonus > 0) text += t.bonus(count(u.bonus)) + (u.bonusRaw > u.bonus ? t.capped(fmt(u.bonusRaw)) : '');
    if (u.penalty > 0) text += t.penalty(count(u.penalty));
    return text + t.band(BAND_WORDS[u.grade][lang]);
  };

  const provincialFlag = (leading: boolean | undefined): string => {
    if (leading) return t.provincialLeader(award('CO_UBND_TINH'), basis('provincialFlag'));
    const flags = count(result.quotas.provincialFlags);
    if (law2022) {
      const c = citeRule('provincialFlag', year, lang);
      const many = result.quotas.provincialFlags > 1 ? flags : '';
      return t.provincialQuota2022(award('CO_UBND_TINH'), many, c ? c.text.charAt(0).toUpperCase() + c.text.slice(1) : '');
    }
    return t.provincialQuota(award('CO_UBND_TINH'), flags, basis('provincialFlag'));
  };

  const awardedText = (code: AwardCode, leading: boolean | undefined): string => {
    switch (code) {
      case 'CO_UBND_TINH':
        return provincialFlag(leading);
      case 'CO_CHINH_PHU':
        return t.government(award(code), leading === false ? t.governmentNominee : t.leads, basis('governmentFlag'));
      case 'BANG_KHEN_UBND_TINH':
        return (
          t.certificate(award(code), basis('certificate')) +
          (settings.certificates === 'auto' ? t.autoQuota(count(result.quotas.certificates)) : '')
        );
    }
  };

  const gradeName = (g: GradeCode) => q(GRADE_LABELS[g][lang]);

  const noteText = (note: AwardNote): string => {
    switch (note.kind) {
      case 'awarded':
        return awardedText(note.award, note.leading);
      case 'confirm': {
        const flag = note.award === 'CO_CHINH_PHU' ? 'CO_CHINH_PHU' : 'CO_UBND_TINH';
        return awardedText(note.award, note.leading) + t.confirm(t.list(note.confirm.map((p) => t.prereq[flag][p])));
      }
      case 'held':
        return t.held(basis('hold'));
      case 'disciplined':
        return t.disciplined;
      case 'gradeTooLow':
        return note.official
          ? t.gradeTooLowOfficial(gradeName(note.grade), gradeName(note.required))
          : t.gradeTooLowBloc(BAND_WORDS[note.grade][lang], BAND_WORDS[note.required][lang]);
      case 'checkOfficialRating':
        return t.checkOfficial(gradeName(note.required));
      case 'flagPrerequisiteFailed':
        return t.prereqFailed(t.list(note.failed.map((p) => t.prereqNot[p])), basis('provincialFlag'));
      case 'pendingTie':
        return t.pending(count(note.groupSize), note.awards.map(award).join(t.join));
      case 'outOfQuota':
        return t.outOfQuota(
          [t.quotaFlags(count(result.quotas.provincialFlags)), t.quotaCerts(count(result.quotas.certificates))].join(t.join),
        );
    }
  };

  return (index: number): string => {
    const u = result.units[index];
    if (!u) throw new RangeError(`No unit at index ${index}`);
    return [`${rankText(u)}. ${scoreText(u)}.`, ...u.notes.map((note) => `${noteText(note)}.`)].join(' ');
  };
}
