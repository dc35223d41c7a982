/**
 * The names a clerk may give the bloc workbook's sheets, columns and settings items (DOMAIN.md §4), in
 * Vietnamese and English. The first name of each language is canonical: templates write it and issues
 * quote it. Matching folds case, diacritics and spacing (see `headerKey`), so list only real variants.
 */

/** Accepted names of one thing, by language. */
export interface Names {
  readonly vi: readonly string[];
  readonly en: readonly string[];
}

/** A vocabulary: key → accepted names. */
export type NameTable<K extends string> = Readonly<Record<K, Names>>;

export const SHEET_NAMES = {
  settings: { vi: ['Cấu hình', 'Cấu hình khối'], en: ['Settings'] },
  criteria: { vi: ['Tiêu chí', 'Bảng tiêu chí'], en: ['Criteria'] },
  scores: { vi: ['Chấm điểm', 'Bảng chấm điểm'], en: ['Scores'] },
  history: { vi: ['Lịch sử'], en: ['History'] },
  pledge: { vi: ['Giao ước', 'Giao ước thi đua'], en: ['Pledge'] },
  ballot: { vi: ['Bình bầu', 'Bình xét', 'Kết quả bỏ phiếu'], en: ['Ballot'] },
} as const satisfies NameTable<string>;

export type SheetRole = keyof typeof SHEET_NAMES;

export const SETTINGS_COLUMNS = {
  item: { vi: ['Mục'], en: ['Item'] },
  value: { vi: ['Giá trị'], en: ['Value'] },
} as const satisfies NameTable<string>;

export const CRITERIA_COLUMNS = {
  code: { vi: ['Mã', 'Mã tiêu chí'], en: ['Code'] },
  group: { vi: ['Nhóm', 'Nhóm tiêu chí'], en: ['Group'] },
  description: { vi: ['Nội dung', 'Nội dung tiêu chí'], en: ['Description', 'Content'] },
  max: { vi: ['Điểm tối đa', 'Điểm chuẩn'], en: ['Max', 'Max points', 'Maximum'] },
  kind: { vi: ['Loại', 'Loại điểm'], en: ['Kind', 'Type'] },
} as const satisfies NameTable<string>;

/** Columns of the scores sheet other than the criteria: the roster, the facts and the results. */
export const SCORE_COLUMNS = {
  no: { vi: ['STT', 'Số TT', 'Số thứ tự', 'TT'], en: ['No.', 'No', '#'] },
  unit: { vi: ['Đơn vị', 'Tên đơn vị', 'Đơn vị thành viên'], en: ['Unit', 'Unit name'] },
  votes: { vi: ['Số phiếu', 'Số phiếu bầu', 'Số phiếu bình xét'], en: ['Votes'] },
  womenPercent: { vi: ['Tỷ lệ nữ (%)', 'Tỷ lệ nữ', 'Tỉ lệ nữ (%)', 'Tỉ lệ nữ'], en: ['Women %', 'Women (%)', 'Women'] },
  discipline: { vi: ['Kỷ luật', 'Kỉ luật'], en: ['Discipline'] },
  exceededTargets: { vi: ['Vượt chỉ tiêu'], en: ['Exceeded targets'] },
  strongOrganisations: {
    vi: ['Tổ chức đảng, đoàn thể vững mạnh', 'Tổ chức đảng đoàn thể vững mạnh'],
    en: ['Strong Party and mass organisations', 'Strong Party and mass organizations', 'Strong organisations'],
  },
  newModel: { vi: ['Mô hình mới'], en: ['New model'] },
  note: { vi: ['Ghi chú'], en: ['Note', 'Notes'] },
  officialGrade: { vi: ['Xếp loại chính thức', 'Xếp loại của cấp có thẩm quyền'], en: ['Official rating'] },
  signerTitle: { vi: ['Chức vụ người ký', 'Chức vụ'], en: ['Signer title', "Signer's title"] },
  signer: { vi: ['Người ký', 'Họ tên người ký'], en: ['Signer', "Signer's name"] },
  total: { vi: ['Tổng điểm'], en: ['Total'] },
  rank: { vi: ['Xếp hạng'], en: ['Rank'] },
  grade: { vi: ['Xếp loại'], en: ['Grade'] },
  award: { vi: ['Đề nghị khen thưởng'], en: ['Proposed award'] },
  explanation: { vi: ['Giải thích'], en: ['Explanation'] },
} as const satisfies NameTable<string>;

export type ScoreColumn = keyof typeof SCORE_COLUMNS;

export const HISTORY_COLUMNS = {
  unit: SCORE_COLUMNS.unit,
  year: { vi: ['Năm'], en: ['Year'] },
  grade: { vi: ['Xếp loại'], en: ['Grade'] },
  award: { vi: ['Khen thưởng'], en: ['Award'] },
} as const satisfies NameTable<string>;

/** The optional `Bình bầu` sheet (DOMAIN.md §10): approving votes per unit and award form. */
export const BALLOT_COLUMNS = {
  unit: SCORE_COLUMNS.unit,
  CO_CHINH_PHU: { vi: ['Cờ thi đua Chính phủ', 'Cờ thi đua của Chính phủ', 'Cờ Chính phủ'], en: ['Government flag'] },
  CO_UBND_TINH: {
    vi: ['Cờ thi đua UBND tỉnh', 'Cờ thi đua của UBND tỉnh', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Cờ UBND tỉnh'],
    en: ['Provincial flag'],
  },
  BANG_KHEN_UBND_TINH: {
    vi: ['Bằng khen', 'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen UBND tỉnh'],
    en: ['Certificate', 'Certificate of merit'],
  },
} as const satisfies NameTable<string>;

export const PLEDGE_COLUMNS = {
  content: { vi: ['Nội dung'], en: ['Content'] },
} as const satisfies NameTable<string>;

/**
 * The items of `Cấu hình`, keyed by their `Settings` field (`bands.*` for the grade bands). These keys
 * are also the `setting:<key>` fields of issues and the keys of `BlocLayout.settingCells`.
 */
export const SETTING_ITEMS = {
  year: { vi: ['Năm'], en: ['Year'] },
  bloc: { vi: ['Tên khối', 'Tên khối thi đua', 'Khối'], en: ['Bloc', 'Bloc name'] },
  authority: { vi: ['Cơ quan chủ quản'], en: ['Authority'] },
  place: { vi: ['Địa danh'], en: ['Place'] },
  leader: { vi: ['Khối trưởng'], en: ['Leader'] },
  deputy: { vi: ['Khối phó'], en: ['Deputy'] },
  leaderSelection: { vi: ['Cách chọn khối trưởng'], en: ['Leader selection'] },
  provincialFlags: { vi: ['Số Cờ thi đua UBND tỉnh', 'Số Cờ thi đua của UBND tỉnh'], en: ['Provincial flags'] },
  certificates: { vi: ['Số Bằng khen'], en: ['Certificates'] },
  nominateGovernmentFlag: {
    vi: ['Đề nghị Cờ thi đua Chính phủ', 'Đề nghị Cờ thi đua của Chính phủ'],
    en: ['Nominate Government flag'],
  },
  governmentFlagWithProvincial: { vi: ['Cờ Chính phủ kèm Cờ tỉnh'], en: ['Government flag with provincial flag'] },
  'bands.excellent': { vi: ['Ngưỡng xuất sắc (%)', 'Ngưỡng xuất sắc'], en: ['Excellent %', 'Excellent (%)'] },
  'bands.good': { vi: ['Ngưỡng tốt (%)', 'Ngưỡng tốt'], en: ['Good %', 'Good (%)'] },
  'bands.complete': { vi: ['Ngưỡng hoàn thành (%)', 'Ngưỡng hoàn thành'], en: ['Complete %', 'Complete (%)'] },
  bonusCapPercent: { vi: ['Trần điểm thưởng (%)', 'Trần điểm thưởng'], en: ['Bonus cap %', 'Bonus cap (%)'] },
  awardGrade: { vi: ['Khen thưởng cần xếp loại'], en: ['Award grade'] },
  // "Thứ tự phá hòa" is the name of earlier templates: still read, never written.
  tieBreak: { vi: ['Tiêu chí ưu tiên khi bằng điểm', 'Thứ tự phá hòa'], en: ['Tie-break criteria', 'Tie-break order'] },
  nextLeader: { vi: ['Khối trưởng năm sau'], en: ['Next leader'] },
  nextDeputy: { vi: ['Khối phó năm sau'], en: ['Next deputy'] },
  blocDecision: { vi: ['Quyết định về khối'], en: ['Bloc decision'] },
  recipients: { vi: ['Nơi nhận'], en: ['Recipients'] },
  documentNumber: { vi: ['Số văn bản', 'Số giao ước'], en: ['Document number'] },
  // The year-end meeting and its ballot (DOMAIN.md §10), read by `readDossierSettings`.
  voters: { vi: ['Số thành viên bỏ phiếu'], en: ['Voters'] },
  voteThreshold: { vi: ['Tỷ lệ phiếu tối thiểu (%)', 'Tỷ lệ phiếu tối thiểu'], en: ['Vote threshold %', 'Vote threshold (%)'] },
  absentMembers: { vi: ['Thành viên vắng mặt'], en: ['Absent members'] },
  meetingTime: { vi: ['Thời gian họp'], en: ['Meeting time'] },
  meetingPlace: { vi: ['Địa điểm họp'], en: ['Meeting place'] },
  chair: { vi: ['Chủ trì'], en: ['Chair'] },
  secretary: { vi: ['Thư ký'], en: ['Secretary'] },
} as const satisfies NameTable<string>;

export type SettingKey = keyof typeof SETTING_ITEMS;

/** Words for values (folded by `parseYesNo` and friends): criterion kinds, leader selection, `Tự động`. */
export const KIND_NAMES = {
  score: { vi: ['Chấm điểm', 'Điểm chấm'], en: ['Score'] },
  bonus: { vi: ['Thưởng', 'Điểm thưởng', 'Cộng', 'Điểm cộng'], en: ['Bonus'] },
  penalty: { vi: ['Trừ', 'Điểm trừ'], en: ['Penalty'] },
} as const satisfies NameTable<string>;

export const LEADER_SELECTION_NAMES = {
  rotate: { vi: ['Luân phiên'], en: ['Rotate', 'Rotation'] },
  elect: { vi: ['Bầu', 'Bầu chọn'], en: ['Elect', 'Election'] },
} as const satisfies NameTable<string>;

export const AUTO_NAMES = { auto: { vi: ['Tự động'], en: ['Auto', 'Automatic'] } } as const satisfies NameTable<string>;

/** `Kỷ luật` [`Discipline`]: the third value besides yes and no (DOMAIN.md section 5 point 4). */
export const DISCIPLINE_REVIEW_NAMES = {
  review: { vi: ['Đang xem xét', 'Đang xem xét kỷ luật', 'Đang thanh tra', 'Đang kiểm tra'], en: ['Under review', 'Pending'] },
} as const satisfies NameTable<string>;

export const YES_NO_NAMES = {
  yes: { vi: ['Có', 'x', '✓', '✔', '☑', '1'], en: ['Yes', 'Y', 'True'] },
  no: { vi: ['Không', '0'], en: ['No', 'N', 'False'] },
} as const satisfies NameTable<string>;
