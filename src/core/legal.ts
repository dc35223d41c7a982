import type { Lang } from './model.js';

/** A calendar date without time zone, so core never touches the clock or locale. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type LegalDocKind = 'law' | 'decree';

export interface LegalDocument {
  readonly id: string;
  readonly kind: LegalDocKind;
  /** Short citation, e.g. "Nghị định số 152/2025/NĐ-CP". */
  readonly short: Readonly<Record<Lang, string>>;
  /** Full citation with its date, as a "Căn cứ" line uses it. */
  readonly full: Readonly<Record<Lang, string>>;
  readonly from: CivilDate | null;
  readonly to: CivilDate | null;
  /** Not yet verified (its text not seen): cited "marked to be checked". */
  readonly unverified?: boolean;
  /** Articles we rely on, by rule. */
  readonly articles: Partial<Readonly<Record<LegalRule, Readonly<Record<Lang, string>>>>>;
}

/** The rules whose legal basis explanations cite. */
export type LegalRule = 'veto' | 'womenPriority' | 'governmentFlag' | 'provincialFlag' | 'certificate' | 'grades';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

/** The registry of DOMAIN.md section 3. Add a document here when the law changes; nothing else moves. */
export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [
  {
    id: 'LUAT_TDKT_2003',
    kind: 'law',
    short: { vi: 'Luật Thi đua, khen thưởng năm 2003', en: 'the 2003 Law on Emulation and Commendation' },
    full: {
      vi: 'Luật Thi đua, khen thưởng ngày 26/11/2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14/6/2005 và ngày 16/11/2013',
      en: 'the Law on Emulation and Commendation of 26/11/2003, amended on 14/6/2005 and 16/11/2013',
    },
    from: null,
    to: d(2023, 12, 31),
    articles: {},
  },
  {
    id: 'ND_91_2017',
    kind: 'decree',
    short: { vi: 'Nghị định số 91/2017/NĐ-CP', en: 'Decree 91/2017/ND-CP' },
    full: {
      vi: 'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      en: 'Government Decree 91/2017/ND-CP of 31/7/2017 detailing the Law on Emulation and Commendation',
    },
    from: d(2017, 10, 1),
    to: d(2023, 12, 31),
    articles: {
      governmentFlag: { vi: 'Điều 11', en: 'Article 11' },
    },
  },
  {
    id: 'LUAT_TDKT_2022',
    kind: 'law',
    short: { vi: 'Luật Thi đua, khen thưởng số 06/2022/QH15', en: 'Law on Emulation and Commendation No. 06/2022/QH15' },
    full: {
      vi: 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
      en: 'the Law on Emulation and Commendation No. 06/2022/QH15 of 15/6/2022',
    },
    from: d(2024, 1, 1),
    to: null,
    articles: {
      governmentFlag: { vi: 'Điều 25', en: 'Article 25' },
      provincialFlag: { vi: 'Điều 26', en: 'Article 26' },
      certificate: { vi: 'Điều 74', en: 'Article 74' },
    },
  },
  {
    id: 'ND_98_2023',
    kind: 'decree',
    short: { vi: 'Nghị định số 98/2023/NĐ-CP', en: 'Decree 98/2023/ND-CP' },
    full: {
      vi: 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      en: 'Government Decree 98/2023/ND-CP of 31/12/2023 detailing the Law on Emulation and Commendation',
    },
    from: d(2024, 1, 1),
    to: d(2025, 6, 30),
    articles: {
      veto: { vi: 'Điều 4', en: 'Article 4' },
      womenPriority: { vi: 'Điều 4', en: 'Article 4' },
    },
  },
  {
    id: 'ND_152_2025',
    kind: 'decree',
    short: { vi: 'Nghị định số 152/2025/NĐ-CP', en: 'Decree 152/2025/ND-CP' },
    full: {
      vi: 'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      en: 'Government Decree 152/2025/ND-CP of 14/6/2025 detailing the Law on Emulation and Commendation',
    },
    from: d(2025, 7, 1),
    to: null,
    articles: {
      veto: { vi: 'khoản 4 Điều 4', en: 'Article 4(4)' },
      womenPriority: { vi: 'khoản 6 Điều 4', en: 'Article 4(6)' },
    },
  },
  {
    id: 'LUAT_06_2026',
    kind: 'law',
    short: {
      vi: 'Luật số 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng (cần kiểm tra)',
      en: 'Law No. 06/2026/QH16 amending the Law on Emulation and Commendation (to be checked)',
    },
    full: {
      vi: 'Luật số 06/2026/QH16 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (cần kiểm tra số, ngày ban hành)',
      en: 'Law No. 06/2026/QH16 amending the Law on Emulation and Commendation (number and date to be checked)',
    },
    from: d(2026, 10, 1),
    to: null,
    unverified: true,
    articles: {},
  },
];

/** Compares civil dates. */
function before(a: CivilDate, b: CivilDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/**
 * The documents in force on `date`, laws first, in registry order.
 *
 * @example documentsInForce({ year: 2026, month: 1, day: 1 }).map((x) => x.id) // ['LUAT_TDKT_2022', 'ND_152_2025']
 */
export function documentsInForce(date: CivilDate): readonly LegalDocument[] {
  const inForce = LEGAL_DOCUMENTS.filter((doc) => !(doc.from && before(date, doc.from)) && !(doc.to && before(doc.to, date)));
  return [...inForce.filter((x) => x.kind === 'law'), ...inForce.filter((x) => x.kind === 'decree')];
}

/** The date whose documents apply to the review of year N: 1 January of N+1. */
export function reviewDate(year: number): CivilDate {
  return { year: year + 1, month: 1, day: 1 };
}

/**
 * The citation for a rule in the review of `year`, e.g. "khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP";
 * `null` when no document in force is known to carry the rule (say "theo quy định của khối" then).
 */
export function citeRule(rule: LegalRule, year: number, lang: Lang): string | null {
  for (const doc of documentsInForce(reviewDate(year))) {
    const article = doc.articles[rule];
    if (article) return `${article[lang]} ${doc.short[lang]}`;
  }
  return null;
}
