/**
 * The web page's words for the pane's sections, where they differ from the pane's: loaded with the sections
 * (not with the page's first paint), and given to PaneShell as `words`.
 */
import type { Lang } from '../../core/model.js';
import type { Strings, WordsFor } from '../i18n.js';

/**
 * The pane's words where the page differs: its sections write into the copy held in the page (never the
 * clerk's file), and a blocked download is the browser's doing, not Office's. In these words "trang" is
 * always a sheet of the workbook; the page itself is "trang web".
 */
const PAGE_WORDS: Readonly<Record<Lang, (t: Strings) => Strings>> = {
  vi: (t) => ({
    ...t,
    start: {
      ...t.start,
      conflictsBody: (sheets) =>
        `Sổ đã có trang ${sheets.map((n) => `“${n}”`).join(', ')}. BlocRank không ghi đè trang có sẵn: hãy đổi tên các trang đó trong tệp (bằng Excel hoặc LibreOffice), lưu lại rồi mở lại tệp ở đây.`,
      created:
        'Đã thêm các trang vào bản sao. Tải bản sao về, nhập điểm vào trang Chấm điểm (bằng Excel hoặc LibreOffice), lưu lại rồi mở tệp đó ở đây.',
    },
    rank: {
      ...t.rank,
      hint: 'Bấm “Xếp hạng” để tính tổng điểm, xếp hạng, xếp loại và đề nghị khen thưởng. BlocRank chỉ ghi vào các cột kết quả của trang Chấm điểm trong bản sao; tệp gốc giữ nguyên.',
      cellsChanged: (n) => `Đã ghi ${n} ô vào trang Chấm điểm của bản sao.`,
      undone: 'Đã hoàn tác: các ô kết quả trên trang Chấm điểm của bản sao đã trở lại như trước lần xếp hạng vừa rồi.',
      errorsBody: (n) =>
        `Dữ liệu có ${n} lỗi nên BlocRank không ghi gì vào bản sao. Sửa các ô nêu dưới đây trong tệp (bằng Excel hoặc LibreOffice), lưu lại rồi mở lại tệp ở đây.`,
    },
    flow: {
      ...t.flow,
      checklistBody: 'Những mục còn thiếu (BlocRank báo tất cả cùng lúc; điền vào tệp rồi mở lại tệp ở đây):',
    },
    settings: { ...t.settings, saved: (n) => `Đã ghi ${n} mục vào trang Cấu hình của bản sao.` },
    pledge: {
      ...t.pledge,
      written: (sheet) => `Đã ghi trang “${sheet}” vào bản sao (khổ A4, sẵn sàng in).`,
      downloadBlocked:
        'Trình duyệt không cho tải tệp về. Hãy ghi trang Giao ước vào bản sao, tải bản sao về rồi in, hoặc dùng lệnh “blocrank pledge” của BlocRank CLI.',
    },
  }),
  en: (t) => ({
    ...t,
    start: {
      ...t.start,
      conflictsBody: (sheets) =>
        `The workbook already has ${sheets.map((n) => `“${n}”`).join(', ')}. BlocRank never overwrites a sheet: rename those sheets in the file (in Excel or LibreOffice), save it and open it here again.`,
      created:
        'The sheets were added to the copy. Download the copy, enter the scores on the Scores sheet (in Excel or LibreOffice), save it and open it here again.',
    },
    rank: {
      ...t.rank,
      hint: 'Choose “Rank” to total, rank and grade the units and propose awards. BlocRank writes only the result columns of the Scores sheet, in the copy; your file stays as it was.',
      cellsChanged: (n) => `${n} cells written on the copy's Scores sheet.`,
      undone: "Undone: the result cells on the copy's Scores sheet are back as they were before the last ranking.",
      errorsBody: (n) =>
        `The data has ${n} error(s), so BlocRank wrote nothing into the copy. Fix the cells below in the file (in Excel or LibreOffice), save it and open it here again.`,
    },
    flow: {
      ...t.flow,
      checklistBody: 'What is still missing (all at once; fill it in the file, then open the file here again):',
    },
    settings: { ...t.settings, saved: (n) => `${n} item(s) written to the copy's Settings sheet.` },
    pledge: {
      ...t.pledge,
      written: (sheet) => `Sheet “${sheet}” written into the copy (A4, ready to print).`,
      downloadBlocked:
        'The browser did not allow the download. Write the pledge sheet into the copy, download the copy and print it, or use “blocrank pledge” from the BlocRank CLI.',
    },
  }),
};

/** The web page's words for the pane's sections (PaneShell's `page`). */
export const pageWords: WordsFor = (t, lang) => PAGE_WORDS[lang](t);
