import { PRESET_CRITERIA } from '../../core/preset.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../types.js';

/** A small, valid Vietnamese bloc workbook for tests: title rows, descriptions in headers, 5 units. */
export function sampleBook(
  overrides: { readonly scores?: CellValue[][]; readonly settings?: CellValue[][] } = {},
): WorkbookGrid {
  const settings: SheetGrid = {
    name: 'Cấu hình',
    rows: overrides.settings ?? [
      ['CẤU HÌNH KHỐI THI ĐUA', null, null],
      [],
      ['Mục', 'Giá trị', 'Mô tả'],
      ['Năm', 2024, 'Năm chấm điểm'],
      ['Tên khối', 'Khối các cơ quan Đảng tỉnh', null],
      ['Cơ quan chủ quản', 'TỈNH UỶ BẮC NINH', null],
      ['Khối trưởng', 'Văn phòng Tỉnh uỷ', null],
      ['Khối phó', 'Ban Tổ chức Tỉnh uỷ', null],
      ['Số Bằng khen', 'Tự động', null],
      ['Ngưỡng xuất sắc (%)', 90, null],
      ['Thứ tự phá hòa', 'Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ', null],
    ],
  };
  const criteria: SheetGrid = {
    name: 'Tiêu chí',
    rows: [
      ['BẢNG TIÊU CHÍ'],
      ['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
      ...PRESET_CRITERIA.map((c) => [
        c.code,
        `Nhóm ${c.group}`,
        c.description,
        c.max,
        c.kind === 'score' ? 'Chấm điểm' : c.kind === 'bonus' ? 'Thưởng' : 'Trừ',
      ]),
    ],
  };
  const header: CellValue[] = [
    'STT',
    'Đơn vị',
    'A1 - Hoàn thành chỉ tiêu',
    'A2',
    'B1',
    'B2',
    'C1',
    'C2',
    'D1',
    'E1',
    'T1 (điểm thưởng)',
    'K1. Điểm trừ',
    'Số phiếu',
    'Tỷ lệ nữ (%)',
    'Kỷ luật',
    'Vượt chỉ tiêu',
    'Tổ chức đảng, đoàn thể vững mạnh',
    'Ghi chú',
  ];
  const scores: SheetGrid = {
    name: 'Chấm điểm',
    rows: overrides.scores ?? [
      ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024'],
      header,
      [1, 'Văn phòng Tỉnh uỷ', 29, '9,5', 15, 5, 10, 10, 15, 5, 2, null, 9, 45, 'Không', 'Có', 'Có', null],
      [2, 'Ban Tổ chức Tỉnh uỷ', 28, 9, 14, 5, 10, 9, 15, 5, 1, 0, 8, '75%', 'Không', 'x', '✓', 'ghi chú'],
      [3, 'Uỷ ban Kiểm tra Tỉnh uỷ', 27, 9, 14, 4, 9, 9, 14, 5, null, 1, 7, 30, null, null, null, null],
      [4, 'Ban Dân vận Tỉnh uỷ', 26, 8, 13, 4, 9, 8, 13, 4, null, null, 6, 72, 'Có', 'Có', 'Có', null],
      [5, 'Ban Nội chính Tỉnh uỷ', 25, 8, 12, 4, 8, 8, 12, 4, null, null, 5, 20, 'Không', 'Không', 'Có', null],
    ],
  };
  return { sheets: [scores, { name: 'Ghi chép', rows: [['không liên quan']] }, criteria, settings] };
}

/** Replaces one sheet of a book by name (for tests). */
export function withSheet(book: WorkbookGrid, sheet: SheetGrid): WorkbookGrid {
  return { sheets: book.sheets.map((s) => (s.name === sheet.name ? sheet : s)) };
}

export interface BigBookOptions {
  /** Put helper rows among the units: a roman heading and a subtotal every 10 units, a grand total and a signature block. */
  readonly helperRows?: boolean;
}

/**
 * The sample book with `n` units in its scores sheet, cells as clerks type them (text numbers, yes/no,
 * percents): the 100k-row read of the tests and of `npm run bench` (section `grid`).
 */
export function bigSampleBook(n: number, options: BigBookOptions = {}): WorkbookGrid {
  const book = sampleBook();
  const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
  const rows: CellValue[][] = [scores.rows[0]!.slice(), scores.rows[1]!.slice()];
  for (let i = 0; i < n; i++) {
    if (options.helperRows && i % 10 === 0) rows.push([romanOf(i / 10 + 1), `Cụm ${i / 10 + 1}`]);
    rows.push([i + 1, `Đơn vị ${i}`, 29, '9,5', 15, 5, 10, 10, 15, 5, i % 3 ? null : 2, '1', i % 50, `${i % 100}%`, 'Không', 'Có', 'x', null]);
    if (options.helperRows && i % 10 === 9) rows.push([null, 'Cộng', 290, 95, 150, 50, 100, 100, 150, 50]);
  }
  if (options.helperRows) rows.push(['Tổng cộng'], [], [null, 'Người lập biểu', null, null, null, null, null, null, 'TM. KHỐI TRƯỞNG']);
  return withSheet(book, { name: 'Chấm điểm', rows });
}

function romanOf(n: number): string {
  const digits: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, symbol] of digits) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}
