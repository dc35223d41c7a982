/**
 * The bundled example blocs (member lists are the real ones of DOMAIN.md §8; scores made up but plausible):
 * one home for `npm run examples` (which writes them as .xlsx) and the task pane's "Mở ví dụ" (which adds
 * them to the open workbook as new sheets, via `exampleSheets`).
 */
import type { Lang } from '../core/model.js';
import { SETTING_ITEMS } from './names.js';
import type { SheetSpec, SpecCell } from './sheetSpec.js';
import { templateSheets } from './templateSheets.js';

/** A cell as a clerk typed it: number, text, blank, or an Excel error value. */
export type ExampleCell = number | string | null | { error: string };
export interface ExampleUnit {
  readonly name: string;
  /** A1, A2, B1, B2, C1, C2, D1, E1, T1 (bonus), K1 (penalty), as a clerk typed them. */
  readonly points: readonly ExampleCell[];
  readonly votes?: number;
  readonly women?: ExampleCell;
  readonly discipline?: string;
  readonly exceeded?: string;
  readonly strong?: string;
  /** `Xếp loại chính thức`: the rating given by the unit's superior. */
  readonly official?: string;
  /** `Chức vụ người ký` and `Người ký` (names made up). */
  readonly signerTitle?: string;
  readonly signer?: string;
  readonly note?: string;
}
export interface ExampleBloc {
  readonly lang: Lang;
  readonly title?: string;
  readonly settings: Readonly<Record<string, string | number>>;
  readonly units: readonly ExampleUnit[];
  /** Replaces the `Giao ước` commitments (optional sheet). */
  readonly pledge?: readonly string[];
}

/** 11 Party agencies of Bắc Ninh, 2018 (Vietnamese, a title row): 1 Government flag + 2 provincial flags + 4 certificates. */
export const BAC_NINH_2018: ExampleBloc = {
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
    {
      name: 'Văn phòng Tỉnh ủy',
      points: [29.5, 9.5, 14.5, 5, 10, 9.5, 14.5, 5, 3, 0],
      votes: 9,
      women: 48,
      signerTitle: 'Chánh Văn phòng',
      signer: 'Nguyễn Văn Hải',
    },
    {
      name: 'Ban Tuyên giáo Tỉnh ủy',
      points: ['29', '9,5', 14, 4.5, 10, 9.5, 14.5, 5, 2, null],
      votes: 10,
      women: 52,
      signerTitle: 'Trưởng ban',
    },
    {
      name: 'Ban Tổ chức Tỉnh ủy',
      points: [30, 10, 14.5, 5, 10, 10, 15, 5, 4, null],
      votes: 11,
      women: 41,
      signerTitle: 'Trưởng ban',
      signer: 'Trần Thị Lan',
    },
    {
      name: 'Ủy ban Kiểm tra Tỉnh ủy',
      points: ['29,5', 9.5, 14, 4.5, 9.5, 9.5, 14, 5, 2, null],
      votes: 8,
      women: 35,
      signerTitle: 'Chủ nhiệm',
    },
    {
      name: 'Ban Dân vận Tỉnh ủy',
      points: [29, 9, 14, 4.5, 9.5, 9, 14, 5, 1, null],
      votes: 7,
      women: 58,
      signerTitle: 'Trưởng ban',
    },
    { name: 'Ban Nội chính Tỉnh ủy', points: [28.5, 9, 13.5, 4.5, 9.5, 9, 14, 4.5, 1, 0.5], votes: 5, women: 30 },
    {
      name: 'Đảng ủy Khối các cơ quan tỉnh',
      points: [29, 9.5, 14, 4.5, 10, 9, 14.5, 5, 2, null],
      votes: 8,
      women: 44,
      signerTitle: 'TM. Ban Thường vụ',
    },
    { name: 'Đảng ủy Khối doanh nghiệp tỉnh', points: [28, 9, 13.5, 4, 9, 9, 13.5, 4.5, 1, null], votes: 4, women: 39 },
    {
      name: 'Trường Chính trị Nguyễn Văn Cừ',
      points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null],
      votes: 6,
      women: 55,
      signerTitle: 'Hiệu trưởng',
    },
    {
      name: 'Báo Bắc Ninh',
      points: [27.5, 8.5, 13, 4, 9, 8.5, 13, 4.5, 1, 1],
      votes: 3,
      women: 47,
      note: 'Chậm báo cáo quý III',
      signerTitle: 'Tổng Biên tập',
    },
    {
      name: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh',
      points: [28, 9, 13, 4, 9.5, 9, 14, 4.5, 0.5, null],
      votes: 4,
      women: 71,
    },
  ].map((u) => ({ ...u, discipline: 'Không', exceeded: 'Có', strong: 'Có' })),
};

/**
 * The Tham mưu - Tổng hợp bloc, 2025 (English sheets), as its members were that year (Sở Kế hoạch và Đầu tư merged
 * into Sở Tài chính on 01/3/2025): a unit under review (held), a flag to confirm, official ratings, signers.
 */
export const THAM_MUU_2025: ExampleBloc = {
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
    {
      name: 'Thanh tra tỉnh',
      points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null],
      votes: 7,
      women: 45,
      strong: 'Yes',
      exceeded: 'Yes',
    },
    {
      name: 'Văn phòng UBND tỉnh',
      points: [29.5, 9.5, 14.5, 5, 10, 9.5, 14.5, 5, 1, null],
      votes: 9,
      women: 50,
      discipline: 'Under review',
      exceeded: 'Yes',
      strong: 'Yes',
      note: 'Under inspection: awards held',
    },
    {
      name: 'Sở Tài chính',
      points: [29, 9.5, 14.5, 4.5, 10, 9.5, 14.5, 5, 1, null],
      votes: 8,
      women: 62,
      exceeded: 'Yes',
      strong: 'Yes',
      official: 'HTXSNV',
      signerTitle: 'Giám đốc',
    },
    {
      name: 'Sở Nội vụ',
      points: [30, 9.5, 14.5, 5, 10, 10, 14.5, 5, 2, null],
      votes: 9,
      women: 58,
      exceeded: 'Yes',
      official: 'HTXSNV',
      signerTitle: 'Giám đốc',
    },
    {
      name: 'Sở Tư pháp',
      points: [28.5, 9, 14, 4.5, 9.5, 9.5, 14, 4.5, 1, null],
      votes: 7,
      women: 45,
      exceeded: 'Yes',
      strong: 'Yes',
      signerTitle: 'Giám đốc',
      signer: 'Lê Minh Tuấn',
    },
    {
      name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      points: [27, 8.5, 13, 4, 9, 8.5, 13, 4.5, 0, null],
      votes: 3,
      women: 55,
      exceeded: 'Yes',
      strong: 'Yes',
    },
    {
      name: 'Sở Dân tộc và Tôn giáo',
      points: [26.5, 8, 12.5, 4, 9, 8.5, 13, 4, 1, 1],
      votes: 2,
      women: '72%',
      exceeded: 'No',
      strong: 'Yes',
    },
  ].map((u) => ({ discipline: 'No', ...u })),
};

/** Đắk Nông's Khối thi đua số 2, 2024, with deliberate data errors. */
export const DAK_NONG_2024: ExampleBloc = {
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

/** Moves every row of a sheet spec down by `by` rows (to make room for a title above the header). */
export function shiftDown(spec: SheetSpec, by: number): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({ ...c, row: c.row + by })),
    merges: (spec.merges ?? []).map((m) => ({ ...m, top: m.top + by, bottom: m.bottom + by })),
    validations: (spec.validations ?? []).map((v) => ({ ...v, top: v.top + by, bottom: v.bottom + by })),
    ...(spec.frozenRows ? { frozenRows: spec.frozenRows + by } : {}),
  };
}

/** The spec with `value` in (row, col): the template's cell keeps its style; a new cell is added otherwise. */
function put(cells: SpecCell[], row: number, col: number, value: string | number | null): void {
  const i = cells.findIndex((c) => c.row === row && c.col === col);
  if (i >= 0) cells[i] = { ...cells[i]!, value };
  else cells.push({ row, col, value });
}

const cellValue = (v: ExampleCell | undefined): string | number | null =>
  v === undefined || v === null ? null : typeof v === 'object' ? v.error : v;

/**
 * An example bloc as sheet specs (the preset's `Cấu hình`, `Tiêu chí`, `Chấm điểm`, filled in; plus
 * `Giao ước` when it has its own commitments), laid out as `npm run examples` lays out the .xlsx: a title
 * row above the scores header when the example has one, points from column C, the fact columns from M.
 *
 * @example exampleSheets(BAC_NINH_2018).map((s) => s.name) // ['Cấu hình', 'Tiêu chí', 'Chấm điểm']
 */
export function exampleSheets(example: ExampleBloc): SheetSpec[] {
  const [settingsSpec, criteriaSpec, scoresSpec] = templateSheets({
    lang: example.lang,
    units: example.units.length,
  }) as [SheetSpec, SheetSpec, SheetSpec];
  const settingsCells = [...settingsSpec.cells];
  for (const [key, value] of Object.entries(example.settings)) {
    const label = (SETTING_ITEMS as Record<string, { vi: readonly string[]; en: readonly string[] }>)[key]![
      example.lang
    ][0]!;
    const row = settingsCells.find((c) => c.col === 1 && c.value === label)?.row;
    if (row !== undefined) put(settingsCells, row, 2, value);
  }
  const title = example.title;
  const shifted = title ? shiftDown(scoresSpec, 2) : scoresSpec;
  const scoresCells = [...shifted.cells];
  const headerRow = title ? 3 : 1;
  example.units.forEach((u, i) => {
    const row = headerRow + 1 + i;
    put(scoresCells, row, 2, u.name);
    u.points.forEach((p, c) => put(scoresCells, row, 3 + c, cellValue(p)));
    const facts = [
      u.votes ?? null,
      u.women ?? null,
      u.discipline ?? null,
      u.exceeded ?? null,
      u.strong ?? null,
      u.official ?? null,
      u.signerTitle ?? null,
      u.signer ?? null,
      u.note ?? null,
    ];
    facts.forEach((f, c) => {
      if (f !== null) put(scoresCells, row, 13 + c, cellValue(f));
    });
  });
  const scores: SheetSpec = title
    ? {
        ...shifted,
        cells: [{ row: 1, col: 1, value: title, style: { bold: true, size: 14 } }, ...scoresCells],
        merges: [{ top: 1, left: 1, bottom: 1, right: 12 }, ...(shifted.merges ?? [])],
      }
    : { ...shifted, cells: scoresCells };
  const specs: SheetSpec[] = [{ ...settingsSpec, cells: settingsCells }, criteriaSpec, scores];
  if (example.pledge) {
    specs.push({
      name: example.lang === 'vi' ? 'Giao ước' : 'Pledge',
      cells: [
        { row: 1, col: 1, value: example.lang === 'vi' ? 'Nội dung' : 'Content', style: { bold: true } },
        ...example.pledge.map((text, i) => ({ row: i + 2, col: 1, value: text })),
      ],
      columnWidths: [90],
    });
  }
  return specs;
}
