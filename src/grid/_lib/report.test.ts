import { describe, expect, it } from 'vitest';
import type { Issue } from '../../core/issue.js';
import { readCriteria } from '../readCriteria.js';
import { readPledge } from '../readPledge.js';
import { readSettings } from '../readSettings.js';
import { MAX_CELL_TEXT, take } from './report.js';

describe('take', () => {
  const where = { sheet: 'Cấu hình', row: 4, col: 2 };
  it('text of 32,767 characters is taken; 32,768 is an error naming the cell', () => {
    const issues: Issue[] = [];
    expect(take(issues, { kind: 'value', value: 'a'.repeat(MAX_CELL_TEXT) }, where, 'text')).toHaveLength(MAX_CELL_TEXT);
    expect(issues).toEqual([]);
    expect(take(issues, { kind: 'value', value: 'a'.repeat(MAX_CELL_TEXT + 1) }, where, 'text', 'Tên khối', 'item')).toBeNull();
    expect(issues).toMatchObject([
      { severity: 'error', code: 'TEXT_TOO_LONG', sheet: 'Cấu hình', cell: 'B4', params: { length: 32_768, label: 'Tên khối', of: 'item' } },
    ]);
  });
  it('reaches every reader: a settings text and a pledge commitment', () => {
    const settings = readSettings({
      name: 'Cấu hình',
      rows: [['Mục', 'Giá trị'], ['Năm', 2024], ['Tên khối', 'k'.repeat(40_000)]],
    });
    expect(settings.issues.map((i) => [i.code, i.cell])).toEqual([['TEXT_TOO_LONG', 'B3']]);
    const pledge = readPledge({ name: 'Giao ước', rows: [['Nội dung'], ['x'.repeat(32_768)], ['Hoàn thành nhiệm vụ']] });
    expect(pledge.ok).toBe(false);
    expect(pledge.value).toEqual(['Hoàn thành nhiệm vụ']);
    expect(pledge.issues.map((i) => [i.code, i.cell])).toEqual([['TEXT_TOO_LONG', 'A2']]);
  });
});

describe('non-finite numbers in any numeric cell', () => {
  it('are errors in the criteria and settings too, naming the cell', () => {
    const criteria = readCriteria({
      name: 'Tiêu chí',
      rows: [['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'], ['A1', 'A', '', Infinity, 'Chấm điểm'], ['K1', 'K', '', NaN, 'Trừ']],
    });
    expect(criteria.ok).toBe(false);
    expect(criteria.issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', 'D2'],
      ['error', 'D3'],
    ]);
    const settings = readSettings({
      name: 'Cấu hình',
      rows: [['Mục', 'Giá trị'], ['Năm', 2024], ['Tên khối', 'K'], ['Số Bằng khen', Infinity], ['Ngưỡng tốt (%)', NaN]],
    });
    expect(settings.issues.map((i) => [i.code, i.cell])).toEqual([
      ['VALUE_INVALID', 'B4'],
      ['VALUE_INVALID', 'B5'],
    ]);
  });
});
