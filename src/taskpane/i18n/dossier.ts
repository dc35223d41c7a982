/**
 * The words of the Hồ sơ tab (the vote and the year-end dossier), kept apart from the pane's dictionaries so
 * they load with the tab, not with the first paint of the pane and the web page.
 */
import type { AwardCode, Lang } from '../../core/model.js';

/** A count as officials write it: "02". */
const pad = (n: string): string => (/^\d$/.test(n) ? `0${n}` : n);

export interface DossierStrings {
  readonly loading: string;
  readonly refresh: string;
  readonly title: (year: string) => string;
  readonly noBallotTitle: string;
  readonly noBallotBody: (sheet: string) => string;
  readonly addBallot: string;
  readonly adding: string;
  readonly added: (sheet: string) => string;
  readonly addedUndo: string;
  readonly notAdded: string;
  readonly ballotFrom: (sheet: string) => string;
  readonly threshold: (percent: string, voters: string) => string;
  readonly proposals: string;
  readonly none: string;
  readonly award: Readonly<Record<AwardCode, string>>;
  readonly status: { readonly passed: string; readonly failed: string; readonly pending: string; readonly tie: string };
  readonly rank: (rank: string) => string;
  readonly votes: (votes: string, voters: string, percent: string) => string;
  readonly noVotes: string;
  /** The counts of proposals passed, failed, pending (zero counts left out; at least one is not zero). */
  readonly summary: (passed: string, failed: string, pending: string) => string;
  /** Without a ballot sheet: every proposal waits for the vote. */
  readonly summaryNoBallot: (count: string) => string;
  readonly documents: string;
  readonly documentsNote: string;
  readonly kinds: { readonly bienBan: string; readonly toTrinh: string; readonly baoCao: (unit: string) => string };
  readonly downloading: string;
  readonly downloaded: (file: string) => string;
  readonly downloadBlocked: string;
  /** On the web page: the browser, not Office, refused the download. */
  readonly downloadBlockedPage: string;
  /** On the web page: the ballot sheet went into the copy; the counts are typed in a spreadsheet program. */
  readonly addedPage: (sheet: string) => string;
  /** On the web page: errors are fixed in the file, which is then opened again. */
  readonly notReadyBodyPage: string;
  readonly notDownloaded: string;
  readonly notReady: string;
  readonly notReadyBody: string;
}

const vi: DossierStrings = {
  loading: 'Đang đọc hồ sơ…',
  refresh: 'Đọc lại hồ sơ',
  title: (year) => `Đề nghị khen thưởng năm ${year}`,
  noBallotTitle: 'Sổ chưa có trang Bình bầu',
  noBallotBody: (sheet) =>
    `Các đề nghị dưới đây lấy từ kết quả xếp hạng, chờ bỏ phiếu kín. Thêm trang “${sheet}” để nhập số phiếu đồng ý của từng đơn vị sau cuộc họp bình xét.`,
  addBallot: 'Thêm trang Bình bầu',
  adding: 'Đang thêm trang…',
  added: (sheet) => `Đã thêm trang “${sheet}” với các đơn vị được đề nghị. Nhập số phiếu đồng ý vào các ô còn trống.`,
  addedUndo: 'Nút Hoàn tác không gỡ trang này; nếu không dùng, hãy xóa trang.',
  notAdded: 'Chưa thêm được trang Bình bầu',
  ballotFrom: (sheet) => `Số phiếu đọc từ trang “${sheet}”.`,
  threshold: (percent, voters) =>
    `Tỷ lệ phiếu tối thiểu ${percent} % của ${voters} thành viên bỏ phiếu (theo quy định của Khối).`,
  proposals: 'Danh sách đề nghị',
  none: 'Không có đề nghị khen thưởng nào.',
  award: {
    CO_CHINH_PHU: 'Cờ thi đua của Chính phủ',
    CO_UBND_TINH: 'Cờ thi đua của UBND tỉnh',
    BANG_KHEN_UBND_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
  },
  status: { passed: 'Đạt', failed: 'Không đạt', pending: 'Chờ bỏ phiếu', tie: 'Khối bình xét' },
  rank: (rank) => `Hạng ${rank}`,
  votes: (votes, voters, percent) => `${votes}/${voters} phiếu, ${percent}\u00a0%`,
  noVotes: 'chưa có số phiếu',
  // Counts as officials write them: "06 đề nghị".
  summary: (passed, failed, pending) =>
    `${[
      passed !== '0' ? `${pad(passed)} đề nghị đạt` : null,
      failed !== '0' ? `${pad(failed)} không đạt` : null,
      pending !== '0' ? `${pad(pending)} chờ bỏ phiếu` : null,
    ]
      .filter((x) => x !== null)
      .join(', ')}.`,
  summaryNoBallot: (count) => `${pad(count)} đề nghị theo kết quả xếp hạng, chờ bỏ phiếu kín.`,
  documents: 'Văn bản của hồ sơ',
  documentsNote: 'Tệp .docx trình bày theo Nghị định 30/2020/NĐ-CP; chỗ chưa có số liệu để dòng chấm.',
  kinds: {
    bienBan: 'Biên bản họp bình xét thi đua',
    toTrinh: 'Tờ trình đề nghị khen thưởng',
    baoCao: (unit) => `Báo cáo thành tích: ${unit}`,
  },
  downloading: 'Đang soạn tệp…',
  downloaded: (file) => `Đã tải “${file}” về máy.`,
  downloadBlocked:
    'Office trên máy này không cho tải tệp từ ngăn tác vụ. Hãy dùng lệnh “blocrank dossier” của BlocRank CLI.',
  downloadBlockedPage:
    'Trình duyệt không cho tải tệp về. Hãy cho phép trang web này tải tệp, hoặc dùng lệnh “blocrank dossier” của BlocRank CLI.',
  addedPage: (sheet) =>
    `Đã thêm trang “${sheet}” vào bản sao, với các đơn vị được đề nghị. Tải bản sao về, nhập số phiếu đồng ý vào các ô còn trống (bằng Excel hoặc LibreOffice), lưu lại rồi mở tệp đó ở đây. Muốn bỏ trang này, hãy mở lại tệp gốc.`,
  notDownloaded: 'Chưa soạn được văn bản',
  notReady: 'Chưa lập được hồ sơ',
  notReadyBody: 'Hãy sửa các lỗi dưới đây rồi đọc lại hồ sơ.',
  notReadyBodyPage: 'Hãy sửa các lỗi dưới đây trong tệp (bằng Excel hoặc LibreOffice), lưu lại rồi mở lại tệp ở đây.',
};

const en: DossierStrings = {
  loading: 'Reading the dossier…',
  refresh: 'Read the dossier again',
  title: (year) => `Award proposals ${year}`,
  noBallotTitle: 'The workbook has no Ballot sheet',
  noBallotBody: (sheet) =>
    `The proposals below come from the ranking and wait for the secret ballot. Add the “${sheet}” sheet to enter each unit’s approving votes after the review meeting.`,
  addBallot: 'Add the Ballot sheet',
  adding: 'Adding the sheet…',
  added: (sheet) => `Added the “${sheet}” sheet with the proposed units. Enter the approving votes in the blank cells.`,
  addedUndo: 'Undo does not remove this sheet; delete it if you do not use it.',
  notAdded: 'The Ballot sheet was not added',
  ballotFrom: (sheet) => `Votes read from the “${sheet}” sheet.`,
  threshold: (percent, voters) => `Vote threshold ${percent} % of ${voters} voters (the bloc’s rule).`,
  proposals: 'Proposals',
  none: 'No award is proposed.',
  award: {
    CO_CHINH_PHU: 'Government emulation flag',
    CO_UBND_TINH: 'Provincial emulation flag',
    BANG_KHEN_UBND_TINH: 'Provincial certificate of merit',
  },
  status: { passed: 'Passed', failed: 'Failed', pending: 'Vote pending', tie: 'Bloc to decide' },
  rank: (rank) => `Rank ${rank}`,
  votes: (votes, voters, percent) => `${votes}/${voters} votes, ${percent}\u00a0%`,
  noVotes: 'no votes yet',
  summary: (passed, failed, pending) =>
    `${[
      passed !== '0' ? `${passed} passed` : null,
      failed !== '0' ? `${failed} failed` : null,
      pending !== '0' ? `${pending} vote pending` : null,
    ]
      .filter((x) => x !== null)
      .join(', ')}.`,
  summaryNoBallot: (count) => `${count} proposal(s) from the ranking, waiting for the secret ballot.`,
  documents: 'Documents of the dossier',
  documentsNote: 'Word files laid out per Decree 30/2020/NĐ-CP, in Vietnamese; figures not yet known are dotted lines.',
  kinds: {
    bienBan: 'Minutes of the review meeting',
    toTrinh: 'Award submission',
    baoCao: (unit) => `Achievement report: ${unit}`,
  },
  downloading: 'Preparing the file…',
  downloaded: (file) => `Downloaded “${file}”.`,
  downloadBlocked:
    'Office on this computer does not allow downloads from the task pane. Use the “blocrank dossier” command of the BlocRank CLI.',
  downloadBlockedPage:
    'The browser did not allow the download. Let this page download files, or use the “blocrank dossier” command of the BlocRank CLI.',
  addedPage: (sheet) =>
    `Added the “${sheet}” sheet to the copy with the proposed units. Download the copy, enter the approving votes in the blank cells (in Excel or LibreOffice), save it and open it here again. To drop this sheet, open your original file again.`,
  notDownloaded: 'The document could not be made',
  notReady: 'The dossier cannot be drawn up yet',
  notReadyBody: 'Fix the errors below, then read the dossier again.',
  notReadyBodyPage: 'Fix the errors below in the file (in Excel or LibreOffice), save it and open it here again.',
};

/** The Hồ sơ tab's words in each language of the pane. */
export const DOSSIER_TEXT: Readonly<Record<Lang, DossierStrings>> = { vi, en };
