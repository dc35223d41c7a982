import type { Issue } from './issue.js';
import { awardTitle } from './awardTitle.js';
import { countText, formatNumber } from './format.js';
import type { AwardCode, Lang } from './model.js';

/** Award codes joined by commas, as labels in `lang`. */
const awardList = (codes: string | number | undefined, lang: Lang): string =>
  String(codes ?? '')
    .split(',')
    .filter(Boolean)
    .map((c) => awardTitle(c as AwardCode, lang))
    .join(', ');

/** Counts as Vietnamese officials write them: "02". */
const pad2 = (n: string | number | undefined): string => {
  const text = String(n ?? '');
  return /^\d$/.test(text) ? `0${text}` : text;
};

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
  discipline: { vi: '"Không", "Đang xem xét" hoặc "Có"', en: '"No", "Under review" or "Yes"' },
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
  order: {
    vi: 'thứ tự như trong RANK.EQ: 0 (cao xếp trước) hoặc 1 (thấp xếp trước)',
    en: "an order as in RANK.EQ: 0 (highest first) or 1 (lowest first)",
  },
};

/** Why a row under the scores header is not a unit, for `ROW_SKIPPED` (its `reason` parameter). */
const ROW_REASONS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  blank: { vi: 'dòng trống', en: 'a blank row' },
  maxPoints: { vi: 'dòng điểm tối đa, điểm chuẩn', en: 'a row of maximum or standard points' },
  total: { vi: 'dòng tổng cộng, bình quân', en: 'a total or average row' },
  heading: { vi: 'dòng tên nhóm đơn vị', en: 'a group heading' },
  noName: { vi: 'dòng không có tên đơn vị và điểm', en: 'a row with no unit name and no points' },
  note: { vi: 'dòng ghi chú', en: 'a note' },
};
/** What else a row could be, for `ROW_AMBIGUOUS` (its `reason` parameter). */
const AMBIGUOUS_REASONS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  signature: { vi: 'phần ký tên: tên ghi như phần ký tên nhưng dòng có điểm', en: 'the signature block: its name reads like a signature line but it has points' },
  heading: {
    vi: 'dòng tên nhóm: STT hoặc tên ghi như tên nhóm (I., A., …:) nhưng dòng có điểm',
    en: 'a group heading: its number or name reads like a heading (I., A., …:) but it has points',
  },
  maxPoints: {
    vi: 'dòng điểm tối đa: không có STT và điểm đúng bằng điểm tối đa của các tiêu chí',
    en: 'the row of maximum points: it has no number and its points equal the criteria maxima',
  },
  total: {
    vi: 'dòng tổng cộng, bình quân: điểm bằng tổng hoặc bình quân của các đơn vị phía trên',
    en: 'a total or average row: its points are the sum or the average of the units above',
  },
  belowSignature: {
    vi: 'phần ký tên: dòng nằm dưới phần ký tên nhưng có đủ điểm',
    en: 'the signature block: the row is below the signature block but has every score',
  },
};
/** What a date was found instead of, for `DATE_IN_NUMBER_CELL` (its `expected` parameter). */
const DATE_EXPECTED: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  points: { vi: 'số điểm', en: 'points' },
  votes: { vi: 'số phiếu', en: 'a number of votes' },
  percent: { vi: 'tỷ lệ', en: 'a percentage' },
  number: { vi: 'một số', en: 'a number' },
};
/** An ISO date `yyyy-mm-dd` as the clerk reads it: `12/03/2025` in Vietnamese, as is in English. */
const dateText = (iso: string | number | undefined, lang: Lang): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  return m && lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : String(iso ?? '');
};
// ---- cli: what a refused output is, what a write failure means ----------------------------------
const OUTPUT_KIND: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  device: { vi: 'một thiết bị', en: 'a device' },
  fifo: { vi: 'một đường ống (FIFO)', en: 'a pipe (FIFO)' },
  socket: { vi: 'một socket', en: 'a socket' },
};
const OUTPUT_WHAT: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  rank: { vi: 'bản sao đã xếp hạng cùng loại với tệp đầu vào', en: 'the ranked copy is the same kind of file as the input' },
  ballot: { vi: 'bản sao có trang Bình bầu cùng loại với tệp đầu vào', en: 'the copy with the Ballot sheet is the same kind of file as the input' },
  pledge: { vi: 'giao ước dạng .docx, hoặc bản sao sổ có trang giao ước', en: 'the pledge as .docx, or a copy of the workbook with the pledge sheet' },
  template: { vi: 'sổ chấm điểm mới', en: 'a new bloc workbook' },
};
/** Why a file could not be written, from the system's error code (never the system's own wording). */
const WRITE_REASONS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  EACCES: { vi: 'không có quyền ghi vào đó', en: 'no permission to write there' },
  EPERM: { vi: 'không có quyền ghi vào đó', en: 'no permission to write there' },
  ENOENT: { vi: 'thư mục chứa tệp không tồn tại', en: 'the folder does not exist' },
  ENOTDIR: { vi: 'đường dẫn đi qua một tệp, không phải thư mục', en: 'the path goes through a file, not a folder' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'đã hết dung lượng được cấp', en: 'the disk quota is used up' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  EBUSY: { vi: 'tệp đang được chương trình khác mở', en: 'another program has the file open' },
  EXDEV: { vi: 'không ghi được vào thư mục đó', en: 'the folder cannot be written that way' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
};
function writeReason(code: string | number | undefined, lang: Lang): string {
  const known = WRITE_REASONS[String(code)];
  if (known) return known[lang];
  return lang === 'vi' ? `lỗi hệ thống tệp (${String(code ?? '?')})` : `a file system error (${String(code ?? '?')})`;
}

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
  vi: ' Để xếp hạng cả cột với các cột tiêu chí ưu tiên khi bằng điểm, bỏ trống đối số vung: =TDKT.XEPHANG(H2:H12; ; I2:I12).',
  en: ' To rank a whole column with tie-break columns, leave range empty: =TDKT.RANKBLOC(H2:H12, , I2:I12).',
};

// ---- ballot (DOMAIN.md §10): the award in full, a vote share "6/9 phiếu, 66,7 %" ---------------------
const ballotAward = (p: Params, lang: Lang): string => awardTitle(String(p.award) as AwardCode, lang);
const pct = (value: string | number | undefined, lang: Lang): string => `${formatNumber(Number(value), lang, 1)} %`;
const voteShare = (p: Params, lang: Lang): string =>
  lang === 'vi'
    ? `${p.votes}/${p.voters} phiếu, ${pct((Number(p.votes) * 100) / Number(p.voters), 'vi')}`
    : `${p.votes}/${p.voters} votes, ${pct((Number(p.votes) * 100) / Number(p.voters), 'en')}`;

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
    vi: (p) => `Các đơn vị ${p.units} bằng nhau sau mọi tiêu chí ưu tiên khi bằng điểm, cùng xếp hạng ${p.rank}: Khối cần bình xét.`,
    en: (p) => `Units ${p.units} are still equal after every tie-break criterion and share rank ${p.rank}: the Bloc must decide.`,
  },
  AWARD_TIE_PENDING: {
    vi: (p) => `Các đơn vị ${p.units} đồng hạng ${p.rank}, vượt số lượng ${awardList(p.awards, 'vi')} còn lại: cần bình xét, Khối bỏ phiếu quyết định.`,
    en: (p) => `Units ${p.units} tied at rank ${p.rank} are more than the places left for the ${awardList(p.awards, 'en')}: to be deliberated; the Bloc decides by vote.`,
  },
  // -- legal fidelity (issue 9): settings an officer would question ---------------------------
  PROVINCIAL_FLAGS_ABOVE_ONE: {
    vi: (p) =>
      `Số Cờ thi đua của Ủy ban nhân dân tỉnh là ${pad2(p.count)}: Điều 26 Luật số 06/2022/QH15 quy định Cờ thi đua cho tập thể dẫn đầu phong trào thi đua của Khối; chưa có văn bản nào quy định quá 01 Cờ thi đua cho một khối. Chỉ giữ số này khi tỉnh có quy định; từ đơn vị thứ hai, phần giải thích ghi "theo quy định của tỉnh".`,
    en: (p) =>
      `${p.count} provincial flags: Article 26 of Law No. 06/2022/QH15 gives the flag to the collective leading the Bloc's emulation movement, and no text seen sets more than one flag per bloc. Keep this number only if the province sets it; from the second unit on, the explanation says "under the province's rules".`,
  },
  GOVERNMENT_FLAG_APART: {
    vi: () =>
      '"Cờ Chính phủ kèm Cờ tỉnh" là Không: theo khoản 1 Điều 25 và Điều 26 Luật số 06/2022/QH15, “Cờ thi đua của Chính phủ” được xét trong số các tập thể dẫn đầu khối, tức là đơn vị nhận “Cờ thi đua của Ủy ban nhân dân tỉnh”. Chỉ giữ cách này khi tỉnh có quy định; các đơn vị tiếp theo nhận Cờ thi đua "theo quy định của tỉnh".',
    en: () =>
      '"Government flag with provincial flag" is No: under Article 25(1) and Article 26 of Law No. 06/2022/QH15 the Government flag is considered among the collectives leading the blocs, that is the unit taking the provincial flag. Keep this only if the province sets it; the next units take provincial flags "under the province\'s rules".',
  },
  CERTIFICATES_AUTO_DEFAULT: {
    vi: (p) =>
      `Số Bằng khen là "Tự động": BlocRank đề xuất ${pad2(p.count)} Bằng khen cho Khối ${pad2(p.units)} đơn vị theo mặc định của BlocRank (không có văn bản nào quy định số Bằng khen cho một khối). Hãy ghi số lượng theo quy định của tỉnh.`,
    en: (p) =>
      `Certificates is "Auto": BlocRank proposes ${p.count} certificates for a Bloc of ${p.units} units by BlocRank's default (no text sets a number of certificates per bloc). Write the number the province sets.`,
  },
  TIE_BREAK_WOMEN_LAST: {
    vi: () =>
      '"Tỷ lệ nữ" được xét sau cùng trong các tiêu chí ưu tiên khi bằng điểm: ưu tiên nữ chỉ áp dụng giữa các đơn vị có thành tích như nhau (khoản 6 Điều 4 của nghị định hướng dẫn Luật Thi đua, khen thưởng).',
    en: () =>
      '"Women %" is applied last among the tie-break criteria: the priority to women applies only among equally qualified units (Article 4(6) of the decree implementing the Law on Emulation and Commendation).',
  },
  LEGAL_TEXT_UNVERIFIED: {
    vi: (p) =>
      `Năm được xét ${p.year}: ${p.document} có hiệu lực trước ngày 01/01/${Number(p.year) + 1}; phần giải thích không tính đến và không trích dẫn văn bản này. Hãy đối chiếu trước khi trình.`,
    en: (p) =>
      `Review of ${p.year}: ${p.documentEn ?? p.document} is in force before 01/01/${Number(p.year) + 1}; the explanations neither take it into account nor cite it. Check it before sending the proposals.`,
  },
  // -- end of legal fidelity block -------------------------------------------------------------
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
    vi: (p) => `Các đơn vị ${p.units} đồng hạng ${p.rank}: gợi ý ${p.role === 'deputy' ? 'khối phó' : 'khối trưởng'} theo thứ tự hiển thị, Khối cần bình xét.`,
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
    vi: () => 'Trang giao ước không có nội dung cam kết nào: hãy ghi mỗi cam kết một dòng ở cột "Nội dung", hoặc xóa trang này để dùng các cam kết mặc định.',
    en: () => 'The pledge sheet holds no commitment: write one per row in column "Content", or delete the sheet to use the default commitments.',
  },
  PLEDGE_DECISION_MISSING: {
    vi: () => 'Chưa ghi "Quyết định về khối": giao ước để dòng chấm (……) cho số, ngày của quyết định, để điền tay.',
    en: () => '"Bloc decision" is empty: the pledge leaves a dotted line (……) for the decision\'s number and date, to fill in by hand.',
  },
  PLEDGE_AUTHORITY_MISSING: {
    vi: () => 'Chưa ghi "Cơ quan chủ quản": phần đầu giao ước chỉ có tên khối.',
    en: () => '"Authority" is empty: the pledge header shows the bloc name only.',
  },
  PLEDGE_BASIS_UNVERIFIED: {
    vi: (p) => `Có văn bản đang có hiệu lực mà BlocRank chưa kiểm tra được nội dung (${p.document}): giao ước không trích văn bản này; hãy kiểm tra và bổ sung căn cứ nếu cần trước khi ký.`,
    en: (p) => `A document in force has not been verified by BlocRank (${p.documentEn ?? p.document}): the pledge does not cite it; check it and add it to the basis if needed before signing.`,
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
      `Tiêu chí ưu tiên khi bằng điểm: "${p.part}" không phải tiêu chí nào đã biết. Dùng: Nhóm <nhóm>; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ.`,
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
  // ---- ballot and dossier (Bình bầu, DOMAIN.md §10) ----------------------------------------------
  // Issues of the ballot sheet and its settings, then the explanation lines of ballot outcomes (params:
  // `award` a code, `votes`/`voters`/`count`/`slots` numbers, `pct`/`threshold` percentages).
  BALLOT_VOTE_BLANK: {
    vi: (p) => `Chưa có số phiếu đề nghị tặng ${ballotAward(p, 'vi')} cho đơn vị "${p.unit}": giữ đề nghị, chờ kết quả bỏ phiếu.`,
    en: (p) => `No vote count yet for the ${ballotAward(p, 'en')} of unit "${p.unit}": the proposal stands, pending the vote.`,
  },
  BALLOT_UNIT_MISSING: {
    vi: (p) => `Trang bình bầu chưa có dòng của đơn vị "${p.unit}" (đề nghị tặng ${ballotAward(p, 'vi')}): giữ đề nghị, chờ kết quả bỏ phiếu.`,
    en: (p) => `The ballot sheet has no row for unit "${p.unit}" (proposed for the ${ballotAward(p, 'en')}): the proposal stands, pending the vote.`,
  },
  BALLOT_VOTE_UNUSED: {
    vi: (p) => `Số phiếu đề nghị tặng ${ballotAward(p, 'vi')} cho đơn vị "${p.unit}" không được dùng: theo kết quả xếp hạng, đơn vị không được đề nghị hình thức này.`,
    en: (p) => `The votes for the ${ballotAward(p, 'en')} of unit "${p.unit}" are not used: the ranking does not propose the unit for this form.`,
  },
  BALLOT_TIE_EQUAL: {
    vi: (p) => `Các đơn vị ${p.units} có số phiếu bằng nhau đối với ${ballotAward(p, 'vi')}: còn ${countText(Number(p.slots), 'vi')} đề nghị chưa xác định được, Khối cần bình xét thêm.`,
    en: (p) => `Units ${p.units} have equal votes for the ${ballotAward(p, 'en')}: ${p.slots} proposal(s) left open for the bloc to decide.`,
  },
  BALLOT_VOTES_INVALID: {
    vi: (p) => `Số phiếu "${p.value}" ở cột "${p.label}" phải là số nguyên không âm, ví dụ 7; để trống nếu chưa bỏ phiếu.`,
    en: (p) => `The vote count "${p.value}" in column "${p.label}" must be a whole number, 0 or more, e.g. 7; leave it blank if not voted yet.`,
  },
  BALLOT_VOTES_ABOVE_VOTERS: {
    vi: (p) => `Số phiếu ${p.value} ở cột "${p.label}" vượt số thành viên bỏ phiếu (${p.voters}).`,
    en: (p) => `The vote count ${p.value} in column "${p.label}" exceeds the number of voters (${p.voters}).`,
  },
  BALLOT_UNIT_UNKNOWN: {
    vi: (p) => `Đơn vị "${p.unit}" không có trong trang "${p.scores}": hãy ghi đúng tên đơn vị như ở trang chấm điểm.`,
    en: (p) => `Unit "${p.unit}" is not in sheet "${p.scores}": write the unit's name as in the scores sheet.`,
  },
  BALLOT_NO_VOTE_COLUMN: {
    vi: (p) => `Dòng tiêu đề ${p.row} chưa có cột số phiếu nào ("Cờ thi đua Chính phủ", "Cờ thi đua UBND tỉnh", "Bằng khen").`,
    en: (p) => `Header row ${p.row} has no vote column ("Government flag", "Provincial flag", "Certificate").`,
  },
  BALLOT_VOTERS_INVALID: {
    vi: (p) => `Số thành viên bỏ phiếu "${p.value}" phải là số nguyên từ 1 trở lên; để trống thì bằng số đơn vị.`,
    en: (p) => `The number of voters "${p.value}" must be a whole number from 1; blank means the number of units.`,
  },
  ABSENT_MEMBER_UNKNOWN: {
    vi: (p) => `Thành viên vắng mặt "${p.name}" không có trong danh sách đơn vị của trang chấm điểm (các tên cách nhau bởi dấu ;).`,
    en: (p) => `Absent member "${p.name}" is not in the list of units of the scores sheet (names are separated by ;).`,
  },
  BALLOT_LINE_PASSED: {
    vi: (p) => `Kết quả bỏ phiếu kín đề nghị tặng ${ballotAward(p, 'vi')}: ${voteShare(p, 'vi')}, đạt tỷ lệ tối thiểu ${pct(p.threshold, 'vi')} (theo quy định của Khối).`,
    en: (p) => `Secret ballot on the ${ballotAward(p, 'en')}: ${voteShare(p, 'en')}, at or above the required ${pct(p.threshold, 'en')} (the bloc's rule).`,
  },
  BALLOT_LINE_FAILED: {
    vi: (p) => `Không đề nghị tặng ${ballotAward(p, 'vi')}: không đạt tỷ lệ phiếu: ${voteShare(p, 'vi')} (cần ${pct(p.threshold, 'vi')}, theo quy định của Khối).`,
    en: (p) => `Not proposed for the ${ballotAward(p, 'en')}: below the vote threshold: ${voteShare(p, 'en')} (${pct(p.threshold, 'en')} needed, the bloc's rule).`,
  },
  BALLOT_LINE_PENDING: {
    vi: (p) => `Đề nghị tặng ${ballotAward(p, 'vi')}: chưa có kết quả bỏ phiếu.`,
    en: (p) => `Proposed for the ${ballotAward(p, 'en')}: the vote is not counted yet.`,
  },
  BALLOT_LINE_PROVINCIAL_FAILED: {
    vi: (p) => `Không đề nghị tặng ${ballotAward(p, 'vi')}: đơn vị không được đề nghị tặng ${awardTitle('CO_UBND_TINH', 'vi')} (Cờ Chính phủ kèm Cờ tỉnh, theo quy định của Khối).`,
    en: (p) => `Not proposed for the ${ballotAward(p, 'en')}: the unit is not proposed for the ${awardTitle('CO_UBND_TINH', 'en')} (the Government flag goes with the provincial flag, the bloc's rule).`,
  },
  BALLOT_LINE_PROVINCIAL_PENDING: {
    vi: (p) => `Đề nghị tặng ${ballotAward(p, 'vi')}: chờ kết quả bỏ phiếu đề nghị tặng ${awardTitle('CO_UBND_TINH', 'vi')}.`,
    en: (p) => `Proposed for the ${ballotAward(p, 'en')}: pending the vote on the ${awardTitle('CO_UBND_TINH', 'en')}.`,
  },
  BALLOT_LINE_TIE_WON: {
    vi: (p) => `Trong ${countText(Number(p.count), 'vi')} đơn vị đồng hạng (${countText(Number(p.slots), 'vi')} đề nghị), đơn vị đạt số phiếu cao nhất: ${voteShare(p, 'vi')} — đề nghị tặng ${ballotAward(p, 'vi')}.`,
    en: (p) => `Among ${p.count} tied units (${p.slots} proposal(s)), the unit has the highest approval: ${voteShare(p, 'en')} — proposed for the ${ballotAward(p, 'en')}.`,
  },
  BALLOT_LINE_TIE_LOST: {
    vi: (p) => `Không đề nghị tặng ${ballotAward(p, 'vi')}: ${voteShare(p, 'vi')}, thấp hơn đơn vị đồng hạng được đề nghị.`,
    en: (p) => `Not proposed for the ${ballotAward(p, 'en')}: ${voteShare(p, 'en')}, below the tied unit proposed.`,
  },
  BALLOT_LINE_TIE_OPEN: {
    vi: (p) => `Chưa đề nghị tặng ${ballotAward(p, 'vi')}: ${countText(Number(p.count), 'vi')} đơn vị đồng hạng chưa phân định được bằng bỏ phiếu — Khối cần bình xét thêm.`,
    en: (p) => `Not yet proposed for the ${ballotAward(p, 'en')}: ${p.count} tied units not separated by the ballot — the bloc must decide.`,
  },
  // -- which rows are units, data checks, the clerk's formulas (issue 8) --
  ROW_SKIPPED: {
    vi: (p) => `Dòng ${p.row}${p.label ? ` "${p.label}"` : ''} là ${ROW_REASONS[String(p.reason)]?.vi ?? p.reason}, không phải đơn vị — bỏ qua.`,
    en: (p) => `Row ${p.row}${p.label ? ` "${p.label}"` : ''} is ${ROW_REASONS[String(p.reason)]?.en ?? p.reason}, not a unit — skipped.`,
  },
  SIGNATURE_SKIPPED: {
    vi: (p) => `Từ dòng ${p.from} ("${p.label}") trở xuống là phần ký tên dưới bảng, không phải đơn vị — bỏ qua dòng ${p.from}–${p.to}.`,
    en: (p) => `From row ${p.from} ("${p.label}") down is the signature block under the table, not units — rows ${p.from}–${p.to} skipped.`,
  },
  ROW_AMBIGUOUS: {
    vi: (p) =>
      `Không xác định được dòng ${p.row} "${p.label}" là đơn vị hay ${AMBIGUOUS_REASONS[String(p.reason)]?.vi ?? p.reason}${p.from ? ` (từ dòng ${p.from})` : ''}. Hãy sửa dòng này: ghi đúng STT và tên đơn vị, hoặc xóa điểm của dòng không phải đơn vị.`,
    en: (p) =>
      `Cannot tell whether row ${p.row} "${p.label}" is a unit or ${AMBIGUOUS_REASONS[String(p.reason)]?.en ?? p.reason}${p.from ? ` (from row ${p.from})` : ''}. Fix this row: give the unit its number and name, or clear the points of a row that is not a unit.`,
  },
  UNIT_ROW_HIDDEN: {
    vi: (p) => `Dòng ${p.row} của đơn vị "${p.unit}" đang bị ẩn: đơn vị vẫn được xếp hạng; hãy bỏ ẩn dòng để kiểm tra.`,
    en: (p) => `Row ${p.row} of unit "${p.unit}" is hidden: the unit is still ranked; unhide the row to check it.`,
  },
  DATE_IN_NUMBER_CELL: {
    vi: (p) =>
      `Ô chứa ngày ${dateText(p.date, 'vi')}${gridPlace(p, 'vi')}, không phải ${DATE_EXPECTED[String(p.expected)]?.vi ?? p.expected}: hãy nhập lại dạng số (định dạng ô là Số).`,
    en: (p) =>
      `The cell holds the date ${dateText(p.date, 'en')}${gridPlace(p, 'en')}, not ${DATE_EXPECTED[String(p.expected)]?.en ?? p.expected}: type it again as a number (cell format Number).`,
  },
  TEXT_TOO_LONG: {
    vi: (p) => `Nội dung ô dài ${p.length} ký tự${gridPlace(p, 'vi')}, vượt giới hạn 32.767 ký tự của một ô Excel: hãy rút gọn.`,
    en: (p) => `The cell holds ${p.length} characters${gridPlace(p, 'en')}, more than the 32,767 an Excel cell can hold: shorten it.`,
  },
  FORMULA_RESULT_DIFFERS: {
    vi: (p) =>
      `Ô có công thức của bạn${gridPlace(p, 'vi')} nên BlocRank không ghi đè; giá trị của công thức "${p.theirs}" khác kết quả của BlocRank "${p.ours}".`,
    en: (p) =>
      `The cell holds your formula${gridPlace(p, 'en')}, so BlocRank leaves it alone; its value "${p.theirs}" differs from BlocRank's result "${p.ours}".`,
  },
  TIE_BREAK_LINK_ABSENT: {
    vi: (p) =>
      `Tiêu chí ưu tiên khi bằng điểm "${p.part}" không dùng được: ${p.kind === 'group' ? `không có nhóm tiêu chí chấm điểm "${p.param}" trong trang tiêu chí` : `trang chấm điểm không có cột "${p.column}"`}. Hãy sửa hoặc bỏ tiêu chí này.`,
    en: (p) =>
      `The tie-break "${p.part}" cannot be used: ${p.kind === 'group' ? `the criteria sheet has no Score group "${p.param}"` : `the scores sheet has no "${p.columnEn}" column`}. Fix or remove it.`,
  },
  BANDS_OUT_OF_ORDER: {
    vi: (p) =>
      `Ngưỡng xếp loại phải giảm dần: xuất sắc (${p.excellent} %) > tốt (${p.good} %) > hoàn thành (${p.complete} %). Hãy sửa các mục ngưỡng.`,
    en: (p) =>
      `Grade thresholds must decrease: excellent (${p.excellent} %) > good (${p.good} %) > complete (${p.complete} %). Fix the threshold items.`,
  },
  QUOTA_ABOVE_UNITS: {
    vi: (p) =>
      `${p.kind === 'certificates' ? 'Số Bằng khen' : 'Số Cờ thi đua UBND tỉnh'} là ${p.quota} nhưng Khối chỉ có ${p.units} đơn vị: số lượng đề nghị không vượt số đơn vị; hãy kiểm tra lại mục này.`,
    en: (p) =>
      `${p.kind === 'certificates' ? 'Certificates' : 'Provincial flags'} is ${p.quota} but the bloc has only ${p.units} units: no more are proposed than there are units; check this item.`,
  },
  TOTAL_NOT_FINITE: {
    vi: (p) =>
      `Không tính được tổng điểm của đơn vị "${p.unit}": điểm ${p.value} ở tiêu chí ${p.code} quá lớn (vượt giới hạn tính toán). Hãy kiểm tra ô này.`,
    en: (p) =>
      `The total of unit "${p.unit}" cannot be computed: ${p.value} points for criterion ${p.code} are too large (beyond the computable range). Check this cell.`,
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
      `${FnWhere(p, 'vi')}: ${fnNumber(p.value, 'vi')} không có trong đối số "${otherArg(p, 'vi')}"${p.keys ? ' (cùng các giá trị tiêu chí ưu tiên khi bằng điểm này)' : ''}.${p.hint ? RANK_COLUMN_HINT.vi : ''}`,
    en: (p) =>
      `${FnWhere(p, 'en')}: ${fnNumber(p.value, 'en')} is not in argument "${otherArg(p, 'en')}"${p.keys ? ' (with these tie-break values)' : ''}.${p.hint ? RANK_COLUMN_HINT.en : ''}`,
  },
  FN_RANK_KEYS: {
    vi: (p) =>
      `Đối số "${argName(p, 'vi')}" có ${p.count} cột, nhưng xếp hạng trong "${otherArg(p, 'vi')}" với ${p.keys} cột tiêu chí ưu tiên khi bằng điểm cần ${p.expected} cột: tổng điểm của đơn vị rồi giá trị của đơn vị ở từng cột đó, ví dụ =TDKT.XEPHANG(H2:J2; H$2:H$12; I$2:I$12; J$2:J$12).${RANK_COLUMN_HINT.vi}`,
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
    vi: (p) => `Không ghi được tệp "${p.path}": ${writeReason(p.reason, 'vi')}.`,
    en: (p) => `Cannot write "${p.path}": ${writeReason(p.reason, 'en')}.`,
  },
  SHEET_EXISTS: {
    vi: (p) => `Sổ đã có trang "${p.sheet}"; thêm --force để thay trang này.`,
    en: (p) => `The workbook already has a sheet "${p.sheet}"; add --force to replace it.`,
  },
  // ---- cli: outputs refused before anything is written, unexpected failures -------------------
  OUTPUT_IS_FOLDER: {
    vi: (p) => `"${p.path}" là một thư mục; hãy cho tên tệp, ví dụ -o "${p.example}".`,
    en: (p) => `"${p.path}" is a folder; give a file name, e.g. -o "${p.example}".`,
  },
  OUTPUT_NOT_FILE: {
    vi: (p) => `"${p.path}" là ${OUTPUT_KIND[String(p.kind)]?.vi ?? 'một tệp đặc biệt'}, không phải tệp thường: BlocRank không ghi vào đó, kể cả với --force; hãy chọn tên tệp khác với -o.`,
    en: (p) => `"${p.path}" is ${OUTPUT_KIND[String(p.kind)]?.en ?? 'a special file'}, not a regular file: BlocRank never writes there, even with --force; choose another file name with -o.`,
  },
  OUTPUT_EXTENSION: {
    vi: (p) => `Tệp ghi ra "${p.path}" phải có đuôi ${p.allowed} (${OUTPUT_WHAT[String(p.what)]?.vi ?? 'nội dung được ghi'}); hãy đổi tên trong -o.`,
    en: (p) => `The output "${p.path}" must end in ${p.allowed} (${OUTPUT_WHAT[String(p.what)]?.en ?? 'what is written'}); change the name given to -o.`,
  },
  INPUT_IS_FOLDER: {
    vi: (p) => `"${p.path}" là một thư mục, không phải sổ Excel; hãy cho tên tệp .xlsx.`,
    en: (p) => `"${p.path}" is a folder, not an Excel workbook; give the name of an .xlsx file.`,
  },
  // -- dossier (issue 11): the folder the documents go into, and what the submission cannot cite --
  DOSSIER_FOLDER_NOT_EMPTY: {
    vi: (p) => `Thư mục "${p.path}" đã có tệp; thêm --force để ghi đè các tệp hồ sơ (các tệp khác được giữ nguyên), hoặc chọn thư mục khác với -o.`,
    en: (p) => `The folder "${p.path}" is not empty; add --force to overwrite the dossier's files (other files are left alone), or choose another folder with -o.`,
  },
  DOSSIER_OUTPUT_NOT_FOLDER: {
    vi: (p) => `"${p.path}" là một tệp, không phải thư mục: hồ sơ gồm nhiều văn bản nên cần một thư mục; hãy chọn tên thư mục với -o.`,
    en: (p) => `"${p.path}" is a file, not a folder: the dossier has several documents and needs a folder; choose a folder name with -o.`,
  },
  DOSSIER_DECISION_MISSING: {
    vi: () => 'Chưa ghi "Quyết định về khối": tờ trình để dòng chấm (……) cho số, ngày của quyết định, để điền tay.',
    en: () => 'No "Bloc decision" given: the submission leaves a dotted line (……) for the decision’s number and date, to fill in by hand.',
  },
  DOSSIER_BASIS_UNVERIFIED: {
    vi: (p) => `Có văn bản đang có hiệu lực mà BlocRank chưa kiểm tra được nội dung (${p.document}): tờ trình không trích văn bản này; hãy kiểm tra và bổ sung căn cứ nếu cần trước khi ký.`,
    en: (p) => `A document in force has not been checked by BlocRank (${p.documentEn}): the submission does not cite it; check it and add it to the legal basis if needed before signing.`,
  },
  // -- end of dossier block ---------------------------------------------------------------------
  UNEXPECTED_FAILURE: {
    vi: (p) =>
      `BlocRank gặp lỗi ngoài dự kiến (mã lỗi ${p.id}); tệp của bạn không bị thay đổi. Hãy báo cho người phụ trách BlocRank, gửi kèm: mã lỗi ${p.id}, lệnh đã chạy (${p.command}), phiên bản BlocRank ${p.version} và Node ${p.node}, và nếu được thì tệp sổ chấm điểm. Chạy lại với BLOCRANK_DEBUG=1 để in chi tiết kỹ thuật.`,
    en: (p) =>
      `BlocRank hit an unexpected failure (error id ${p.id}); your files were not changed. Please report it to whoever maintains BlocRank for you, with: the error id ${p.id}, the command you ran (${p.command}), BlocRank ${p.version} and Node ${p.node}, and if you can, the workbook. Run it again with BLOCRANK_DEBUG=1 to print the technical details.`,
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
      `Sổ đã có trang ${p.sheets}. BlocRank không ghi đè trang có sẵn: hãy đổi tên hoặc xóa ${Number(p.count) > 1 ? 'các trang này' : 'trang này'} rồi tạo lại sổ chấm điểm.`,
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
    vi: (p) => `Không hoàn tác được: không còn trang "${p.sheet}" (trang đã bị đổi tên hoặc xóa).`,
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
  // -- dossier tab (issue 11, task pane): the ballot sheet it adds, the document asked for --
  BALLOT_SHEET_EXISTS: {
    vi: (p) => `Sổ đã có trang "${p.sheet}". BlocRank không ghi đè trang có sẵn: hãy nhập số phiếu vào trang này.`,
    en: (p) => `The workbook already has a sheet "${p.sheet}". BlocRank never overwrites a sheet: enter the votes there.`,
  },
  EXCEL_DOSSIER_DOCUMENT_GONE: {
    vi: (p) => `Hồ sơ không còn văn bản "${p.file}" (số liệu đã thay đổi). Hãy xem lại danh sách văn bản.`,
    en: (p) => `The dossier no longer has the document "${p.file}" (the data changed). Review the list of documents.`,
  },
  // -- end of dossier tab block --
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
