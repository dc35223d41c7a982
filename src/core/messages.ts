import type { Issue } from './issue.js';
import { AWARD_LABELS } from './labels.js';
import type { AwardCode, Lang } from './model.js';

/** Award codes joined by commas, as labels in `lang`. */
const awardList = (codes: string | number | undefined, lang: Lang): string =>
  String(codes ?? '')
    .split(',')
    .filter(Boolean)
    .map((c) => AWARD_LABELS[c as AwardCode]?.[lang] ?? c)
    .join(', ');

type Params = Readonly<Record<string, string | number>>;
interface MessageEntry {
  readonly vi: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/**
 * The one catalogue of issue messages, by code, in Vietnamese and English. Parameters arrive already
 * formatted for the language where they are numbers shown to the clerk (see `formatIssue`).
 * Keep entries grouped by the layer that raises them.
 */
export const MESSAGES = {
  // ---- engine (core) --------------------------------------------------------------------------
  NO_UNITS: {
    vi: () => 'Không có đơn vị nào để chấm điểm.',
    en: () => 'There are no units to score.',
  },
  NO_SCORE_CRITERIA: {
    vi: () => 'Không có tiêu chí chấm điểm nào (loại "Chấm điểm").',
    en: () => 'There is no scored criterion (kind "Score").',
  },
  CRITERION_MAX_INVALID: {
    vi: (p) => `Điểm tối đa của tiêu chí ${p.code} phải là số dương (đang là "${p.value}").`,
    en: (p) => `The maximum of criterion ${p.code} must be a positive number (it is "${p.value}").`,
  },
  SCORE_BLANK: {
    vi: (p) => `Đơn vị "${p.unit}" chưa có điểm tiêu chí ${p.code}.`,
    en: (p) => `Unit "${p.unit}" has no points for criterion ${p.code}.`,
  },
  SCORE_ABOVE_MAX: {
    vi: (p) => `Điểm ${p.value} của đơn vị "${p.unit}" vượt điểm tối đa ${p.max} của tiêu chí ${p.code}.`,
    en: (p) => `Points ${p.value} of unit "${p.unit}" exceed the maximum ${p.max} of criterion ${p.code}.`,
  },
  SCORE_NEGATIVE: {
    vi: (p) => `Điểm ${p.value} của đơn vị "${p.unit}" ở tiêu chí ${p.code} không được âm.`,
    en: (p) => `Points ${p.value} of unit "${p.unit}" for criterion ${p.code} may not be negative.`,
  },
  TIE_UNRESOLVED: {
    vi: (p) => `Các đơn vị ${p.units} bằng nhau sau mọi tiêu chí phá hòa, cùng xếp hạng ${p.rank}: khối cần bình xét.`,
    en: (p) => `Units ${p.units} are still equal after every tie-break and share rank ${p.rank}: the bloc must decide.`,
  },
  AWARD_TIE_PENDING: {
    vi: (p) => `Các đơn vị ${p.units} đồng hạng ${p.rank} vượt quá số suất ${awardList(p.awards, 'vi')}: chưa đề nghị, cần bình xét.`,
    en: (p) => `Units ${p.units} tied at rank ${p.rank} exceed the quota for ${awardList(p.awards, 'en')}: not proposed until the bloc decides.`,
  },
  LEADER_UNKNOWN: {
    vi: (p) => `Khối trưởng "${p.name}" không có trong danh sách đơn vị.`,
    en: (p) => `Leader "${p.name}" is not in the list of units.`,
  },
  DEPUTY_UNKNOWN: {
    vi: (p) => `Khối phó "${p.name}" không có trong danh sách đơn vị.`,
    en: (p) => `Deputy "${p.name}" is not in the list of units.`,
  },
  LEADER_MISSING: {
    vi: () => 'Chưa ghi khối trưởng năm nay (mục "Khối trưởng"), không thể luân phiên.',
    en: () => 'This year\'s leader is missing (item "Leader"); rotation is not possible.',
  },
  DEPUTY_MISSING: {
    vi: () => 'Chưa ghi khối phó năm nay (mục "Khối phó"), không thể luân phiên.',
    en: () => 'This year\'s deputy is missing (item "Deputy"); rotation is not possible.',
  },
  ROTATION_TOO_FEW_UNITS: {
    vi: (p) => `Khối chỉ có ${p.count} đơn vị: luân phiên cần ít nhất 3 đơn vị. Hãy ghi "Khối trưởng năm sau" và "Khối phó năm sau".`,
    en: (p) => `The bloc has only ${p.count} units: rotation needs at least 3. Fill in "Next leader" and "Next deputy".`,
  },
  ELECTION_NO_CANDIDATE: {
    vi: () => 'Không đủ đơn vị không bị kỷ luật để gợi ý khối trưởng và khối phó. Hãy ghi "Khối trưởng năm sau" và "Khối phó năm sau".',
    en: () => 'Not enough units without a veto to suggest a leader and a deputy. Fill in "Next leader" and "Next deputy".',
  },
  NEXT_LEADER_SAME_AS_DEPUTY: {
    vi: (p) => `Khối trưởng và khối phó năm sau trùng nhau ("${p.name}").`,
    en: (p) => `Next year's leader and deputy are the same unit ("${p.name}").`,
  },
  // ---- pledge ---------------------------------------------------------------------------------
  NEXT_LEADER_UNKNOWN: {
    vi: (p) => `Khối trưởng năm sau "${p.name}" không có trong danh sách đơn vị.`,
    en: (p) => `Next leader "${p.name}" is not in the list of units.`,
  },
  NEXT_DEPUTY_UNKNOWN: {
    vi: (p) => `Khối phó năm sau "${p.name}" không có trong danh sách đơn vị.`,
    en: (p) => `Next deputy "${p.name}" is not in the list of units.`,
  },
  ELECTION_NEEDS_RANKING: {
    vi: () => 'Cách chọn khối trưởng là "Bầu" nhưng chưa có kết quả xếp hạng (hãy sửa lỗi chấm điểm), hoặc ghi "Khối trưởng năm sau" và "Khối phó năm sau".',
    en: () => 'Leader selection is "Elect" but there is no ranking yet (fix the scoring errors), or fill in "Next leader" and "Next deputy".',
  },
  ELECTION_TIE: {
    vi: (p) => `Các đơn vị ${p.units} đồng hạng ${p.rank}: gợi ý ${p.role === 'deputy' ? 'khối phó' : 'khối trưởng'} theo thứ tự hiển thị, khối cần bình xét.`,
    en: (p) => `Units ${p.units} share rank ${p.rank}: the suggested ${p.role === 'deputy' ? 'deputy' : 'leader'} follows the display order; the bloc must decide.`,
  },
  PLEDGE_YEAR_MISSING: {
    vi: () => 'Chưa ghi năm (mục "Năm"): không thể lập giao ước thi đua năm sau.',
    en: () => 'The year is missing (item "Year"): the next pledge cannot be drafted.',
  },
  PLEDGE_BLOC_MISSING: {
    vi: () => 'Chưa ghi tên khối (mục "Tên khối"): không thể lập giao ước thi đua.',
    en: () => 'The bloc name is missing (item "Bloc"): the pledge cannot be drafted.',
  },
  PLEDGE_NO_COMMITMENTS: {
    vi: () => 'Trang giao ước không có nội dung cam kết nào: hãy ghi mỗi cam kết một dòng ở cột "Nội dung", hoặc xoá trang này để dùng các cam kết mặc định.',
    en: () => 'The pledge sheet holds no commitment: write one per row in column "Content", or delete the sheet to use the default commitments.',
  },
  PLEDGE_DECISION_MISSING: {
    vi: () => 'Chưa ghi "Quyết định về khối": giao ước để trống số, ngày của quyết định (cần bổ sung).',
    en: () => '"Bloc decision" is empty: the pledge leaves the decision\'s number and date blank (to be filled in).',
  },
  PLEDGE_AUTHORITY_MISSING: {
    vi: () => 'Chưa ghi "Cơ quan chủ quản": phần đầu giao ước chỉ có tên khối.',
    en: () => '"Authority" is empty: the pledge header shows the bloc name only.',
  },
  PLEDGE_BASIS_UNVERIFIED: {
    vi: (p) => `Giao ước viện dẫn ${p.document}, văn bản chưa được kiểm tra: hãy kiểm tra số, ngày ban hành trước khi ký.`,
    en: (p) => `The pledge cites ${p.document}, a document not yet verified: check its number and date before signing.`,
  },
} as const satisfies Record<string, MessageEntry>;

export type IssueCode = keyof typeof MESSAGES;

const WHERE = {
  vi: (sheet: string, cell?: string) => (cell ? `Trang "${sheet}", ô ${cell}: ` : `Trang "${sheet}": `),
  en: (sheet: string, cell?: string) => (cell ? `Sheet "${sheet}", cell ${cell}: ` : `Sheet "${sheet}": `),
};

/** The issue's message in `lang`, without its location. */
export function issueText(issue: Issue, lang: Lang): string {
  const entry: MessageEntry = MESSAGES[issue.code];
  return entry[lang](issue.params);
}

/**
 * The full message a clerk reads: the place (sheet and cell, when known) then the text.
 *
 * @example formatIssue(issue, 'vi') // 'Trang "Chấm điểm", ô C5: Điểm 12 của đơn vị "Sở Nội vụ" vượt …'
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const where = issue.sheet ? WHERE[lang](issue.sheet, issue.cell) : '';
  return where + issueText(issue, lang);
}
