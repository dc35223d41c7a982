import { describe, expect, it } from 'vitest';
import { findHeaderRows } from './findHeaderRows.js';
import { matchCriterionHeader } from './matchCriterionHeader.js';
import { SCORE_COLUMNS } from './names.js';
import type { CellValue, SheetGrid } from './types.js';

const codes = ['A1', 'A2', 'B1'];
const isCode = (v: CellValue): boolean => matchCriterionHeader(v, codes) >= 0;
const find = (sheet: SheetGrid) => findHeaderRows(sheet, SCORE_COLUMNS, 'unit', { isCode });

const TWO_ROWS: CellValue[][] = [
  ['BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024'],
  ['STT', 'Đơn vị', 'Nhóm A - Chính trị', null, 'Nhóm B', 'Tổng điểm'],
  [null, null, 'A1 - Chỉ tiêu', 'A2', 'B1', null],
  [1, 'Sở Nội vụ', 28, 9, 14, null],
];

describe('findHeaderRows', () => {
  it('one header row: the row holding Đơn vị, read as it is', () => {
    const h = find({ name: 'Chấm điểm', rows: [['Tiêu đề'], ['STT', 'Đơn vị', 'A1'], [1, 'X', 3]] });
    expect(h).toMatchObject({ top: 2, row: 2, col: 2, lang: 'vi', cells: ['STT', 'Đơn vị', 'A1'], cellRows: [2, 2, 2] });
  });
  it('two rows with merges: Đơn vị merged down; the codes row is the lower one; group labels give way to codes', () => {
    const merges = [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 6, bottom: 3, right: 6 },
    ];
    const h = find({ name: 'Chấm điểm', rows: TWO_ROWS, merges });
    expect(h).toMatchObject({ top: 2, row: 3, col: 2 });
    expect(h!.cells).toEqual(['STT', 'Đơn vị', 'A1 - Chỉ tiêu', 'A2', 'B1', 'Tổng điểm']);
    expect(h!.cellRows).toEqual([2, 2, 3, 3, 3, 2]);
  });
  it('two rows without merge information: key cells blank below, codes below', () => {
    expect(find({ name: 'Chấm điểm', rows: TWO_ROWS })).toMatchObject({ top: 2, row: 3 });
  });
  it('a row under the header with a name or no codes is not a header row', () => {
    const maxRow: CellValue[][] = [['STT', 'Đơn vị', 'A1', 'A2'], [null, 'Điểm tối đa', 30, 10], [1, 'X', 1, 1]];
    expect(find({ name: 'Chấm điểm', rows: maxRow })).toMatchObject({ top: 1, row: 1 });
    const unnamedMax: CellValue[][] = [['STT', 'Đơn vị', 'A1', 'A2'], [null, null, 30, 10]];
    expect(find({ name: 'Chấm điểm', rows: unnamedMax })).toMatchObject({ top: 1, row: 1 });
    // Codes already in the top row: a lower row repeating one code does not extend the header.
    const repeated: CellValue[][] = [['STT', 'Đơn vị', 'A1', 'A2'], [null, null, 'A1', null]];
    expect(find({ name: 'Chấm điểm', rows: repeated })).toMatchObject({ top: 1, row: 1 });
  });
  it('a merge that does not go down, or no header at all', () => {
    const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }];
    expect(find({ name: 'Chấm điểm', rows: [['x'], ['STT', 'Đơn vị', null, 'A1'], [1, 'Y', null, 2]], merges })).toMatchObject({ row: 2 });
    expect(find({ name: 'Chấm điểm', rows: [['A1', 'A2']] })).toBeNull();
  });
});
