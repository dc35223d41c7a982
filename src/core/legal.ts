import type { Lang } from './model.js';

/** A calendar date without time zone, so core never touches the clock or locale. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type LegalDocKind = 'law' | 'decree';

/** The rules whose legal basis explanations and documents cite (DOMAIN.md sections 3 and 5). */
export type LegalRule =
  /** Cờ thi đua của Chính phủ: proposed for the collective leading the bloc. */
  | 'governmentFlag'
  /** Cờ thi đua của Ủy ban nhân dân tỉnh: the collective leading the bloc's emulation movement. */
  | 'provincialFlag'
  /** Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh for a collective. */
  | 'certificate'
  /** No award (or proposal) while a disciplinary review, investigation or inspection is pending. */
  | 'hold'
  /** Among equally qualified candidates, priority to women or collectives with ≥ 70 % women. */
  | 'womenPriority'
  /** One achievement, one form of award. */
  | 'oneAchievement';

/** How the wording of a provision was seen: the text itself, a translation, or regulations that copy it. */
export type Checked = 'text' | 'translation' | 'copy';

/** A provision cited by article and, when the rule sits in one clause, by khoản. */
export interface Provision {
  readonly article: number;
  readonly clause?: number;
  readonly checked: Checked;
}

export interface LegalDocument {
  readonly id: string;
  readonly kind: LegalDocKind;
  /** "06/2022/QH15", "152/2025/NĐ-CP"; null when not known (an unverified document). */
  readonly number: string | null;
  /** Date of issue (ngày ban hành). */
  readonly issued: CivilDate | null;
  /** The name by which the document is cited in running text and explanations, by language. */
  readonly short: Readonly<Record<Lang, string>>;
  /**
   * The "Căn cứ" line without "Căn cứ " and the closing ";", in Vietnamese (documents are always in
   * Vietnamese): a law by name and date in words, a decree by number, date in words and exact title.
   */
  readonly basis: string;
  /** In force from / to (inclusive); null = open. */
  readonly from: CivilDate | null;
  readonly to: CivilDate | null;
  /** False while its text has not been seen: never printed in a document, never cited in an explanation. */
  readonly verified: boolean;
  /** Printed among the "Căn cứ" lines of a pledge (false for documents used only for layout). */
  readonly inBasis: boolean;
  /** What BlocRank uses it for, in a sentence per language (docs/LAW.md). */
  readonly use: Readonly<Record<Lang, string>>;
  /** The public places where its wording was checked (URL or document reference). */
  readonly sources: readonly string[];
  /**
   * The rules it carries: a provision (cited with khoản and Điều), or `document` where the rule is
   * cited by the document alone (no article named in DOMAIN.md section 3).
   */
  readonly rules: Partial<Readonly<Record<LegalRule, Provision | 'document'>>>;
}

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

/**
 * The registry of DOMAIN.md section 3. Add a document here when the law changes; nothing else moves:
 * explanations, pledges and docs/LAW.md (`npm run law`) are derived from it.
 */
export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [
  {
    id: 'LUAT_TDKT_2003',
    kind: 'law',
    number: null,
    issued: d(2003, 11, 26),
    short: { vi: 'Luật Thi đua, khen thưởng năm 2003', en: 'the 2003 Law on Emulation and Commendation' },
    basis:
      'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, ' +
      'khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    from: d(2004, 7, 1),
    to: d(2023, 12, 31),
    verified: true,
    inBasis: true,
    use: {
      vi: 'Căn cứ cho các năm được xét đến năm 2022: Cờ thi đua của Ủy ban nhân dân tỉnh, Bằng khen, tạm chưa khen thưởng, ưu tiên nữ (trích dẫn cả văn bản, không nêu điều).',
      en: 'Basis for reviews of years up to 2022: provincial flag, certificate, hold, women’s priority (the document cited alone, no article).',
    },
    sources: [
      'Căn cứ lines of Quyết định số 31/2020/QĐ-UBND of Phú Yên: https://phapluatcongdong.vn/van-ban/quyet-dinh-31-2020-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2020-p43558.htm',
    ],
    rules: { certificate: 'document', hold: 'document', womenPriority: 'document' },
  },
  {
    id: 'ND_91_2017',
    kind: 'decree',
    number: '91/2017/NĐ-CP',
    issued: d(2017, 7, 31),
    short: { vi: 'Nghị định số 91/2017/NĐ-CP', en: 'Decree No. 91/2017/ND-CP' },
    basis:
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều ' +
      'của Luật Thi đua, khen thưởng',
    from: d(2017, 10, 1),
    to: d(2023, 12, 31),
    verified: true,
    inBasis: true,
    use: {
      vi: 'Khoản 1 Điều 11: Cờ thi đua của Chính phủ cho tập thể tiêu biểu dẫn đầu trong số các tập thể đủ điều kiện nhận Cờ thi đua cấp tỉnh; Điều 12: Cờ thi đua cấp tỉnh qua bình xét của khối. Cùng Luật năm 2003 là căn cứ cho các năm được xét đến năm 2022.',
      en: 'Article 11(1): the Government flag to an outstanding collective leading among those qualifying for a provincial flag; Article 12: provincial flags through the blocs’ deliberation. With the 2003 Law, the basis for reviews of years up to 2022.',
    },
    sources: [
      'Căn cứ lines of Quyết định số 31/2020/QĐ-UBND of Phú Yên (number, date, title): https://phapluatcongdong.vn/van-ban/quyet-dinh-31-2020-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2020-p43558.htm',
      'Khoản 1 Điều 11 (wording checked), Điều 12 (through copies): ../shared/DOMAIN.md section 3',
    ],
    rules: {
      governmentFlag: { article: 11, clause: 1, checked: 'text' },
      provincialFlag: { article: 12, checked: 'copy' },
      certificate: 'document',
      hold: 'document',
      womenPriority: 'document',
    },
  },
  {
    id: 'LUAT_TDKT_2022',
    kind: 'law',
    number: '06/2022/QH15',
    issued: d(2022, 6, 15),
    short: { vi: 'Luật số 06/2022/QH15', en: 'Law No. 06/2022/QH15' },
    basis: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    from: d(2024, 1, 1),
    to: null,
    verified: true,
    inBasis: true,
    use: {
      vi: 'Khoản 1 Điều 25 (Cờ thi đua của Chính phủ), Điều 26 (Cờ thi đua của Ủy ban nhân dân tỉnh cho tập thể dẫn đầu khối), Điều 74 (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh), Điều 84 (hồ sơ), khoản 2 Điều 5 (một thành tích, một hình thức khen thưởng).',
      en: 'Article 25(1) (Government flag), Article 26 (provincial flag to the collective leading the bloc), Article 74 (provincial chairman’s certificate), Article 84 (dossier), Article 5(2) (one achievement, one form).',
    },
    sources: [
      'Number, date, in force 01/01/2024: https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-vii-1004.html',
      'Căn cứ wording "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022" in Nghị định số 98/2023/NĐ-CP: https://hethongphapluat.com/nghi-dinh-98-2023-nd-cp-huong-dan-luat-thi-dua-khen-thuong/dieu-114',
      'Điều 25 khoản 1 through a translation; Điều 26, 74, 84 through regulations that copy them: ../shared/DOMAIN.md sections 3 and 9',
    ],
    rules: {
      governmentFlag: { article: 25, clause: 1, checked: 'translation' },
      provincialFlag: { article: 26, checked: 'copy' },
      certificate: { article: 74, checked: 'copy' },
      oneAchievement: { article: 5, clause: 2, checked: 'copy' },
    },
  },
  {
    id: 'ND_98_2023',
    kind: 'decree',
    number: '98/2023/NĐ-CP',
    issued: d(2023, 12, 31),
    short: { vi: 'Nghị định số 98/2023/NĐ-CP', en: 'Decree No. 98/2023/ND-CP' },
    basis:
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều ' +
      'của Luật Thi đua, khen thưởng',
    from: d(2024, 1, 1),
    to: d(2025, 6, 30),
    verified: true,
    inBasis: true,
    use: {
      vi: 'Khoản 4 Điều 4 (tạm chưa khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra) và khoản 6 Điều 4 (ưu tiên nữ khi có thành tích như nhau) cho các năm được xét 2023 và 2024.',
      en: 'Article 4(4) (no award while a disciplinary review, investigation or inspection is pending) and Article 4(6) (women’s priority among equally qualified candidates) for reviews of 2023 and 2024.',
    },
    sources: [
      'Number, date, title, in force 01/01/2024: https://hethongphapluat.com/nghi-dinh-98-2023-nd-cp-huong-dan-luat-thi-dua-khen-thuong/dieu-114',
      'Khoản 4 and 6 Điều 4 (same content as Nghị định số 152/2025/NĐ-CP): ../shared/DOMAIN.md section 3',
    ],
    rules: {
      hold: { article: 4, clause: 4, checked: 'copy' },
      womenPriority: { article: 4, clause: 6, checked: 'copy' },
    },
  },
  {
    id: 'ND_152_2025',
    kind: 'decree',
    number: '152/2025/NĐ-CP',
    issued: d(2025, 6, 14),
    short: { vi: 'Nghị định số 152/2025/NĐ-CP', en: 'Decree No. 152/2025/ND-CP' },
    basis:
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong ' +
      'lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    from: d(2025, 7, 1),
    to: null,
    verified: true,
    inBasis: true,
    use: {
      vi: 'Khoản 4 Điều 4: chưa khen thưởng hoặc đề nghị cấp trên khen thưởng trong thời gian đang xem xét thi hành kỷ luật, điều tra, thanh tra, kiểm tra, xác minh đơn thư; khoản 6 Điều 4: ưu tiên nữ, tập thể có từ 70% nữ khi các trường hợp có thành tích như nhau. Thay thế Nghị định số 98/2023/NĐ-CP từ ngày 01/7/2025.',
      en: 'Article 4(4): no award or proposal while a disciplinary review, investigation, inspection or a complaint is pending; Article 4(6): priority to women and collectives with at least 70 % women among equally qualified candidates. Replaces Decree No. 98/2023/ND-CP from 1 July 2025.',
    },
    sources: [
      'Title, date and khoản 4 Điều 4 wording ("Chưa khen thưởng hoặc đề nghị cấp trên khen thưởng … trong thời gian cơ quan có thẩm quyền đang xem xét thi hành kỷ luật …"): https://pbgdpl.cantho.gov.vn/quy-dinh-ve-phan-cap-phan-quyen-trong-linh-vuc-thi-dua-khen-thuong',
      'Title: https://baomoi.net.vn/phan-cap-phan-quyen-trong-linh-vuc-thi-dua-khen-thuong-c52500550.epi',
    ],
    rules: {
      hold: { article: 4, clause: 4, checked: 'text' },
      womenPriority: { article: 4, clause: 6, checked: 'copy' },
    },
  },
  {
    id: 'LUAT_SUA_DOI_2026',
    kind: 'law',
    number: null,
    issued: null,
    short: {
      vi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (năm 2026, chưa kiểm tra được văn bản)',
      en: 'the 2026 law amending the Law on Emulation and Commendation (text not yet seen)',
    },
    basis: '',
    from: d(2026, 10, 1),
    to: null,
    verified: false,
    inBasis: true,
    use: {
      vi: 'Chưa dùng: số hiệu và nội dung chưa được kiểm tra; không bao giờ in trong văn bản, chỉ nhắc trong cảnh báo.',
      en: 'Not used: its number and text have not been seen; never printed in a document, only mentioned in a warning.',
    },
    sources: ['Reported in force 01/10/2026; number and text not seen: ../shared/DOMAIN.md sections 3 and 9'],
    rules: {},
  },
  {
    id: 'ND_30_2020',
    kind: 'decree',
    number: '30/2020/NĐ-CP',
    issued: d(2020, 3, 5),
    short: { vi: 'Nghị định số 30/2020/NĐ-CP', en: 'Decree No. 30/2020/ND-CP' },
    basis: 'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư',
    from: d(2020, 3, 5),
    to: null,
    verified: true,
    inBasis: false,
    use: {
      vi: 'Thể thức văn bản của giao ước thi đua (khổ giấy, lề, phông chữ, cỡ chữ, giãn đoạn tối thiểu 6pt); không trích trong căn cứ.',
      en: 'Layout of the pledge (paper, margins, font, sizes, paragraph spacing of at least 6 pt); never cited in a căn cứ line.',
    },
    sources: ['Layout rules as summarised in ../shared/DOMAIN.md section 7'],
    rules: {},
  },
];

/** Compares civil dates. */
function before(a: CivilDate, b: CivilDate): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

function inForce(doc: LegalDocument, date: CivilDate): boolean {
  return !(doc.from && before(date, doc.from)) && !(doc.to && before(doc.to, date));
}

/**
 * The documents cited as basis on `date` (verified or not; layout-only documents left out), laws first,
 * in registry order. A caller printing them must skip the unverified ones (`verified: false`).
 *
 * @example documentsInForce({ year: 2026, month: 1, day: 1 }).map((x) => x.id) // ['LUAT_TDKT_2022', 'ND_152_2025']
 */
export function documentsInForce(date: CivilDate): readonly LegalDocument[] {
  const found = LEGAL_DOCUMENTS.filter((doc) => doc.inBasis && inForce(doc, date));
  return [...found.filter((x) => x.kind === 'law'), ...found.filter((x) => x.kind === 'decree')];
}

/** The date whose documents apply to the review of year N: 1 January of N+1. */
export function reviewDate(year: number): CivilDate {
  return { year: year + 1, month: 1, day: 1 };
}

/**
 * A date in words as a căn cứ line writes it (Nghị định 30/2020: a leading zero for days below 10 and
 * for January and February).
 *
 * @example dateInWords({ year: 2017, month: 7, day: 31 }) // 'ngày 31 tháng 7 năm 2017'
 * @example dateInWords({ year: 2020, month: 3, day: 5 }) // 'ngày 05 tháng 3 năm 2020'
 */
export function dateInWords(date: CivilDate): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/**
 * A provision as cited: "khoản 4 Điều 4" / "Article 4(4)".
 *
 * @example provisionText({ article: 25, clause: 1, checked: 'translation' }, 'vi') // 'khoản 1 Điều 25'
 */
export function provisionText(p: Provision, lang: Lang): string {
  if (lang === 'vi') return p.clause ? `khoản ${p.clause} Điều ${p.article}` : `Điều ${p.article}`;
  return p.clause ? `Article ${p.article}(${p.clause})` : `Article ${p.article}`;
}

/** A citation of a rule: its words, and whether it names an article (else the documents alone). */
export interface Citation {
  readonly text: string;
  readonly article: boolean;
}

/**
 * The citation of a rule for the review of `year`, by number (DOMAIN.md section 3): the first verified
 * document in force that carries the rule in a provision ("khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP"),
 * else every verified document that carries it as a whole ("Luật Thi đua, khen thưởng năm 2003 và Nghị
 * định số 91/2017/NĐ-CP"); `null` when no document in force carries the rule (the rule is then the
 * bloc's or BlocRank's, and says so). Unverified documents are never cited.
 *
 * @example citeRule('hold', 2025, 'vi')?.text // 'khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP'
 * @example citeRule('certificate', 2018, 'vi')?.text // 'Luật Thi đua, khen thưởng năm 2003 và Nghị định số 91/2017/NĐ-CP'
 */
export function citeRule(rule: LegalRule, year: number, lang: Lang): Citation | null {
  const docs = documentsInForce(reviewDate(year)).filter((doc) => doc.verified && doc.rules[rule]);
  for (const doc of docs) {
    const p = doc.rules[rule];
    if (p && p !== 'document') {
      const text = lang === 'vi' ? `${provisionText(p, lang)} ${doc.short.vi}` : `${provisionText(p, lang)} of ${doc.short.en}`;
      return { text, article: true };
    }
  }
  if (docs.length === 0) return null;
  return { text: docs.map((doc) => doc.short[lang]).join(lang === 'vi' ? ' và ' : ' and '), article: false };
}

/** Whether the review of `year` falls under the Law of 2022 (in force on 1 January of N+1). */
export function underLaw2022(year: number): boolean {
  return documentsInForce(reviewDate(year)).some((doc) => doc.id === 'LUAT_TDKT_2022');
}

/** Documents in force for the review of `year` whose text has not been seen (never printed). */
export function unverifiedInForce(year: number): readonly LegalDocument[] {
  return documentsInForce(reviewDate(year)).filter((doc) => !doc.verified);
}
