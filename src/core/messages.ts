import type { Issue } from './issue.js';
import { formatNumber } from './format.js';
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

// ---- grid ----------------------------------------------------------------------------------------
/** What a cell should hold, for `VALUE_INVALID` (its `expected` parameter). */
const GRID_EXPECTED: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  number: { vi: 'một số, ví dụ 8,5', en: 'a number, e.g. 8.5' },
  points: { vi: 'số điểm, ví dụ 8,5', en: 'points, e.g. 8.5' },
  votes: { vi: 'số phiếu là số nguyên không âm, ví dụ 7', en: 'a whole number of votes, 0 or more, e.g. 7' },
  percent: { vi: 'tỷ lệ từ 0 đến 100, ví dụ 75 hoặc 75%', en: 'a percentage from 0 to 100, e.g. 75 or 75%' },
  yesNo: { vi: '"Có" hoặc "Không"', en: '"Yes" or "No"' },
  year: { vi: 'năm bốn chữ số, ví dụ 2024', en: 'a four-digit year, e.g. 2024' },
  quota: { vi: 'số nguyên không âm, ví dụ 1', en: 'a whole number, 0 or more, e.g. 1' },
  certificates: { vi: 'số nguyên không âm hoặc "Tự động"', en: 'a whole number, 0 or more, or "Auto"' },
  leaderSelection: { vi: '"Luân phiên" hoặc "Bầu"', en: '"Rotate" or "Elect"' },
  grade: {
    vi: 'mã hoặc tên xếp loại, ví dụ HTXSNV hoặc "Hoàn thành xuất sắc nhiệm vụ"',
    en: 'a grade code or name, e.g. HTXSNV or "Completed tasks excellently"',
  },
  kind: { vi: '"Chấm điểm", "Thưởng" hoặc "Trừ"', en: '"Score", "Bonus" or "Penalty"' },
  optionalMax: { vi: 'số điểm dương, hoặc để trống nếu không giới hạn', en: 'a positive number of points, or blank for no cap' },
  text: { vi: 'chữ', en: 'text' },
  // what the worksheet functions (src/functions) expect
  lang: { vi: '"vi", "en" hoặc "code"', en: '"vi", "en" or "code"' },
  awardLang: { vi: '"vi" hoặc "en"', en: '"vi" or "en"' },
  positive: { vi: 'một số dương, ví dụ 100', en: 'a positive number, e.g. 100' },
  key: { vi: 'một số (hoặc TRUE/FALSE)', en: 'a number (or TRUE/FALSE)' },
  rank: { vi: 'một thứ hạng: số nguyên từ 1', en: 'a rank: a whole number from 1' },
};

// ---- functions: where a value sits in a worksheet function's argument ---------------------------
/**
 * `row 3 of argument "totals"` / `dòng 3 của đối số "tong_diem"`: parameters `arg` (English name),
 * `argVi` (Vietnamese name), and `row` / `col` (1-based inside the range, either or both, or neither for
 * a single value).
 */
function fnWhere(p: Params, lang: Lang): string {
  const arg = lang === 'vi' ? (p.argVi ?? p.arg) : p.arg;
  const { row, col } = p;
  if (lang === 'vi') {
    const at = [row !== undefined ? `dòng ${row}` : '', col !== undefined ? `cột ${col}` : ''].filter(Boolean).join(', ');
    return `${at ? `${at} của ` : ''}đối số "${arg}"`;
  }
  const at = [row !== undefined ? `row ${row}` : '', col !== undefined ? `column ${col}` : ''].filter(Boolean).join(', ');
  return `${at ? `${at} of ` : ''}argument "${arg}"`;
}
const FnWhere = (p: Params, lang: Lang): string => {
  const w = fnWhere(p, lang);
  return w.charAt(0).toUpperCase() + w.slice(1);
};
/** A number parameter shown in the message's language (8,5 / 8.5); text as it is. */
const fnNumber = (value: string | number | undefined, lang: Lang): string =>
  typeof value === 'number' ? formatNumber(value, lang, 6) : String(value ?? '');
const expectedText = (p: Params, lang: Lang): string => GRID_EXPECTED[String(p.expected)]?.[lang] ?? String(p.expected);
/** The other argument of a pair (`other`, `otherVi`). */
const otherArg = (p: Params, lang: Lang): string => String(lang === 'vi' ? (p.otherVi ?? p.other) : p.other);
const argName = (p: Params, lang: Lang): string => String(lang === 'vi' ? (p.argVi ?? p.arg) : p.arg);
/** The hint shown when a whole column seems to be ranked with a tie-break column given as range. */
const RANK_COLUMN_HINT = {
  vi: ' Để xếp hạng cả cột với cột phá hòa, bỏ trống đối số vung: =TDKT.XEPHANG(H2:H12; ; I2:I12).',
  en: ' To rank a whole column with tie-break columns, leave range empty: =TDKT.RANKBLOC(H2:H12, , I2:I12).',
};

/** Where a grid value sits, for messages: the column header or the settings item, as written. */
function gridPlace(p: Readonly<Record<string, string | number>>, lang: Lang): string {
  if (!p.label) return '';
  const kind = p.of === 'item' ? { vi: 'mục', en: 'item' } : { vi: 'cột', en: 'column' };
  return lang === 'vi' ? ` ở ${kind.vi} "${p.label}"` : ` in ${kind.en} "${p.label}"`;
}

/**
 * The one catalogue of issue messages, by code, in Vietnamese and English. Parameters arrive already
 * formatted for the language where they are numbers shown to the clerk (see `formatIssue`).
 * Keep entries grouped by the layer that raises them.
 */
// ---- files: what a refused file is, and what to do (FILE_KIND_REFUSED's `kind`) ------------------
const FILE_KINDS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  xls: {
    vi: 'là tệp Excel 97-2003 (.xls). Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx (Sổ làm việc Excel).',
    en: 'is an Excel 97-2003 file (.xls). Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook).',
  },
  encrypted: {
    vi: 'được đặt mật khẩu mở tệp (mã hóa) nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại thành .xlsx.',
    en: 'is protected by a password to open (encrypted), so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it as .xlsx.',
  },
  ods: {
    vi: 'là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice hoặc Excel và lưu thành .xlsx (Sổ làm việc Excel).',
    en: 'is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx (Excel Workbook).',
  },
  docx: {
    vi: 'là văn bản Word (.docx), không phải sổ Excel. Hãy chọn sổ chấm điểm .xlsx.',
    en: 'is a Word document (.docx), not an Excel workbook. Choose the bloc workbook (.xlsx).',
  },
  csv: {
    vi: 'là tệp văn bản (CSV), không chứa được các trang của sổ chấm điểm. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx.',
    en: 'is a text file (CSV), which cannot hold the sheets of a bloc workbook. Open it in Excel or LibreOffice and save it as .xlsx.',
  },
  notZip: {
    vi: 'không phải sổ Excel (.xlsx). Hãy chọn sổ chấm điểm .xlsx, hoặc mở tệp bằng Excel và lưu thành .xlsx.',
    en: 'is not an Excel workbook (.xlsx). Choose the bloc workbook, or open the file in Excel and save it as .xlsx.',
  },
  truncated: {
    vi: 'bị hỏng hoặc không đầy đủ (có thể do tải xuống hay sao chép bị ngắt). Hãy lấy lại tệp gốc, hoặc mở bằng Excel để sửa rồi lưu lại thành .xlsx.',
    en: 'is damaged or incomplete (perhaps a download or copy was interrupted). Get the original file again, or open it in Excel to repair it and save it as .xlsx.',
  },
  notWorkbook: {
    vi: 'là tệp nén nhưng không chứa sổ Excel. Hãy chọn sổ chấm điểm .xlsx.',
    en: 'is a compressed package but holds no Excel workbook. Choose the bloc workbook (.xlsx).',
  },
};

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
  SCORE_NOT_FINITE: {
    vi: (p) => `Điểm tiêu chí ${p.code} của đơn vị "${p.unit}" không phải là một số hữu hạn ("${p.value}").`,
    en: (p) => `Points for criterion ${p.code} of unit "${p.unit}" are not a finite number ("${p.value}").`,
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
  // ---- grid -----------------------------------------------------------------------------------
  // Raised by src/grid while reading a workbook; every one carries the sheet and, for a cell, its A1.
  SHEET_MISSING: {
    vi: (p) => `Không tìm thấy trang "${p.name}" (hoặc "${p.alt}"). Hãy thêm trang này hoặc đổi tên trang cho đúng.`,
    en: (p) => `Sheet "${p.name}" (or "${p.alt}") was not found. Add it or rename the sheet.`,
  },
  SHEET_DUPLICATE: {
    vi: (p) => `Trang "${p.other}" cũng có tên này: BlocRank đọc trang này và bỏ qua trang "${p.other}".`,
    en: (p) => `Sheet "${p.other}" has the same role: BlocRank reads this sheet and ignores "${p.other}".`,
  },
  HEADER_MISSING: {
    vi: (p) => `Không tìm thấy dòng tiêu đề: cần một ô ghi "${p.header}" (hoặc "${p.alt}") ở đầu bảng.`,
    en: (p) => `No header row found: a cell reading "${p.header}" (or "${p.alt}") must head the table.`,
  },
  COLUMN_MISSING: {
    vi: (p) => `Dòng tiêu đề ${p.row} thiếu cột "${p.column}" (hoặc "${p.alt}").`,
    en: (p) => `Header row ${p.row} has no "${p.column}" (or "${p.alt}") column.`,
  },
  CRITERION_COLUMN_MISSING: {
    vi: (p) => `Tiêu chí ${p.code} chưa có cột điểm: hãy thêm một cột có tiêu đề "${p.code}" trên dòng tiêu đề ${p.row}.`,
    en: (p) => `Criterion ${p.code} has no column of points: add a column headed "${p.code}" on header row ${p.row}.`,
  },
  DUPLICATE_COLUMN: {
    vi: (p) => `Cột "${p.header}" trùng với cột ở ô ${p.first}: hãy xóa hoặc đổi tên một trong hai cột.`,
    en: (p) => `Column "${p.header}" repeats the column at ${p.first}: delete or rename one of them.`,
  },
  UNKNOWN_COLUMN: {
    vi: (p) => `Cột "${p.header}" không khớp tiêu chí hay cột nào đã biết: cột được giữ nguyên và không được tính.`,
    en: (p) => `Column "${p.header}" matches no criterion or known column: it is kept and not counted.`,
  },
  EXCEL_ERROR: {
    vi: (p) => `Ô có lỗi Excel ${p.value}${gridPlace(p, 'vi')}: hãy sửa công thức hoặc nhập giá trị.`,
    en: (p) => `The cell holds the Excel error ${p.value}${gridPlace(p, 'en')}: fix the formula or type a value.`,
  },
  VALUE_INVALID: {
    vi: (p) =>
      `Không đọc được giá trị "${p.value}"${gridPlace(p, 'vi')}: cần ${GRID_EXPECTED[String(p.expected)]?.vi ?? p.expected}.`,
    en: (p) =>
      `Cannot read "${p.value}"${gridPlace(p, 'en')}: expected ${GRID_EXPECTED[String(p.expected)]?.en ?? p.expected}.`,
  },
  PERCENT_OUT_OF_RANGE: {
    vi: (p) => `Tỷ lệ ${p.value}${gridPlace(p, 'vi')} nằm ngoài khoảng 0–100 %.`,
    en: (p) => `The percentage ${p.value}${gridPlace(p, 'en')} is outside 0–100 %.`,
  },
  SETTING_REQUIRED: {
    vi: (p) => `Chưa ghi mục bắt buộc "${p.item}" (cột "Giá trị").`,
    en: (p) => `The required item "${p.item}" has no value.`,
  },
  SETTING_UNKNOWN: {
    vi: (p) => `Mục "${p.item}" không phải mục cấu hình nào đã biết: bỏ qua.`,
    en: (p) => `"${p.item}" is not a known settings item: ignored.`,
  },
  SETTING_DUPLICATE: {
    vi: (p) => `Mục "${p.item}" được ghi hai lần (lần đầu ở ô ${p.first}): hãy xóa một dòng.`,
    en: (p) => `Item "${p.item}" appears twice (first at ${p.first}): delete one row.`,
  },
  TIE_BREAK_UNKNOWN: {
    vi: (p) =>
      `Thứ tự phá hòa: "${p.part}" không phải tiêu chí phá hòa nào. Dùng: Nhóm <nhóm>; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ.`,
    en: (p) => `Tie-break order: "${p.part}" is not a tie-breaker. Use: Group <group>; Penalty; Bonus; Votes; Women %.`,
  },
  CRITERION_CODE_DUPLICATE: {
    vi: (p) => `Mã tiêu chí "${p.code}" bị trùng (lần đầu ở ô ${p.first}): mỗi tiêu chí cần một mã riêng.`,
    en: (p) => `Criterion code "${p.code}" is repeated (first at ${p.first}): each criterion needs its own code.`,
  },
  CRITERION_CODE_MISSING: {
    vi: () => 'Dòng có điểm tối đa nhưng chưa ghi mã tiêu chí.',
    en: () => 'This row has a maximum but no criterion code.',
  },
  UNIT_NAME_MISSING: {
    vi: () => 'Dòng có số liệu nhưng chưa ghi tên đơn vị.',
    en: () => 'This row has data but no unit name.',
  },
  UNIT_DUPLICATE: {
    vi: (p) => `Đơn vị "${p.unit}" bị ghi hai lần (lần đầu ở ô ${p.first}): mỗi đơn vị chỉ một dòng.`,
    en: (p) => `Unit "${p.unit}" appears twice (first at ${p.first}): one row per unit.`,
  },
  // ---- functions ----------------------------------------------------------------------------------
  // Raised by the worksheet functions (src/functions); the place is a position inside an argument
  // (see fnWhere), since a function does not know the addresses of its ranges.
  FN_ARG_MISSING: {
    vi: (p) => `Thiếu đối số "${argName(p, 'vi')}".`,
    en: (p) => `Argument "${argName(p, 'en')}" is missing.`,
  },
  FN_NOT_COLUMN: {
    vi: (p) => `Đối số "${argName(p, 'vi')}" phải là một cột (đang có ${p.rows} dòng, ${p.cols} cột).`,
    en: (p) => `Argument "${argName(p, 'en')}" must be a single column (it has ${p.rows} rows and ${p.cols} columns).`,
  },
  FN_NOT_VECTOR: {
    vi: (p) => `Đối số "${argName(p, 'vi')}" phải là một dòng hoặc một cột (đang có ${p.rows} dòng, ${p.cols} cột).`,
    en: (p) => `Argument "${argName(p, 'en')}" must be a single row or column (it has ${p.rows} rows and ${p.cols} columns).`,
  },
  FN_ROWS_MISMATCH: {
    vi: (p) =>
      `Đối số "${argName(p, 'vi')}" có ${p.count} dòng nhưng đối số "${otherArg(p, 'vi')}" có ${p.expected} dòng: hai vùng phải cùng các đơn vị, dòng nào theo dòng nấy.`,
    en: (p) =>
      `Argument "${argName(p, 'en')}" has ${p.count} rows but argument "${otherArg(p, 'en')}" has ${p.expected}: they must cover the same units, row for row.`,
  },
  FN_LENGTH_MISMATCH: {
    vi: (p) =>
      `Đối số "${argName(p, 'vi')}" có ${p.count} ô nhưng đối số "${otherArg(p, 'vi')}" có ${p.expected} ô: mỗi tiêu chí một ô, cùng thứ tự.`,
    en: (p) =>
      `Argument "${argName(p, 'en')}" has ${p.count} cells but argument "${otherArg(p, 'en')}" has ${p.expected}: one per criterion, in the same order.`,
  },
  FN_CELL_BLANK: {
    vi: (p) => `${FnWhere(p, 'vi')} đang trống: cần ${expectedText(p, 'vi')}.`,
    en: (p) => `${FnWhere(p, 'en')} is blank: expected ${expectedText(p, 'en')}.`,
  },
  FN_CELL_INVALID: {
    vi: (p) => `${FnWhere(p, 'vi')}: "${p.value}" không phải ${expectedText(p, 'vi')}.`,
    en: (p) => `${FnWhere(p, 'en')}: "${p.value}" is not ${expectedText(p, 'en')}.`,
  },
  FN_CELL_EXCEL_ERROR: {
    vi: (p) => `${FnWhere(p, 'vi')} có lỗi Excel ${p.value}: hãy sửa ô đó trước.`,
    en: (p) => `${FnWhere(p, 'en')} holds the Excel error ${p.value}: fix that cell first.`,
  },
  FN_CELL_OUT_OF_RANGE: {
    vi: (p) => `${FnWhere(p, 'vi')}: tỷ lệ ${p.value} nằm ngoài khoảng 0–100 %.`,
    en: (p) => `${FnWhere(p, 'en')}: the percentage ${p.value} is outside 0–100 %.`,
  },
  FN_POINT_BLANK: {
    vi: (p) => `${FnWhere(p, 'vi')} đang trống: tiêu chí chấm điểm phải có điểm (chỉ ô điểm thưởng, điểm trừ được để trống).`,
    en: (p) => `${FnWhere(p, 'en')} is blank: a Score criterion needs its points (only bonus and penalty cells may be blank).`,
  },
  FN_POINT_NEGATIVE: {
    vi: (p) => `${FnWhere(p, 'vi')}: điểm ${fnNumber(p.value, 'vi')} bị âm; điểm không được âm (điểm trừ ghi số dương).`,
    en: (p) => `${FnWhere(p, 'en')}: ${fnNumber(p.value, 'en')} points are negative; points may not be negative (penalty points are written positive).`,
  },
  FN_POINT_ABOVE_MAX: {
    vi: (p) => `${FnWhere(p, 'vi')}: điểm ${fnNumber(p.value, 'vi')} vượt điểm tối đa ${fnNumber(p.max, 'vi')} của tiêu chí.`,
    en: (p) => `${FnWhere(p, 'en')}: ${fnNumber(p.value, 'en')} points exceed the criterion's maximum ${fnNumber(p.max, 'en')}.`,
  },
  FN_MAX_INVALID: {
    vi: (p) =>
      `${FnWhere(p, 'vi')}: "${p.value}" không phải điểm tối đa hợp lệ: tiêu chí chấm điểm cần một số dương; tiêu chí thưởng, trừ cần một số dương hoặc để trống (không giới hạn).`,
    en: (p) =>
      `${FnWhere(p, 'en')}: "${p.value}" is not a valid maximum: a Score criterion needs a positive number; a Bonus or Penalty criterion a positive number or blank (no cap).`,
  },
  FN_RANK_NOT_FOUND: {
    vi: (p) =>
      `${FnWhere(p, 'vi')}: ${fnNumber(p.value, 'vi')} không có trong đối số "${otherArg(p, 'vi')}"${p.keys ? ' (cùng các giá trị phá hòa này)' : ''}.${p.hint ? RANK_COLUMN_HINT.vi : ''}`,
    en: (p) =>
      `${FnWhere(p, 'en')}: ${fnNumber(p.value, 'en')} is not in argument "${otherArg(p, 'en')}"${p.keys ? ' (with these tie-break values)' : ''}.${p.hint ? RANK_COLUMN_HINT.en : ''}`,
  },
  FN_RANK_KEYS: {
    vi: (p) =>
      `Đối số "${argName(p, 'vi')}" có ${p.count} cột, nhưng xếp hạng trong "${otherArg(p, 'vi')}" với ${p.keys} cột phá hòa cần ${p.expected} cột: tổng điểm của đơn vị rồi giá trị của đơn vị ở từng cột phá hòa, ví dụ =TDKT.XEPHANG(H2:J2; H$2:H$12; I$2:I$12; J$2:J$12).${RANK_COLUMN_HINT.vi}`,
    en: (p) =>
      `Argument "${argName(p, 'en')}" has ${p.count} column(s), but ranking against "${otherArg(p, 'en')}" with ${p.keys} tie-break column(s) needs ${p.expected}: the unit's total, then its value in each tie-break column, e.g. =TDKT.RANKBLOC(H2:J2, H$2:H$12, I$2:I$12, J$2:J$12).${RANK_COLUMN_HINT.en}`,
  },
  FN_RANKS_NOT_STANDARD: {
    vi: (p) =>
      `${FnWhere(p, 'vi')}: hạng ${p.value} không khớp một bảng xếp hạng ${p.count} đơn vị (1, 2, 2, 4 …; ở vị trí này cần hạng ${p.expected}): hãy dùng thứ hạng do TDKT.XEPHANG tính.`,
    en: (p) =>
      `${FnWhere(p, 'en')}: rank ${p.value} does not fit a ranking of ${p.count} units (1, 2, 2, 4 …; rank ${p.expected} expected at this place): use the ranks TDKT.RANKBLOC computes.`,
  },
  FN_AWARDS_WITHHELD: {
    vi: (p) =>
      `Chưa đề nghị khen thưởng khi khối còn lỗi: hãy sửa ${fnWhere(p, 'vi')} (${p.count} dòng có lỗi); khen thưởng chỉ xét khi đủ mọi đơn vị.`,
    en: (p) =>
      `No award is proposed while the bloc has errors: fix ${fnWhere(p, 'en')} (${p.count} row(s) with errors); awards are proposed for a complete bloc only.`,
  },
  FN_INTERNAL: {
    vi: (p) => `BlocRank không tính được ô này (${p.reason}). Hãy báo lỗi kèm kết quả của =TDKT.PHIENBAN().`,
    en: (p) => `BlocRank could not compute this (${p.reason}). Please report it with the result of =TDKT.VERSION().`,
  },
  // ---- files (xlsx adapter, CLI) ------------------------------------------------------------
  FILE_NOT_FOUND: {
    vi: (p) => `Không tìm thấy tệp "${p.path}".`,
    en: (p) => `File "${p.path}" not found.`,
  },
  FILE_UNREADABLE: {
    vi: (p) => `Không đọc được tệp "${p.path}" như một sổ Excel (.xlsx) (lý do: ${p.reason}).`,
    en: (p) => `Cannot read "${p.path}" as an Excel workbook (.xlsx) (reason: ${p.reason}).`,
  },
  OUTPUT_EXISTS: {
    vi: (p) => `Tệp "${p.path}" đã có; thêm --force để ghi đè, hoặc chọn tên khác với -o.`,
    en: (p) => `"${p.path}" already exists; add --force to overwrite it, or choose another name with -o.`,
  },
  OUTPUT_IS_INPUT: {
    vi: (p) => `Không ghi vào chính tệp đầu vào "${p.path}": BlocRank luôn ghi ra một bản sao.`,
    en: (p) => `Will not write over the input file "${p.path}": BlocRank always writes a copy.`,
  },
  FILE_NOT_WRITABLE: {
    vi: (p) => `Không ghi được tệp "${p.path}" (lý do: ${p.reason}).`,
    en: (p) => `Cannot write "${p.path}" (reason: ${p.reason}).`,
  },
  SHEET_EXISTS: {
    vi: (p) => `Sổ đã có trang "${p.sheet}"; thêm --force để thay trang này.`,
    en: (p) => `The workbook already has a sheet "${p.sheet}"; add --force to replace it.`,
  },
  // ---- package reader and writer (src/xlsx) -------------------------------------------------
  FILE_KIND_REFUSED: {
    vi: (p) => `Tệp "${p.path}" ${(FILE_KINDS[String(p.kind)] ?? FILE_KINDS.notZip!).vi}`,
    en: (p) => `"${p.path}" ${(FILE_KINDS[String(p.kind)] ?? FILE_KINDS.notZip!).en}`,
  },
  PART_TOO_LARGE: {
    vi: (p) =>
      `Tệp "${p.path}" có phần "${p.part}" lớn hơn ${p.mb} MB khi giải nén; BlocRank dừng đọc để không làm treo máy. Hãy mở tệp bằng Excel, xóa dữ liệu thừa rồi lưu lại thành .xlsx.`,
    en: (p) =>
      `"${p.path}" has a part "${p.part}" larger than ${p.mb} MB uncompressed; BlocRank stopped reading so as not to exhaust the computer. Open the file in Excel, delete the surplus data and save it as .xlsx again.`,
  },
  PART_UNREADABLE: {
    vi: (p) => `Tệp "${p.path}" bị hỏng: không đọc được phần "${p.part}". Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa) rồi lưu lại thành .xlsx.`,
    en: (p) => `"${p.path}" is damaged: its part "${p.part}" cannot be read. Open the file in Excel (it offers to repair it) and save it as .xlsx again.`,
  },
  SHEET_TOO_LARGE: {
    vi: (p) =>
      `Trang "${p.sheet}" của tệp "${p.path}" có hơn ${p.cells} ô có dữ liệu, quá lớn đối với một khối thi đua. Hãy xóa các dòng, cột thừa (kể cả dữ liệu ở cuối trang) rồi lưu lại.`,
    en: (p) =>
      `Sheet "${p.sheet}" of "${p.path}" holds more than ${p.cells} cells with data, too many for an emulation bloc. Delete the surplus rows and columns (including data far down or far right) and save it again.`,
  },
  RESULT_COLUMNS_BEYOND_SHEET: {
    vi: (p) =>
      `Trang "${p.sheet}" không còn cột trống bên phải để ghi cột kết quả (đã dùng đến cột XFD, cột cuối cùng của Excel). Hãy xóa dữ liệu ở các cột cuối trang rồi chạy lại.`,
    en: (p) =>
      `Sheet "${p.sheet}" has no empty column left on the right for the result columns (its data reaches XFD, Excel's last column). Delete the data in the last columns and run again.`,
  },
  MACRO_OUTPUT_EXTENSION: {
    vi: (p) =>
      p.ext === 'xlsx'
        ? `Sổ "${p.input}" không có macro: bản sao phải có đuôi .xlsx (Excel không mở sổ thường mang đuôi .xlsm). Hãy đặt tên tệp ra, ví dụ "${p.suggestion}".`
        : `Sổ "${p.input}" có macro (.xlsm): bản sao phải có đuôi .xlsm để giữ macro. Hãy đặt tên tệp ra, ví dụ "${p.suggestion}".`,
    en: (p) =>
      p.ext === 'xlsx'
        ? `"${p.input}" holds no macros: its copy must end in .xlsx (Excel does not open a plain workbook named .xlsm). Name the output file, e.g. "${p.suggestion}".`
        : `"${p.input}" holds macros (.xlsm): its copy must end in .xlsm to keep them. Name the output file, e.g. "${p.suggestion}".`,
  },
  // ---- excel (task pane adapter, src/excel) ---------------------------------------------------------
  EXCEL_SHEETS_EXIST: {
    vi: (p) =>
      `Sổ đã có trang ${p.sheets}. BlocRank không ghi đè trang có sẵn: hãy đổi tên hoặc xoá ${Number(p.count) > 1 ? 'các trang này' : 'trang này'} rồi tạo lại sổ chấm điểm.`,
    en: (p) =>
      `The workbook already has ${Number(p.count) > 1 ? 'sheets' : 'a sheet'} ${p.sheets}. BlocRank never overwrites a sheet: rename or delete ${Number(p.count) > 1 ? 'them' : 'it'}, then create the scoring workbook again.`,
  },
  EXCEL_SHEET_EXISTS: {
    vi: (p) => `Sổ đã có trang "${p.sheet}". Chọn "Thay thế" nếu muốn ghi đè trang này.`,
    en: (p) => `The workbook already has a sheet "${p.sheet}". Choose "Replace" to overwrite it.`,
  },
  EXCEL_NOTHING_TO_UNDO: {
    vi: () => 'Không có lần xếp hạng nào để hoàn tác.',
    en: () => 'There is no ranking run to undo.',
  },
  EXCEL_UNDO_SHEET_MISSING: {
    vi: (p) => `Không hoàn tác được: không còn trang "${p.sheet}" (trang đã bị đổi tên hoặc xoá).`,
    en: (p) => `Cannot undo: the sheet "${p.sheet}" is gone (renamed or deleted).`,
  },
  EXCEL_PAGE_SETUP_SKIPPED: {
    vi: (p) => `Đã tạo trang "${p.sheet}" nhưng Excel không cho đặt khổ in (A4, lề): ${p.reason}. Hãy đặt trong Bố trí trang.`,
    en: (p) => `Sheet "${p.sheet}" was written, but Excel refused the print setup (A4, margins): ${p.reason}. Set it in Page Layout.`,
  },
  EXCEL_FAILED: {
    vi: (p) => `Excel báo lỗi${p.code ? ` (${p.code})` : ''}: ${p.reason}. Hãy thử lại.`,
    en: (p) => `Excel reported an error${p.code ? ` (${p.code})` : ''}: ${p.reason}. Please try again.`,
  },
  EXCEL_PARTLY_WRITTEN: {
    vi: (p) => `Excel dừng giữa chừng sau khi đã ghi ${p.cells} ô kết quả; bấm "Hoàn tác" để khôi phục các ô này.`,
    en: (p) => `Excel stopped part-way after writing ${p.cells} result cells; press "Undo" to restore them.`,
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
