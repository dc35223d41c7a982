import { describe, expect, it } from 'vitest';
import { readCriteria } from './readCriteria.js';
import type { CellValue } from './types.js';

const HEADER = ['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'];
const read = (...rows: CellValue[][]) => readCriteria({ name: 'Tiêu chí', rows: [['BẢNG TIÊU CHÍ'], HEADER, ...rows] });

describe('readCriteria', () => {
  it('reads codes, groups, descriptions, maxima and kinds under a title row', () => {
    const r = read(
      ['A1', 'Nhóm A', 'Hoàn thành chỉ tiêu', 30, 'Chấm điểm'],
      ['a2', 'a', '', '10,5', null],
      ['B1', null, 'x', 15, 'cham diem'],
      ['1.1', '', 'y', 5, 'Score'],
      ['T1', 'Nhóm thưởng', 'Điểm thưởng', 10, 'Thưởng'],
      ['K1', 'Group K', 'Điểm trừ', null, 'Tru'],
      ['K2', 'K', 'Điểm trừ 2', 5, 'Penalty'],
    );
    expect(r.issues).toEqual([]);
    expect(r.value.criteria).toEqual([
      { code: 'A1', group: 'A', description: 'Hoàn thành chỉ tiêu', max: 30, kind: 'score' },
      { code: 'a2', group: 'A', description: '', max: 10.5, kind: 'score' },
      { code: 'B1', group: 'B', description: 'x', max: 15, kind: 'score' },
      { code: '1.1', group: '1', description: 'y', max: 5, kind: 'score' },
      { code: 'T1', group: 'THƯỞNG', description: 'Điểm thưởng', max: 10, kind: 'bonus' },
      { code: 'K1', group: 'K', description: 'Điểm trừ', max: null, kind: 'penalty' },
      { code: 'K2', group: 'K', description: 'Điểm trừ 2', max: 5, kind: 'penalty' },
    ]);
    expect(r.value.layout).toEqual({
      rows: [3, 4, 5, 6, 7, 8, 9],
      codeColumn: 1,
      maxColumn: 4,
      groupColumn: 2,
      kindColumn: 5,
    });
  });

  it('reads English headers and columns in any order; group and kind columns are optional', () => {
    const r = readCriteria({
      name: 'Criteria',
      rows: [
        ['Max', 'Code'],
        [30, 'A1'],
        [20, 'B1'],
      ],
    });
    expect(r.value.criteria).toEqual([
      { code: 'A1', group: 'A', description: '', max: 30, kind: 'score' },
      { code: 'B1', group: 'B', description: '', max: 20, kind: 'score' },
    ]);
  });

  it('a repeated code (ignoring case and diacritics) is an error naming both cells', () => {
    const r = read(['A1', 'A', '', 30, ''], ['B1', 'B', '', 10, ''], ['a1 ', 'A', '', 5, '']);
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([
      { code: 'CRITERION_CODE_DUPLICATE', sheet: 'Tiêu chí', cell: 'A5', params: { code: 'a1', first: 'A3' } },
    ]);
    expect(r.value.criteria.map((c) => c.code)).toEqual(['A1', 'B1']);
  });

  it.each([
    [null, ''],
    [0, '0'],
    [-5, '-5'],
    ['ba mươi', 'ba mươi'],
  ])('a Score maximum %j is CRITERION_MAX_INVALID at its cell', (max, value) => {
    const r = read(['A1', 'A', '', max, 'Chấm điểm']);
    expect(r.issues).toMatchObject([
      { severity: 'error', code: 'CRITERION_MAX_INVALID', cell: 'D3', params: { code: 'A1', value } },
    ]);
  });

  it('bonus and penalty maxima may be blank, not zero, negative or text', () => {
    expect(read(['T1', '', '', null, 'Thưởng']).issues).toEqual([]);
    expect(read(['T1', '', '', 0, 'Thưởng']).issues).toMatchObject([{ code: 'CRITERION_MAX_INVALID', cell: 'D3' }]);
    expect(read(['K1', '', '', -1, 'Trừ']).issues).toMatchObject([{ code: 'CRITERION_MAX_INVALID', cell: 'D3' }]);
    expect(read(['K1', '', '', 'nhiều', 'Trừ']).issues).toMatchObject([
      { code: 'VALUE_INVALID', cell: 'D3', params: { expected: 'optionalMax' } },
    ]);
  });

  it('an unknown kind, an Excel error, a maximum without a code are errors naming the cell', () => {
    expect(read(['A1', '', '', 30, 'Cộng thêm']).issues).toMatchObject([
      { code: 'VALUE_INVALID', cell: 'E3', params: { value: 'Cộng thêm', expected: 'kind' } },
    ]);
    expect(read(['A1', '', '', { error: '#REF!' }, '']).issues).toMatchObject([
      { code: 'EXCEL_ERROR', cell: 'D3', params: { value: '#REF!' } },
    ]);
    expect(read([{ error: '#N/A' }, '', '', 30, '']).issues).toMatchObject([{ code: 'EXCEL_ERROR', cell: 'A3' }]);
    expect(read([null, '', 'Nhóm A: công tác chuyên môn', 40, '']).issues).toMatchObject([
      { code: 'CRITERION_CODE_MISSING', cell: 'A3' },
    ]);
  });

  it('skips rows with only text (headings, notes) and blank rows', () => {
    const r = read([null, 'A', 'I. CÔNG TÁC CHUYÊN MÔN', null, null], [], ['A1', '', '', 30, '']);
    expect(r.issues).toEqual([]);
    expect(r.value.criteria).toHaveLength(1);
    expect(r.value.layout?.rows).toEqual([5]);
  });

  it('names a missing header or maximum column; nothing is read then', () => {
    expect(readCriteria({ name: 'Tiêu chí', rows: [['A1', 30]] })).toMatchObject({
      ok: false,
      value: { criteria: [], layout: null },
      issues: [{ code: 'HEADER_MISSING', sheet: 'Tiêu chí', params: { header: 'Mã', alt: 'Code' } }],
    });
    expect(
      readCriteria({
        name: 'Tiêu chí',
        rows: [
          ['Mã', 'Điểm'],
          ['A1', 30],
        ],
      }).issues,
    ).toMatchObject([{ code: 'COLUMN_MISSING', params: { column: 'Điểm tối đa', alt: 'Max' } }]);
  });
});
