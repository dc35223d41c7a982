import type { Lang } from '../core/model.js';

/** The CLI's own words (usage, headings); issue messages come from core/messages.ts. */
export const CLI_TEXT = {
  vi: {
    usage: `blocrank — chấm điểm, xếp hạng và đề nghị khen thưởng cho khối thi đua

Cách dùng:
  blocrank rank <sổ.xlsx> [-o kết-quả.xlsx] [--json] [--lang vi|en] [--force]
      Xếp hạng; ghi bản sao có cột kết quả (mặc định <tên>.ranked.xlsx). Tệp gốc không bị sửa.
  blocrank pledge <sổ.xlsx> [-o giao-uoc.docx|sổ.xlsx] [--json] [--force]
      Soạn Giao ước thi đua năm N+1 (mặc định <tên>.giao-uoc-<N+1>.docx).
  blocrank template [-o sổ-mới.xlsx] [--lang vi|en] [--units N] [--force]
      Tạo sổ chấm điểm mới theo bộ tiêu chí mặc định.
  blocrank ballot <sổ.xlsx> [-o sổ-bình-bầu.xlsx] [--json] [--force]
      Thêm trang "Bình bầu" (các đơn vị được đề nghị theo kết quả xếp hạng, ô số phiếu để trống) vào bản sao
      của sổ (mặc định <tên>.binh-bau.xlsx), để ghi kết quả bỏ phiếu kín tại cuộc họp.
  blocrank dossier <sổ.xlsx> [-o thư-mục] [--json] [--force]
      Hồ sơ đề nghị khen thưởng: biên bản, tờ trình (kèm danh sách), báo cáo thành tích của từng đơn vị
      (mặc định thư mục <tên>.ho-so-<N>), theo kết quả bỏ phiếu ở trang "Bình bầu" nếu có.

Tệp ghi ra (-o): rank, ballot cùng đuôi với sổ (.xlsx hoặc .xlsm); pledge .docx hoặc cùng đuôi với sổ; template .xlsx.
Không bao giờ ghi vào tệp đầu vào, thư mục, thiết bị hay đường ống, kể cả với --force.

Mã thoát: 0 thành công (có thể có cảnh báo); 1 sổ có lỗi dữ liệu (không ghi gì); 2 sai cú pháp,
không đọc được hoặc không nhận tệp; 3 lỗi ngoài dự kiến (kèm mã lỗi để báo lại).
`,
    unknownCommand: (c: string) => `Lệnh không hợp lệ: "${c}".`,
    unknownOption: (o: string) =>
      `Không có tùy chọn ${o}. Các tùy chọn: -o, --json, --lang, --units, --force, --help, --version.`,
    optionNeedsValue: (o: string) => `Tùy chọn ${o} cần một giá trị, ví dụ -o ket-qua.xlsx.`,
    optionTakesNoValue: (o: string) => `Tùy chọn ${o} không nhận giá trị (bỏ phần "=…").`,
    badArguments: 'Dòng lệnh không hợp lệ.',
    needInput: 'Thiếu tên tệp sổ chấm điểm (.xlsx).',
    extraArguments: (command: string, extra: readonly string[]) =>
      `Lệnh ${command} nhận ${command === 'template' ? 'không tên tệp nào (dùng -o để đặt tên tệp ghi ra)' : 'đúng một tên tệp'}; thừa: ${extra.map((e) => `"${e}"`).join(', ')}. Tên có dấu cách thì đặt trong ngoặc kép.`,
    badLang: (v: string) => `--lang phải là vi hoặc en (đang là "${v}").`,
    badUnits: (v: string) => `--units phải là số nguyên từ 1 đến 1000 (đang là "${v}").`,
    written: (p: string) => `Đã ghi: ${p}`,
    notWritten: 'Sổ có lỗi dữ liệu: chưa xếp hạng, không ghi tệp nào.',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    infos: 'Ghi nhận',
    head: { rank: 'Hạng', unit: 'Đơn vị', total: 'Tổng điểm', grade: 'Xếp loại', award: 'Đề nghị khen thưởng' },
    tiedMark: '= : đồng hạng, Khối cần bình xét',
    title: (bloc: string, year: number) => `${bloc} — kết quả thi đua năm ${year}`,
    ballotDone: (sheet: string, candidates: number) =>
      `Đã thêm trang "${sheet}" với ${candidates < 10 ? `0${candidates}` : candidates} đơn vị được đề nghị; ghi số phiếu đồng ý tại cuộc họp rồi chạy "blocrank dossier".\n`,
    pledgeDone: (year: number, leader: string, deputy: string, units: number, items: number) =>
      `Giao ước thi đua năm ${year}: khối trưởng ${leader}, khối phó ${deputy}; ${units} đơn vị ký, ${items} nội dung.\n`,
    pledgeNotWritten: 'Chưa soạn được giao ước: hãy sửa các lỗi trên. Không ghi tệp nào.',
    confirmMark: 'cần xác nhận',
  },
  en: {
    usage: `blocrank — score, rank and propose awards for an emulation bloc

Usage:
  blocrank rank <book.xlsx> [-o out.xlsx] [--json] [--lang vi|en] [--force]
      Rank; write a copy with the result columns (default <name>.ranked.xlsx). The input is never modified.
  blocrank pledge <book.xlsx> [-o pledge.docx|book.xlsx] [--json] [--force]
      Draft next year's pledge (default <name>.giao-uoc-<N+1>.docx).
  blocrank template [-o new.xlsx] [--lang vi|en] [--units N] [--force]
      Create a new bloc workbook from the default criteria.
  blocrank ballot <book.xlsx> [-o book-ballot.xlsx] [--json] [--force]
      Add the "Ballot" sheet (the units proposed by the ranking, vote cells blank) to a copy of the workbook
      (default <name>.binh-bau.xlsx), to record the secret ballot at the meeting.
  blocrank dossier <book.xlsx> [-o folder] [--json] [--force]
      The dossier: minutes, submission (with its annex list), one achievement report per proposed unit
      (default folder <name>.ho-so-<N>), after the ballot of the "Ballot" sheet when there is one.

Outputs (-o): rank and ballot the input's extension (.xlsx or .xlsm); pledge .docx or the input's extension; template .xlsx.
Never the input file, a folder, a device or a pipe, even with --force.

Exit codes: 0 done (warnings allowed); 1 the workbook has data errors (nothing written); 2 usage error,
unreadable or refused file; 3 unexpected failure (with an error id to report).
`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    unknownOption: (o: string) =>
      `There is no option ${o}. Options: -o, --json, --lang, --units, --force, --help, --version.`,
    optionNeedsValue: (o: string) => `Option ${o} needs a value, e.g. -o result.xlsx.`,
    optionTakesNoValue: (o: string) => `Option ${o} takes no value (drop the "=…").`,
    badArguments: 'The command line is not valid.',
    needInput: 'Missing the workbook file (.xlsx).',
    extraArguments: (command: string, extra: readonly string[]) =>
      `${command} takes ${command === 'template' ? 'no file name (use -o to name the output)' : 'exactly one file name'}; extra: ${extra.map((e) => `"${e}"`).join(', ')}. Quote a name that has spaces.`,
    badLang: (v: string) => `--lang must be vi or en (it is "${v}").`,
    badUnits: (v: string) => `--units must be a whole number from 1 to 1000 (it is "${v}").`,
    written: (p: string) => `Written: ${p}`,
    notWritten: 'The workbook has data errors: nothing ranked, no file written.',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Notes',
    head: { rank: 'Rank', unit: 'Unit', total: 'Total', grade: 'Grade', award: 'Proposed award' },
    tiedMark: '= : tied, the bloc must decide',
    title: (bloc: string, year: number) => `${bloc} — emulation results ${year}`,
    ballotDone: (sheet: string, candidates: number) =>
      `Added the "${sheet}" sheet with ${candidates} proposed units; record the approving votes at the meeting, then run "blocrank dossier".\n`,
    pledgeDone: (year: number, leader: string, deputy: string, units: number, items: number) =>
      `Pledge for ${year}: leader ${leader}, deputy ${deputy}; ${units} units sign, ${items} commitments.\n`,
    pledgeNotWritten: 'The pledge could not be drafted: fix the errors above. No file written.',
    confirmMark: 'to be confirmed',
  },
} as const satisfies Record<Lang, unknown>;
