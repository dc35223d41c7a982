// Generates the bundled example workbooks in examples/ from the preset template (run: npm run examples).
// Member lists are the real ones of DOMAIN.md section 8, as of their year (in 2025 Sở Kế hoạch và Đầu tư has
// merged into Sở Tài chính and Ban Dân tộc into Sở Dân tộc và Tôn giáo, both on 01/3/2025; Sở Ngoại vụ, whose
// 2025 status in the province was not checked, is left out). Scores, signers' names and numbers are made up;
// a decision number is cited only when it belongs to the province, else the pledge prints a dotted line.
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import type { Lang } from '../src/core/model.js';
import { SETTING_ITEMS } from '../src/grid/names.js';
import type { SheetSpec } from '../src/grid/sheetSpec.js';
import { templateSheets } from '../src/grid/templateSheets.js';
import type { CellValue } from '../src/grid/types.js';
import { writeSheetSpec } from './lib/writeSheetSpecExcelJs.js';

type Cell = number | string | null | { error: string };
interface ExampleUnit {
  readonly name: string;
  /** A1, A2, B1, B2, C1, C2, D1, E1, T1 (bonus), K1 (penalty), as a clerk typed them. */
  readonly points: readonly Cell[];
  readonly votes?: number;
  readonly women?: Cell;
  readonly discipline?: string;
  readonly exceeded?: string;
  readonly strong?: string;
  readonly official?: string;
  /** `Chức vụ người ký` and `Người ký` (names made up). */
  readonly signerTitle?: string;
  readonly signer?: string;
  readonly note?: string;
}
interface Example {
  readonly file: string;
  readonly lang: Lang;
  readonly title?: string;
  readonly settings: Readonly<Record<string, string | number>>;
  readonly units: readonly ExampleUnit[];
  /** Replaces the `Giao ước` commitments (optional sheet). */
  readonly pledge?: readonly string[];
}

const BAC_NINH: Example = {
  file: 'examples/bac-ninh-2018.xlsx',
  lang: 'vi',
  title: 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018',
  settings: {
    year: 2018,
    bloc: 'Khối thi đua các cơ quan Đảng tỉnh',
    authority: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH BẮC NINH',
    place: 'Bắc Ninh',
    leader: 'Văn phòng Tỉnh ủy',
    deputy: 'Ban Tuyên giáo Tỉnh ủy',
    provincialFlags: 2,
    certificates: 4,
    governmentFlagWithProvincial: 'Không',
    // Bắc Ninh's decision on its blocs is not known here: left blank, the pledge prints a dotted line.
    documentNumber: '01/GƯ-KTĐ',
  },
  units: [
    { name: 'Văn phòng Tỉnh ủy', points: [29.5, 9.5, 14.5, 5, 10, 9.5, 14.5, 5, 3, 0], votes: 9, women: 48, signerTitle: 'Chánh Văn phòng', signer: 'Nguyễn Văn Hải' },
    { name: 'Ban Tuyên giáo Tỉnh ủy', points: ['29', '9,5', 14, 4.5, 10, 9.5, 14.5, 5, 2, null], votes: 10, women: 52, signerTitle: 'Trưởng ban' },
    { name: 'Ban Tổ chức Tỉnh ủy', points: [30, 10, 14.5, 5, 10, 10, 15, 5, 4, null], votes: 11, women: 41, signerTitle: 'Trưởng ban', signer: 'Trần Thị Lan' },
    { name: 'Ủy ban Kiểm tra Tỉnh ủy', points: ['29,5', 9.5, 14, 4.5, 9.5, 9.5, 14, 5, 2, null], votes: 8, women: 35, signerTitle: 'Chủ nhiệm' },
    { name: 'Ban Dân vận Tỉnh ủy', points: [29, 9, 14, 4.5, 9.5, 9, 14, 5, 1, null], votes: 7, women: 58, signerTitle: 'Trưởng ban' },
    { name: 'Ban Nội chính Tỉnh ủy', points: [28.5, 9, 13.5, 4.5, 9.5, 9, 14, 4.5, 1, 0.5], votes: 5, women: 30 },
    { name: 'Đảng ủy Khối các cơ quan tỉnh', points: [29, 9.5, 14, 4.5, 10, 9, 14.5, 5, 2, null], votes: 8, women: 44, signerTitle: 'TM. Ban Thường vụ' },
    { name: 'Đảng ủy Khối doanh nghiệp tỉnh', points: [28, 9, 13.5, 4, 9, 9, 13.5, 4.5, 1, null], votes: 4, women: 39 },
    { name: 'Trường Chính trị Nguyễn Văn Cừ', points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null], votes: 6, women: 55, signerTitle: 'Hiệu trưởng' },
    { name: 'Báo Bắc Ninh', points: [27.5, 8.5, 13, 4, 9, 8.5, 13, 4.5, 1, 1], votes: 3, women: 47, note: 'Chậm báo cáo quý III', signerTitle: 'Tổng Biên tập' },
    { name: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', points: [28, 9, 13, 4, 9.5, 9, 14, 4.5, 0.5, null], votes: 4, women: 71 },
  ].map((u) => ({ ...u, discipline: 'Không', exceeded: 'Có', strong: 'Có' })),
};

const THAM_MUU: Example = {
  file: 'examples/tham-muu-tong-hop-2025-en.xlsx',
  lang: 'en',
  settings: {
    year: 2025,
    bloc: 'Khối thi đua các cơ quan Tham mưu - Tổng hợp',
    authority: 'UBND TỈNH TÂY NINH',
    place: 'Tây Ninh',
    leader: 'Sở Tài chính',
    deputy: 'Sở Tư pháp',
    recipients: 'Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ); Các đơn vị thành viên Khối; Lưu: VT, Khối',
  },
  units: [
    { name: 'Thanh tra tỉnh', points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null], votes: 7, women: 45, strong: 'Yes', exceeded: 'Yes' },
    { name: 'Văn phòng UBND tỉnh', points: [29.5, 9.5, 14.5, 5, 10, 9.5, 14.5, 5, 1, null], votes: 9, women: 50, discipline: 'Under review', exceeded: 'Yes', strong: 'Yes', note: 'Under inspection: awards held' },
    { name: 'Sở Tài chính', points: [29, 9.5, 14.5, 4.5, 10, 9.5, 14.5, 5, 1, null], votes: 8, women: 62, exceeded: 'Yes', strong: 'Yes', official: 'HTXSNV', signerTitle: 'Giám đốc' },
    { name: 'Sở Nội vụ', points: [30, 9.5, 14.5, 5, 10, 10, 14.5, 5, 2, null], votes: 9, women: 58, exceeded: 'Yes', official: 'HTXSNV', signerTitle: 'Giám đốc' },
    { name: 'Sở Tư pháp', points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null], votes: 7, women: 45, exceeded: 'Yes', strong: 'Yes', signerTitle: 'Giám đốc', signer: 'Lê Minh Tuấn' },
    { name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', points: [27, 8.5, 13, 4, 9, 8.5, 13, 4.5, 0, null], votes: 3, women: 55, exceeded: 'Yes', strong: 'Yes' },
    { name: 'Sở Dân tộc và Tôn giáo', points: [26.5, 8, 12.5, 4, 9, 8.5, 13, 4, 1, 1], votes: 2, women: '72%', exceeded: 'No', strong: 'Yes' },
  ].map((u) => ({ discipline: 'No', ...u })),
};

const DAK_NONG: Example = {
  file: 'examples/dak-nong-2024-co-loi.xlsx',
  lang: 'vi',
  settings: { year: 2024, bloc: 'Khối thi đua số 2', authority: 'UBND TỈNH ĐẮK NÔNG', place: 'Đắk Nông' },
  units: [
    { name: 'Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh', points: [32, 9, 14, 4.5, 9.5, 9, 14, 4.5, 1, null] },
    { name: 'Trường Chính trị tỉnh', points: [28, 9, null, 4.5, 9.5, 9, 14, 4.5, 1, null] },
    { name: 'Ủy ban MTTQ Việt Nam tỉnh', points: [28.5, 9, 14, 4.5, 'chín', 9, 14, 4.5, 1, null] },
    { name: 'Trường Cao đẳng Cộng đồng Đắk Nông', points: [28, 9, 13.5, 4, 9, 9, { error: '#N/A' }, 4.5, 0, null] },
    { name: 'Báo Đắk Nông', points: [27.5, 8.5, 13, 4, 9, 8.5, 13, 4.5, 0, null] },
  ],
};

const EXAMPLES: readonly Example[] = [BAC_NINH, THAM_MUU, DAK_NONG];

/** Moves every row of a sheet spec down by `by` rows (to make room for a title above the header). */
function shiftDown(spec: SheetSpec, by: number): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({ ...c, row: c.row + by })),
    merges: (spec.merges ?? []).map((m) => ({ ...m, top: m.top + by, bottom: m.bottom + by })),
    validations: (spec.validations ?? []).map((v) => ({ ...v, top: v.top + by, bottom: v.bottom + by })),
    ...(spec.frozenRows ? { frozenRows: spec.frozenRows + by } : {}),
  };
}

async function build(example: Example): Promise<void> {
  const specs = templateSheets({ lang: example.lang, units: example.units.length });
  const [settingsSpec, criteriaSpec, scoresSpec] = specs as [SheetSpec, SheetSpec, SheetSpec];
  const workbook = new ExcelJS.Workbook();
  const settingsSheet = writeSheetSpec(workbook, settingsSpec);
  writeSheetSpec(workbook, criteriaSpec);
  const title = example.title;
  const scores = writeSheetSpec(workbook, title ? shiftDown(scoresSpec, 2) : scoresSpec);
  if (title) {
    scores.getCell(1, 1).value = title;
    scores.getCell(1, 1).font = { bold: true, size: 14 };
    scores.mergeCells(1, 1, 1, 12);
  }
  // Settings: find each item's row by its label in the workbook's language.
  for (const [key, value] of Object.entries(example.settings)) {
    const label = (SETTING_ITEMS as Record<string, { vi: readonly string[]; en: readonly string[] }>)[key]![example.lang][0]!;
    settingsSheet.eachRow((row) => {
      if (row.getCell(1).value === label) row.getCell(2).value = value;
    });
  }
  const headerRow = title ? 3 : 1;
  example.units.forEach((u, i) => {
    const row = scores.getRow(headerRow + 1 + i);
    row.getCell(2).value = u.name;
    u.points.forEach((p, c) => {
      row.getCell(3 + c).value = p as ExcelJS.CellValue;
    });
    const facts: CellValue[] = [
      u.votes ?? null,
      (u.women ?? null) as CellValue,
      u.discipline ?? null,
      u.exceeded ?? null,
      u.strong ?? null,
      u.official ?? null,
      u.signerTitle ?? null,
      u.signer ?? null,
      u.note ?? null,
    ];
    facts.forEach((f, c) => {
      row.getCell(13 + c).value = f as ExcelJS.CellValue;
    });
  });
  if (example.pledge) {
    const sheet = workbook.addWorksheet(example.lang === 'vi' ? 'Giao ước' : 'Pledge');
    sheet.getCell(1, 1).value = example.lang === 'vi' ? 'Nội dung' : 'Content';
    example.pledge.forEach((text, i) => (sheet.getCell(i + 2, 1).value = text));
  }
  workbook.creator = 'BlocRank';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  await workbook.xlsx.writeFile(example.file);
  console.log(`wrote ${example.file}`);
}

await mkdir('examples', { recursive: true });
for (const example of EXAMPLES) await build(example);
