import type { AwardCode, GradeCode, Lang } from './model.js';

export const GRADE_LABELS: Readonly<Record<GradeCode, Readonly<Record<Lang, string>>>> = {
  HTXSNV: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  HTTNV: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  HTNV: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  KHTNV: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
};

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
