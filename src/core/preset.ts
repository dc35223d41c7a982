import type { Criterion, Settings } from './model.js';

/** Default settings of the preset "Luật TĐKT 2022" (DOMAIN.md section 4), minus the required year and bloc. */
export const DEFAULT_SETTINGS: Omit<Settings, 'year' | 'bloc'> = {
  authority: '',
  place: '',
  leader: null,
  deputy: null,
  leaderSelection: 'rotate',
  provincialFlags: 1,
  certificates: 'auto',
  nominateGovernmentFlag: true,
  governmentFlagWithProvincial: true,
  bands: { excellent: 90, good: 70, complete: 50 },
  bonusCapPercent: 10,
  awardGrade: 'HTXSNV',
  tieBreak: [{ id: 'group', param: 'A' }, { id: 'penalty' }, { id: 'bonus' }, { id: 'votes' }, { id: 'women' }],
  nextLeader: null,
  nextDeputy: null,
  blocDecision: null,
  recipients: null,
  documentNumber: null,
};

/** The preset's criteria sheet: 100 base points in five groups, one bonus and one penalty line. */
export const PRESET_CRITERIA: readonly Criterion[] = [
  { code: 'A1', group: 'A', description: 'Hoàn thành chỉ tiêu, nhiệm vụ chính trị được giao', max: 30, kind: 'score' },
  { code: 'A2', group: 'A', description: 'Chất lượng, hiệu quả tham mưu, thực hiện nhiệm vụ chuyên môn', max: 10, kind: 'score' },
  { code: 'B1', group: 'B', description: 'Tổ chức phong trào thi đua, công tác khen thưởng', max: 15, kind: 'score' },
  { code: 'B2', group: 'B', description: 'Phát hiện, nhân rộng điển hình tiên tiến', max: 5, kind: 'score' },
  { code: 'C1', group: 'C', description: 'Xây dựng Đảng, đoàn thể vững mạnh; đoàn kết nội bộ', max: 10, kind: 'score' },
  { code: 'C2', group: 'C', description: 'Cải cách hành chính, chuyển đổi số; thực hành tiết kiệm, phòng chống tham nhũng', max: 10, kind: 'score' },
  { code: 'D1', group: 'D', description: 'Tham gia hoạt động chung của khối; báo cáo đúng hạn', max: 15, kind: 'score' },
  { code: 'E1', group: 'E', description: 'Hưởng ứng các phong trào do Trung ương, tỉnh phát động', max: 5, kind: 'score' },
  { code: 'T1', group: 'T', description: 'Điểm thưởng: thành tích đột xuất, mô hình mới được công nhận', max: 10, kind: 'bonus' },
  { code: 'K1', group: 'K', description: 'Điểm trừ: chậm báo cáo, vi phạm quy chế khối', max: null, kind: 'penalty' },
];
