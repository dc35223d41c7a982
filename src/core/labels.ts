import type { AwardCode, GradeCode, Lang } from './model.js';

export const GRADE_LABELS: Readonly<Record<GradeCode, Readonly<Record<Lang, string>>>> = {
  HTXSNV: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  HTTNV: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  HTNV: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  KHTNV: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
};

/**
 * The band of the bloc's own scale, as the `Xếp loại` cell shows it: never the official rating
 * ("Hoàn thành xuất sắc nhiệm vụ" is given by the unit's superior, DOMAIN.md section 3).
 */
export const BAND_LABELS: Readonly<Record<GradeCode, Readonly<Record<Lang, string>>>> = {
  HTXSNV: { vi: 'Xuất sắc', en: 'Excellent' },
  HTTNV: { vi: 'Tốt', en: 'Good' },
  HTNV: { vi: 'Hoàn thành', en: 'Complete' },
  KHTNV: { vi: 'Chưa hoàn thành', en: 'Not complete' },
};

/** The band in running text: "mức xuất sắc theo thang điểm của Khối". */
export const BAND_WORDS: Readonly<Record<GradeCode, Readonly<Record<Lang, string>>>> = {
  HTXSNV: { vi: 'mức xuất sắc', en: 'the excellent band' },
  HTTNV: { vi: 'mức tốt', en: 'the good band' },
  HTNV: { vi: 'mức hoàn thành', en: 'the complete band' },
  KHTNV: { vi: 'mức chưa hoàn thành', en: 'the not-complete band' },
};

/** Award names in full, as explanations and documents write them (in curly quotes). */
export const AWARD_NAMES: Readonly<Record<AwardCode, Readonly<Record<Lang, string>>>> = {
  CO_CHINH_PHU: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
  CO_UBND_TINH: { vi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', en: 'Emulation Flag of the Provincial People’s Committee' },
  BANG_KHEN_UBND_TINH: {
    vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    en: 'Certificate of Merit of the Chairman of the Provincial People’s Committee',
  },
};

/** Short labels for result cells and tables (the cell keeps its established wording). */
export const AWARD_LABELS: Readonly<Record<AwardCode, Readonly<Record<Lang, string>>>> = {
  CO_CHINH_PHU: { vi: 'Cờ thi đua của Chính phủ', en: "Government's emulation flag" },
  CO_UBND_TINH: { vi: 'Cờ thi đua của UBND tỉnh', en: 'Provincial emulation flag' },
  BANG_KHEN_UBND_TINH: {
    vi: 'Bằng khen của Chủ tịch UBND tỉnh',
    en: "Provincial chairman's certificate of merit",
  },
};

/** Labels of the result columns written into the scores sheet, by workbook language. */
export const RESULT_COLUMN_LABELS = {
  total: { vi: 'Tổng điểm', en: 'Total' },
  rank: { vi: 'Xếp hạng', en: 'Rank' },
  grade: { vi: 'Xếp loại', en: 'Grade' },
  award: { vi: 'Đề nghị khen thưởng', en: 'Proposed award' },
  explanation: { vi: 'Giải thích', en: 'Explanation' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type ResultColumn = keyof typeof RESULT_COLUMN_LABELS;
export const RESULT_COLUMNS = Object.keys(RESULT_COLUMN_LABELS) as readonly ResultColumn[];
