/**
 * Bloc workbooks for the in-memory host: from grids (unit tests), or generated with any number of units
 * (the 10k-unit tests, the bench and the browser end-to-end run). Pure TypeScript.
 */
import { PRESET_CRITERIA } from '../../core/preset.js';
import type { CellValue, WorkbookGrid } from '../../grid/types.js';
import { MemoryWorkbook, type MemoryValue } from './memoryExcel.js';
import { rng } from './rng.js';

/** A memory workbook holding `grid`'s sheets as they are (strings stay text; `{ error }` cells are errors). */
export function workbookFromGrid(grid: WorkbookGrid): MemoryWorkbook {
  const book = new MemoryWorkbook();
  for (const s of grid.sheets) {
    const sheet = book.addSheet(s.name);
    s.rows.forEach((row, r) => {
      if (row.length === 0) return;
      const errors: Array<[number, string]> = [];
      const values = Array.from(row, (v, c): MemoryValue | null => {
        if (v === null || v === undefined) return null;
        if (v instanceof Date) return v.toISOString();
        if (typeof v === 'object') {
          errors.push([c, v.error]);
          return null;
        }
        return v;
      });
      sheet.setValues(cellRef(r + 1, 1), [values]);
      for (const [c, error] of errors) sheet.setError(cellRef(r + 1, c + 1), error);
    });
  }
  return book;
}

function cellRef(row: number, col: number): string {
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters + row;
}

/**
 * A valid Vietnamese bloc workbook with `units` scored units (the preset's criteria, all fact columns),
 * as grids: `Cấu hình` (year 2025, leader and deputy set), `Tiêu chí`, `Chấm điểm`. Scores are pseudo-random
 * but fixed by `seed`.
 */
export function blocGrid(units: number, seed = 7): WorkbookGrid {
  const random = rng(seed);
  const names = Array.from({ length: units }, (_, i) => `Đơn vị số ${i + 1}`);
  const settings: CellValue[][] = [
    ['Mục', 'Giá trị'],
    ['Năm', 2025],
    ['Tên khối', 'Khối thi đua các cơ quan tỉnh'],
    ['Cơ quan chủ quản', 'UBND TỈNH TÂY NINH'],
    ['Địa danh', 'Tây Ninh'],
    ['Khối trưởng', names[0] ?? null],
    ['Khối phó', names[1] ?? null],
    ['Cách chọn khối trưởng', 'Luân phiên'],
    ['Số Cờ thi đua UBND tỉnh', 1],
    ['Số Bằng khen', 'Tự động'],
    ['Thứ tự phá hòa', 'Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ'],
  ];
  const kind = { score: 'Chấm điểm', bonus: 'Thưởng', penalty: 'Trừ' } as const;
  const criteria: CellValue[][] = [
    ['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ...PRESET_CRITERIA.map((c) => [c.code, c.group, c.description, c.max, kind[c.kind]]),
  ];
  const header: CellValue[] = [
    'STT',
    'Đơn vị',
    ...PRESET_CRITERIA.map((c) => c.code),
    'Số phiếu',
    'Tỷ lệ nữ (%)',
    'Kỷ luật',
    'Vượt chỉ tiêu',
    'Tổ chức đảng, đoàn thể vững mạnh',
    'Ghi chú',
  ];
  const scores: CellValue[][] = [header];
  names.forEach((name, i) => {
    const points = PRESET_CRITERIA.map((c) => {
      if (c.kind === 'penalty') return random() < 0.1 ? 1 : null;
      const max = c.max ?? 0;
      return Math.round((max * 0.6 + random() * max * 0.4) * 2) / 2;
    });
    scores.push([
      i + 1,
      name,
      ...points,
      Math.floor(random() * 12),
      Math.floor(random() * 100),
      random() < 0.02 ? 'Có' : 'Không',
      'Có',
      random() < 0.9 ? 'Có' : null,
      null,
    ]);
  });
  return {
    sheets: [
      { name: 'Cấu hình', rows: settings },
      { name: 'Tiêu chí', rows: criteria },
      { name: 'Chấm điểm', rows: scores },
    ],
  };
}
