import { describe, expect, it } from 'vitest';
import type { Criterion } from '../core/model.js';
import { classifyRow, isSignatureText, ROW_KINDS, rowFacts, ScoresRowTable, type RowKindId } from './classifyRow.js';
import type { CellValue } from './types.js';

const criteria: readonly Criterion[] = [
  { code: 'A1', group: 'A', description: '', max: 30, kind: 'score' },
  { code: 'A2', group: 'A', description: '', max: 10, kind: 'score' },
  { code: 'B1', group: 'B', description: '', max: 20, kind: 'score' },
  { code: 'T1', group: 'T', description: '', max: 5, kind: 'bonus' },
];
/** STT | Đơn vị | A1 | A2 | B1 | T1 | Ghi chú */
const columns = { unitCol: 2, sttCol: 1, criterionCols: [3, 4, 5, 6] };
const UNITS: CellValue[][] = [
  [1, 'Sở Nội vụ', 28, 9, 18, null],
  [2, 'Sở Tư pháp', 26, 8, 16, 2],
  [3, 'Sở Tài chính', 24, 7, 17, null],
];

/** Classifies `row` as the row after the units (so totals and averages have something to add up). */
function kindOf(row: CellValue[], units: CellValue[][] = UNITS): RowKindId {
  const table = new ScoresRowTable(criteria, [3, 4, 5, 6]);
  units.forEach((u, i) => table.addUnit(rowFacts(u, i + 4, columns)));
  return classifyRow(rowFacts(row, 4 + units.length, columns), table).id;
}

/** One clerk-like row per kind of the registry: the loop below checks each is named by its own kind. */
const EXAMPLES: Record<RowKindId, CellValue[][]> = {
  unit: [
    [4, 'Trường Cao đẳng Cộng đồng Đắk Nông', 20, 5, 10, null],
    [5, 'Ban Dân vận', null, null, null, null],
    [null, 'Khối cơ quan Đảng', null, null, null, null],
    ['5', 'Báo Bắc Ninh', '25,5', '8', 15, 1],
  ],
  blank: [[], [null, '  ', null], [7, null, null, null, null, null, null]],
  signature: [
    [null, 'Người lập biểu', null, null, null, 'TM. KHỐI TRƯỞNG'],
    [null, null, null, null, 'Tây Ninh, ngày 15 tháng 12 năm 2024'],
    ['KT. GIÁM ĐỐC'],
    [null, 'Xác nhận của Khối trưởng'],
    [null, 'KHỐI PHÓ'],
    [null, 'Thủ trưởng đơn vị'],
  ],
  maxPoints: [
    [null, 'Điểm tối đa', 30, 10, 20, 5],
    ['Điểm chuẩn', null, 30, 10, 20, 5],
    [null, 'Thang điểm:', 30, 10, 20, null],
    [null, null, 30, 10, 20, 5],
    [null, 'Max points', 30, 10, 20, 5],
  ],
  total: [
    [null, 'Tổng cộng', 78, 24, 51, 2],
    ['Cộng', null, 78, 24, 51, 2],
    [null, 'Bình quân', 26, 8, 17, null],
    [null, 'ĐIỂM TRUNG BÌNH:', 26, 8, 17, null],
    [null, 'Average', 26, 8, 17, null],
    [null, 'Tổng số', null, null, null, null],
  ],
  heading: [
    ['I', 'Khối cơ quan Đảng', null, null, null, null],
    ['B.', 'Các sở, ngành', null, null, null, null],
    [null, 'I. Khối cơ quan Đảng'],
    ['A. Các sở, ngành'],
    [null, 'Khối các sở:'],
  ],
  note: [[null, 'Ghi chú: số liệu đến ngày 15/12'], ['(*) Điểm thưởng theo Quyết định số 12'], [null, 'Lưu ý: đơn vị mới thành lập']],
  nameMissing: [[6, null, 20, 5, 10, null]],
  noName: [[null, null, null, null, null, null, 'Ghi chú: số liệu đến 15/12'], [8, null, null, null, null, null, 'x']],
  ambiguousSignature: [[null, 'TM. Ban Thường vụ', 20, 5, 10, null]],
  ambiguousHeading: [
    ['II', 'Khối các sở', 20, 5, 10, null],
    [9, 'I. Khối cơ quan Đảng', 20, 5, 10, null],
    ['c', 'Sở Xây dựng', 20, 5, 10, null],
  ],
  ambiguousMaxPoints: [[null, 'Sở Nội vụ', 30, 10, 20, 5]],
  ambiguousTotal: [
    [null, 'Sở Công Thương', 78, 24, 51, 2],
    [null, 'Sở Y tế', 26, 8, 17, null],
  ],
};

describe('ROW_KINDS', () => {
  it('has one entry per kind, each with its message, the unit last', () => {
    expect(new Set(ROW_KINDS.map((k) => k.id)).size).toBe(ROW_KINDS.length);
    expect(ROW_KINDS.map((k) => k.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(ROW_KINDS.at(-1)!.id).toBe('unit');
    for (const kind of ROW_KINDS) {
      if (kind.id === 'unit') expect([kind.message, kind.severity]).toEqual([null, null]);
      else expect(kind.message).toMatch(/^[A-Z_]+$/);
      if (kind.id.startsWith('ambiguous') || kind.id === 'nameMissing') expect(kind.severity).toBe('error');
    }
  });
  for (const kind of ROW_KINDS) {
    it(`${kind.id}: every example row is named ${kind.id}`, () => {
      for (const row of EXAMPLES[kind.id]) expect([row, kindOf(row)]).toEqual([row, kind.id]);
    });
  }
});

describe('classifyRow', () => {
  it('a keyword matches the whole folded name only', () => {
    expect(kindOf([4, 'Tổng cục Thống kê', 20, 5, 10, null])).toBe('unit');
    expect(kindOf([4, 'Cộng đồng dân cư', 20, 5, 10, null])).toBe('unit');
    expect(kindOf([null, '  TỔNG  CỘNG ', 1, 1, 1, null])).toBe('total');
    expect(kindOf([4, 'Điểm chuẩn hóa', 20, 5, 10, null])).toBe('unit');
  });
  it('a roman or letter STT is a heading only without points; with points it is an error, never a guess', () => {
    expect(kindOf(['IV', 'Khối doanh nghiệp', null, null, null, null])).toBe('heading');
    expect(kindOf(['IV', 'Khối doanh nghiệp', 1, null, null, null])).toBe('ambiguousHeading');
    expect(kindOf(['IV', 'Khối doanh nghiệp', 'x', null, null, null])).toBe('ambiguousHeading');
  });
  it('a row equal to the maxima: skipped without a name, an error with a name and no STT, a unit with its STT', () => {
    expect(kindOf([null, null, 30, 10, 20, null])).toBe('maxPoints');
    expect(kindOf([null, 'Sở Nội vụ', 30, 10, 20, null])).toBe('ambiguousMaxPoints');
    expect(kindOf([4, 'Sở Nội vụ', 30, 10, 20, null])).toBe('unit');
  });
  it('a total or average needs two units above; a unit equal to the average in a few columns stays a unit', () => {
    expect(kindOf([2, 'Sở Tư pháp', 28, 9, 18, null], [UNITS[0]!])).toBe('unit');
    // Average of two units in two columns only: too few columns to tell.
    const two: CellValue[][] = [
      [1, 'X', 10, 8, null, null],
      [2, 'Y', 8, 10, null, null],
    ];
    expect(kindOf([3, 'Z', 9, 9, null, null], two)).toBe('unit');
    // Sum of equal columns is still a sum (larger than any unit).
    expect(kindOf([null, 'Sở Xây dựng', 78, 24, 51, null])).toBe('ambiguousTotal');
    // Numbered, it is a unit: the clerk settles a doubt by giving the row its STT.
    expect(kindOf([4, 'Sở Xây dựng', 78, 24, 51, null])).toBe('unit');
    expect(kindOf([4, 'Sở Y tế', 26, 8, 17, null])).toBe('unit');
  });
  it('subtotals count the units since the last heading or subtotal', () => {
    const table = new ScoresRowTable(criteria, [3, 4, 5, 6]);
    const add = (row: CellValue[]) => table.addUnit(rowFacts(row, 1, columns));
    add([1, 'A', 10, 5, 10, null]);
    add([2, 'B', 12, 5, 11, null]);
    table.newSection();
    add([3, 'C', 20, 6, 12, null]);
    add([4, 'D', 22, 7, 13, null]);
    expect(classifyRow(rowFacts([null, 'E', 42, 13, 25, null], 9, columns), table).id).toBe('ambiguousTotal');
    expect(classifyRow(rowFacts([null, 'E', 64, 23, 46, null], 9, columns), table).id).toBe('ambiguousTotal');
    expect(classifyRow(rowFacts([5, 'E', 21, 6, 12, null], 9, columns), table).id).toBe('unit');
  });
  it('a unit whose note names the leader is not the signature block', () => {
    expect(kindOf([4, 'Sở Nội vụ', null, null, null, null, 'Khối trưởng năm 2024'])).toBe('unit');
  });
});

describe('isSignatureText', () => {
  it('knows the signature lines and a date line, not unit names', () => {
    for (const t of ['Người lập biểu', 'NGƯỜI LẬP BẢNG', 'TM. BAN THƯỜNG VỤ', 'KT. CHÁNH VĂN PHÒNG', 'Khối trưởng', '(Ký, ghi rõ họ tên)', 'Đắk Nông, ngày 20 tháng 12 năm 2024', 'ngày … tháng … năm 2025'])
      expect([t, isSignatureText(t)]).toEqual([t, true]);
    for (const t of ['Sở Nội vụ', 'Trường Chính trị tỉnh', 'Báo Ngày mới', 'Kho bạc Nhà nước', 'Thanh tra tỉnh', ''])
      expect([t, isSignatureText(t)]).toEqual([t, false]);
  });
});
