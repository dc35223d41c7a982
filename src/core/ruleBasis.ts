import type { LegalRule } from './legal.js';
import type { Lang } from './model.js';

/**
 * How sure a rule is (DOMAIN.md): `law` — text seen in a cited document; `practice` — seen in published bloc
 * results or regulations, the bloc's to set; `default` — BlocRank's own defensible choice, configurable.
 */
export type BasisKind = 'law' | 'practice' | 'default';

export interface RuleBasis {
  readonly id: string;
  readonly kind: BasisKind;
  /** The legal rule whose citation (by review year) backs it, for `law`. */
  readonly legal?: LegalRule;
  /** A document cited as a whole (no article), for `law` rules not carried by `legal`. */
  readonly document?: string;
  readonly text: Readonly<Record<Lang, string>>;
  /** Where the workbook lets the clerk change it, when it does. */
  readonly setting?: string;
}

/**
 * Every rule BlocRank applies, with its basis: the source of README's "What it does" and docs/LAW.md.
 * A rule marked `law` cites the documents in force for the year reviewed (`citeRule`); the others say
 * "theo quy định của Khối" or "mặc định của BlocRank" and never cite a law.
 */
export const RULE_BASIS: readonly RuleBasis[] = [
  {
    id: 'total',
    kind: 'practice',
    text: {
      vi: 'Tổng điểm = điểm tiêu chí + điểm thưởng (tối đa theo trần) − điểm trừ, theo thang điểm của Khối; điểm vượt tối đa, âm, không phải số hoặc để trống là lỗi.',
      en: 'Total = criteria points + bonus (up to the cap) − penalty, on the Bloc’s scale; points above the maximum, negative, non-numeric or blank are errors.',
    },
    setting: 'Tiêu chí; Trần điểm thưởng (%)',
  },
  {
    id: 'grade',
    kind: 'default',
    text: {
      vi: 'Xếp loại theo thang điểm của Khối (Xuất sắc ≥ 90%, Tốt ≥ 70%, Hoàn thành ≥ 50%, dưới đó Chưa hoàn thành), mượn các mức của Nghị định số 335/2025/NĐ-CP theo cách tương tự; không phải đánh giá, xếp loại chính thức và không trích văn bản.',
      en: 'The Bloc’s classification (Excellent ≥ 90 %, Good ≥ 70 %, Complete ≥ 50 %, else Not complete), bands borrowed by analogy from Decree No. 335/2025/ND-CP; never the official rating, never cited.',
    },
    setting: 'Ngưỡng xuất sắc/tốt/hoàn thành (%)',
  },
  {
    id: 'officialRating',
    kind: 'practice',
    text: {
      vi: 'Đánh giá, xếp loại chính thức (HTXSNV, HTTNV, HTNV, KHTNV) do cấp trên của đơn vị quyết định: khi có cột "Xếp loại chính thức", khen thưởng xét theo cột này; khi không có, xét theo thang điểm của Khối kèm ghi chú cần đối chiếu.',
      en: 'The official rating is given by the unit’s superior: with a column "Official rating" awards are gated by it; without it, by the Bloc’s classification with a note to check the official rating.',
    },
    setting: 'Xếp loại chính thức; Khen thưởng cần xếp loại',
  },
  {
    id: 'rank',
    kind: 'default',
    text: {
      vi: 'Xếp hạng theo tổng điểm giảm dần, đồng hạng kiểu 1, 2, 2, 4; không bao giờ phân định theo thứ tự dòng hay tên.',
      en: 'Ranked by total, standard competition ranking (1, 2, 2, 4); never by row order or name.',
    },
  },
  {
    id: 'tieBreak',
    kind: 'default',
    text: {
      vi: 'Tiêu chí ưu tiên khi bằng điểm: điểm nhóm A cao hơn → ít điểm trừ hơn → nhiều điểm thưởng hơn → nhiều phiếu hơn; vẫn bằng nhau thì Khối bình xét.',
      en: 'Tie-break criteria: higher group A → fewer penalty points → more bonus → more votes; still equal, the Bloc decides.',
    },
    setting: 'Tiêu chí ưu tiên khi bằng điểm',
  },
  {
    id: 'womenPriority',
    kind: 'law',
    legal: 'womenPriority',
    text: {
      vi: 'Ưu tiên nữ, tập thể có từ 70% nữ, chỉ giữa các đơn vị có thành tích như nhau: luôn xét sau cùng.',
      en: 'Priority to women and collectives with at least 70 % women, only among equally qualified units: always applied last.',
    },
  },
  {
    id: 'provincialFlag',
    kind: 'law',
    legal: 'provincialFlag',
    text: {
      vi: '“Cờ thi đua của Ủy ban nhân dân tỉnh” cho đơn vị dẫn đầu phong trào thi đua của Khối: đơn vị xếp hạng cao nhất đủ điều kiện nhận Cờ.',
      en: 'The provincial flag to the unit leading the Bloc’s emulation movement: the best-ranked unit eligible for a flag.',
    },
  },
  {
    id: 'provincialFlagQuota',
    kind: 'default',
    text: {
      vi: '01 Cờ thi đua của Ủy ban nhân dân tỉnh cho mỗi khối; số lớn hơn chỉ khi tỉnh quy định (cảnh báo từ năm được xét 2023), đơn vị thứ hai trở đi ghi "theo quy định của tỉnh".',
      en: 'One provincial flag per bloc; more only if the province sets it (warned from reviews of 2023), the second unit on says "under the province’s rules".',
    },
    setting: 'Số Cờ thi đua UBND tỉnh',
  },
  {
    id: 'governmentFlag',
    kind: 'law',
    legal: 'governmentFlag',
    text: {
      vi: 'Khối suy tôn, đề nghị “Cờ thi đua của Chính phủ” cho đơn vị dẫn đầu; Hội đồng Thi đua - Khen thưởng tỉnh và cấp có thẩm quyền quyết định. Tách khỏi Cờ tỉnh ("Cờ Chính phủ kèm Cờ tỉnh" = Không) được cảnh báo từ năm được xét 2023.',
      en: 'The Bloc honours and proposes the leading unit for the Government flag; the council and the competent authority decide. Apart from the provincial flag (setting = No) is warned from reviews of 2023.',
    },
    setting: 'Đề nghị Cờ thi đua Chính phủ; Cờ Chính phủ kèm Cờ tỉnh',
  },
  {
    id: 'flagPrerequisites',
    kind: 'law',
    legal: 'provincialFlag',
    text: {
      vi: 'Điều kiện của Cờ: vượt chỉ tiêu, nhiệm vụ; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ (Cờ tỉnh), trong sạch, vững mạnh (Cờ Chính phủ). Ô ghi Không: không đề nghị Cờ; ô trống hoặc không có cột: "cần xác nhận".',
      en: 'Flag prerequisites: targets exceeded; Party and mass organisations completed their tasks excellently (provincial) or clean and strong (Government). No: no flag; blank or absent: "to be confirmed".',
    },
    setting: 'Vượt chỉ tiêu; Tổ chức đảng, đoàn thể vững mạnh',
  },
  {
    id: 'certificate',
    kind: 'law',
    legal: 'certificate',
    text: {
      vi: '“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” cho các đơn vị tiếp theo có thành tích xuất sắc trong phong trào thi đua của Khối.',
      en: 'The provincial chairman’s certificate to the next units with an outstanding result in the Bloc’s movement.',
    },
  },
  {
    id: 'certificateQuota',
    kind: 'default',
    text: {
      vi: 'Số Bằng khen: số do tỉnh quy định; để trống hoặc "Tự động" là mặc định của BlocRank (từ 10 đơn vị: 03, 6–9: 02, đến 5: 01), có cảnh báo. Không có văn bản nào quy định số Bằng khen cho một khối.',
      en: 'Number of certificates: the province’s; blank or "Auto" is BlocRank’s default (10+ units: 3, 6–9: 2, up to 5: 1), with a warning. No text sets a number per bloc.',
    },
    setting: 'Số Bằng khen',
  },
  {
    id: 'oneAchievement',
    kind: 'law',
    legal: 'oneAchievement',
    text: {
      vi: 'Một thành tích chỉ khen một hình thức: mỗi đơn vị nhận nhiều nhất một trong Cờ tỉnh, Bằng khen; đề nghị Cờ Chính phủ đi kèm đơn vị dẫn đầu.',
      en: 'One achievement, one form: at most one of provincial flag or certificate; the Government-flag proposal rides on the leading unit.',
    },
  },
  {
    id: 'hold',
    kind: 'law',
    legal: 'hold',
    text: {
      vi: '"Kỷ luật" = Đang xem xét: chưa đề nghị khen thưởng trong thời gian cơ quan có thẩm quyền xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra.',
      en: '"Discipline" = Under review: no proposal while a disciplinary review, investigation or inspection is pending.',
    },
    setting: 'Kỷ luật',
  },
  {
    id: 'disciplined',
    kind: 'practice',
    text: {
      vi: '"Kỷ luật" = Có: không đề nghị khen thưởng, theo quy định của Khối.',
      en: '"Discipline" = Yes: no award, by the Bloc’s rules.',
    },
    setting: 'Kỷ luật',
  },
  {
    id: 'awardGrade',
    kind: 'practice',
    text: {
      vi: 'Chỉ đơn vị đạt mức "Khen thưởng cần xếp loại" (mặc định Hoàn thành xuất sắc nhiệm vụ) trở lên được đề nghị, theo quy định của Khối.',
      en: 'Only units at or above the "Award grade" (default: completed tasks excellently) are proposed, by the Bloc’s rules.',
    },
    setting: 'Khen thưởng cần xếp loại',
  },
  {
    id: 'tieAtQuota',
    kind: 'default',
    text: {
      vi: 'Đồng hạng vượt số lượng đề nghị: chưa đề nghị, "cần bình xét"; các vị trí còn lại do Khối bỏ phiếu quyết định, đơn vị xếp sau không được đôn lên.',
      en: 'A tie across a quota: no proposal, "to be deliberated"; the Bloc decides by vote, units ranked after never move up.',
    },
  },
  {
    id: 'rotation',
    kind: 'default',
    text: {
      vi: 'Khối trưởng năm sau: Luân phiên (khối phó lên khối trưởng) hoặc Bầu (gợi ý theo xếp hạng); ghi "Khối trưởng năm sau" để chỉ định.',
      en: 'Next leader: Rotate (the deputy leads) or Elect (suggested from the ranking); "Next leader" overrides.',
    },
    setting: 'Cách chọn khối trưởng; Khối trưởng năm sau; Khối phó năm sau',
  },
  {
    id: 'pledgeLayout',
    kind: 'law',
    document: 'Nghị định số 30/2020/NĐ-CP',
    text: {
      vi: 'Thể thức giao ước thi đua: A4, lề, Times New Roman, cỡ chữ, giãn đoạn tối thiểu 6pt; căn cứ ghi ngày bằng chữ; văn bản chưa kiểm tra không bao giờ được trích.',
      en: 'Pledge layout: A4, margins, Times New Roman, sizes, at least 6 pt between paragraphs; căn cứ dates in words; unverified documents never cited.',
    },
  },
];
