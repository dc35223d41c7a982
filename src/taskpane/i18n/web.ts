/**
 * The words of the web page (BlocRank trên trình duyệt), kept apart from the pane's dictionaries: the page
 * shows the pane's sections too, with their own words from vi.ts / en.ts.
 */
import type { Lang } from '../../core/model.js';

export interface WebStrings {
  readonly title: string;
  readonly lead: string;
  readonly privacyTitle: string;
  readonly privacy: string;
  readonly offline: string;
  readonly choose: string;
  readonly chooseLabel: string;
  readonly drop: string;
  readonly dropHere: string;
  readonly template: string;
  readonly templateName: string;
  readonly opening: string;
  readonly openFailed: string;
  /** The page itself failed while opening a file (not the file's fault). */
  readonly openError: (reason: string) => string;
  readonly openAnother: string;
  readonly fileLine: (name: string) => string;
  readonly download: string;
  readonly downloadHint: string;
  readonly notChanged: string;
  readonly downloadFailed: string;
}

const vi: WebStrings = {
  title: 'BlocRank trên trình duyệt',
  lead: 'Chấm điểm, xếp hạng và đề nghị khen thưởng của Khối thi đua ngay trong trình duyệt, không cần Microsoft 365.',
  privacyTitle: 'Tệp không rời khỏi máy tính',
  privacy:
    'BlocRank đọc và xếp hạng sổ chấm điểm ngay trên máy này; tệp không được gửi đi đâu. Kết quả được tải về thành một bản sao, tệp gốc giữ nguyên.',
  offline: 'Sau lần mở đầu tiên, trang web này vẫn dùng được khi không có mạng.',
  choose: 'Chọn sổ chấm điểm (.xlsx, .xlsm)',
  chooseLabel: 'Chọn tệp sổ chấm điểm của Khối',
  drop: 'hoặc kéo thả tệp vào đây',
  dropHere: 'Thả tệp để mở',
  template: 'Tải sổ chấm điểm mẫu',
  templateName: 'so-cham-diem.xlsx',
  opening: 'Đang mở tệp…',
  openFailed: 'Không mở được tệp',
  openError: (reason) => `Trang web gặp lỗi khi mở tệp (${reason}). Hãy tải lại trang rồi mở tệp lần nữa.`,
  openAnother: 'Mở tệp khác',
  fileLine: (name) => `Đang mở: ${name}`,
  download: 'Tải bản đã cập nhật',
  downloadHint: 'Bản sao gồm kết quả xếp hạng và mọi thay đổi vừa làm ở đây; tệp gốc không bị sửa.',
  notChanged: 'Chưa có thay đổi nào để tải về.',
  downloadFailed: 'Trình duyệt không cho tải tệp về.',
};

const en: WebStrings = {
  title: 'BlocRank in the browser',
  lead: "Score, rank and propose awards for an emulation bloc right in the browser, without Microsoft 365.",
  privacyTitle: 'Your file never leaves this computer',
  privacy:
    'BlocRank reads and ranks the workbook on this computer; nothing is sent anywhere. Results are downloaded as a copy; your file stays as it was.',
  offline: 'After the first visit the page also works without a network.',
  choose: 'Choose a bloc workbook (.xlsx, .xlsm)',
  chooseLabel: "Choose the bloc's workbook file",
  drop: 'or drop the file here',
  dropHere: 'Drop the file to open it',
  template: 'Download a blank bloc workbook',
  templateName: 'bloc-workbook.xlsx',
  opening: 'Opening the file…',
  openFailed: 'The file could not be opened',
  openError: (reason) => `The page failed while opening the file (${reason}). Reload the page and open the file again.`,
  openAnother: 'Open another file',
  fileLine: (name) => `Open: ${name}`,
  download: 'Download the updated copy',
  downloadHint: 'The copy holds the ranking and every change made here; your file is not modified.',
  notChanged: 'Nothing has changed yet.',
  downloadFailed: 'The browser did not allow the download.',
};

export const WEB_STRINGS: Readonly<Record<Lang, WebStrings>> = { vi, en };

