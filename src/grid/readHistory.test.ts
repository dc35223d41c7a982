import { describe, expect, it } from 'vitest';
import { readHistory } from './readHistory.js';
import { readPledge } from './readPledge.js';

describe('readHistory', () => {
  it('reads unit-years under a title row, in English too', () => {
    const r = readHistory({
      name: 'History',
      rows: [
        ['HISTORY'],
        ['Unit', 'Year', 'Grade', 'Award'],
        ['A', 2022, 'Completed tasks well', 'x'],
        [],
        ['B', '2023', null, null],
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual([
      { unit: 'A', year: 2022, grade: 'HTTNV', award: 'x' },
      { unit: 'B', year: 2023, grade: null, award: '' },
    ]);
  });
  it('reports a bad year or grade and a row without a unit, naming the cell', () => {
    const r = readHistory({
      name: 'Lịch sử',
      rows: [
        ['Đơn vị', 'Năm', 'Xếp loại'],
        ['A', 'năm ngoái', 'HTXSNV'],
        ['B', 2023, 'Giỏi'],
        [null, 2023, null],
        ['C', null, null],
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell, i.params.expected])).toEqual([
      ['VALUE_INVALID', 'Lịch sử', 'B2', 'year'],
      ['VALUE_INVALID', 'Lịch sử', 'C3', 'grade'],
      ['UNIT_NAME_MISSING', 'Lịch sử', 'A4', undefined],
      ['VALUE_INVALID', 'Lịch sử', 'B5', 'year'],
    ]);
    expect(r.value).toEqual([{ unit: 'B', year: 2023, grade: null, award: '' }]);
  });
  it('names a missing header row or year column', () => {
    expect(readHistory({ name: 'Lịch sử', rows: [['x']] }).issues).toMatchObject([
      { code: 'HEADER_MISSING', sheet: 'Lịch sử' },
    ]);
    expect(readHistory({ name: 'Lịch sử', rows: [['Đơn vị']] }).issues).toMatchObject([
      { code: 'COLUMN_MISSING', params: { column: 'Năm' } },
    ]);
  });
});

describe('readPledge', () => {
  it('reads one commitment per non-blank row of Nội dung', () => {
    expect(readPledge({ name: 'Giao ước', rows: [['Nội dung'], ['a'], [null], ['  '], [12]] }).value).toEqual([
      'a',
      '12',
    ]);
  });
  it('warns (never blocks a ranking) about a missing header or an Excel error', () => {
    const noHeader = readPledge({ name: 'Giao ước', rows: [['a']] });
    expect(noHeader).toMatchObject({
      ok: true,
      value: null,
      issues: [{ severity: 'warning', code: 'HEADER_MISSING', sheet: 'Giao ước' }],
    });
    const bad = readPledge({ name: 'Giao ước', rows: [['Nội dung'], ['#N/A'], ['b']] });
    expect(bad).toMatchObject({
      ok: true,
      value: ['b'],
      issues: [{ severity: 'warning', code: 'EXCEL_ERROR', cell: 'A2' }],
    });
  });
});
