import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import { formatIssue } from '../core/messages.js';
import { readSettings } from './readSettings.js';
import type { CellValue } from './types.js';

const sheet = (...items: CellValue[][]) => ({ name: 'Cấu hình', rows: [['Mục', 'Giá trị'], ...items] });
const base: CellValue[][] = [
  ['Năm', 2024],
  ['Tên khối', 'Khối 1'],
];
const read = (...items: CellValue[][]) => readSettings(sheet(...base, ...items));

describe('readSettings', () => {
  it('takes the preset defaults for every item left out', () => {
    const r = read();
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value.settings).toEqual({ year: 2024, bloc: 'Khối 1', ...DEFAULT_SETTINGS });
    expect(r.value.cells).toEqual({ year: { row: 2, col: 2 }, bloc: { row: 3, col: 2 } });
  });

  it('reads every item in Vietnamese, under title rows, with a description column', () => {
    const r = readSettings({
      name: 'Cấu hình',
      rows: [
        ['CẤU HÌNH'],
        [null],
        ['Mô tả', 'Mục', 'Giá trị'],
        ['', 'Năm', '2025'],
        ['', 'Tên khối', ' Khối thi đua số 2 '],
        ['', 'Cơ quan chủ quản', 'UBND TỈNH TÂY NINH'],
        ['', 'Địa danh', 'Tây Ninh'],
        ['', 'Khối trưởng', 'Sở Nội vụ'],
        ['', 'Khối phó', 'Sở Tư pháp'],
        ['', 'Cách chọn khối trưởng', 'Bau'],
        ['', 'Số Cờ thi đua UBND tỉnh', 2],
        ['', 'Số Bằng khen', '3'],
        ['', 'Đề nghị Cờ thi đua Chính phủ', 'Khong'],
        ['', 'Cờ Chính phủ kèm Cờ tỉnh', 'không'],
        ['', 'Ngưỡng xuất sắc (%)', 0.95],
        ['', 'Ngưỡng tốt (%)', '75%'],
        ['', 'Ngưỡng hoàn thành (%)', '55,5'],
        ['', 'Trần điểm thưởng (%)', 5],
        ['', 'Khen thưởng cần xếp loại', 'Hoàn thành tốt nhiệm vụ'],
        ['', 'Tiêu chí ưu tiên khi bằng điểm', 'Số phiếu; Nhóm B'],
        ['', 'Khối trưởng năm sau', 'Sở Tư pháp'],
        ['', 'Khối phó năm sau', 'Sở Ngoại vụ'],
        ['', 'Quyết định về khối', 'Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Tây Ninh'],
        ['', 'Nơi nhận', '- Sở Nội vụ;\nCác đơn vị thành viên Khối; Lưu: VT.'],
        ['', 'Số văn bản', 'Số: 01/GƯ-KTĐ'],
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.value.settings).toEqual({
      year: 2025,
      bloc: 'Khối thi đua số 2',
      authority: 'UBND TỈNH TÂY NINH',
      place: 'Tây Ninh',
      leader: 'Sở Nội vụ',
      deputy: 'Sở Tư pháp',
      leaderSelection: 'elect',
      provincialFlags: 2,
      certificates: 3,
      nominateGovernmentFlag: false,
      governmentFlagWithProvincial: false,
      bands: { excellent: 95, good: 75, complete: 55.5 },
      bonusCapPercent: 5,
      awardGrade: 'HTTNV',
      tieBreak: [{ id: 'votes' }, { id: 'group', param: 'B' }],
      nextLeader: 'Sở Tư pháp',
      nextDeputy: 'Sở Ngoại vụ',
      blocDecision: 'Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Tây Ninh',
      recipients: ['Sở Nội vụ', 'Các đơn vị thành viên Khối', 'Lưu: VT'],
      documentNumber: 'Số: 01/GƯ-KTĐ',
    });
    expect(r.value.cells.tieBreak).toEqual({ row: 20, col: 3 });
  });

  it('still reads the former item name "Thứ tự phá hòa"', () => {
    const r = readSettings({
      name: 'Cấu hình',
      rows: [['Mục', 'Giá trị'], ['Năm', 2025], ['Tên khối', 'Khối 1'], ['Thứ tự phá hoà', 'Điểm trừ']],
    });
    expect(r.issues).toEqual([]);
    expect(r.value.settings?.tieBreak).toEqual([{ id: 'penalty' }]);
  });

  it('reads English item names and values', () => {
    const r = readSettings({
      name: 'Settings',
      rows: [
        ['Item', 'Value'],
        ['Year', 2024],
        ['Bloc', 'Bloc 1'],
        ['Leader selection', 'Elect'],
        ['Certificates', 'Auto'],
        ['Nominate Government flag', 'No'],
        ['Excellent %', '90%'],
        ['Award grade', 'Completed tasks well'],
        ['Tie-break order', 'Penalty; Group A; Women %'],
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.value.settings).toMatchObject({
      leaderSelection: 'elect',
      certificates: 'auto',
      nominateGovernmentFlag: false,
      bands: { excellent: 90 },
      awardGrade: 'HTTNV',
      tieBreak: [{ id: 'penalty' }, { id: 'group', param: 'A' }, { id: 'women' }],
    });
  });

  it('Tự động in any spelling; Không means no tie-break; blank values keep the default', () => {
    const r = read(['Số Bằng khen', 'tu dong'], ['Thứ tự phá hòa', 'Không'], ['Số Cờ thi đua UBND tỉnh', '  ']);
    expect(r.value.settings).toMatchObject({ certificates: 'auto', tieBreak: [], provincialFlags: 1 });
    expect(r.issues).toEqual([]);
  });

  it('requires Năm and Tên khối: a blank value names its cell, a missing item names the sheet', () => {
    const r = readSettings(sheet(['Năm', null], ['Cơ quan chủ quản', 'x']));
    expect(r.ok).toBe(false);
    expect(r.value.settings).toBeNull();
    expect(r.issues).toMatchObject([
      {
        severity: 'error',
        code: 'SETTING_REQUIRED',
        sheet: 'Cấu hình',
        cell: 'B2',
        field: 'setting:year',
        params: { item: 'Năm' },
      },
      {
        severity: 'error',
        code: 'SETTING_REQUIRED',
        sheet: 'Cấu hình',
        field: 'setting:bloc',
        params: { item: 'Tên khối' },
      },
    ]);
    expect(r.issues[1]!.cell).toBeUndefined();
    expect(formatIssue(r.issues[0]!, 'vi')).toBe(
      'Trang "Cấu hình", ô B2: Chưa ghi mục bắt buộc "Năm" (cột "Giá trị").',
    );
  });

  it.each([['2024a'], [2024.5], [1800], [3000], [true], ['năm 2024']])(
    'year %j is an error naming the cell',
    (year) => {
      const r = readSettings(sheet(['Năm', year], ['Tên khối', 'K']));
      expect(r.value.settings).toBeNull();
      expect(r.issues).toMatchObject([{ code: 'VALUE_INVALID', cell: 'B2', params: { expected: 'year' } }]);
    },
  );

  it.each([
    ['Số Cờ thi đua UBND tỉnh', -1, 'VALUE_INVALID', 'quota'],
    ['Số Cờ thi đua UBND tỉnh', 1.5, 'VALUE_INVALID', 'quota'],
    ['Số Cờ thi đua UBND tỉnh', 'một', 'VALUE_INVALID', 'quota'],
    ['Số Bằng khen', 'nhiều', 'VALUE_INVALID', 'certificates'],
    ['Số Bằng khen', -2, 'VALUE_INVALID', 'certificates'],
    ['Đề nghị Cờ thi đua Chính phủ', 'có lẽ', 'VALUE_INVALID', 'yesNo'],
    ['Cách chọn khối trưởng', 'Bốc thăm', 'VALUE_INVALID', 'leaderSelection'],
    ['Khen thưởng cần xếp loại', 'Giỏi', 'VALUE_INVALID', 'grade'],
    ['Ngưỡng tốt (%)', 'bảy mươi', 'VALUE_INVALID', 'percent'],
    ['Ngưỡng tốt (%)', 170, 'PERCENT_OUT_OF_RANGE', undefined],
    ['Trần điểm thưởng (%)', '-5%', 'PERCENT_OUT_OF_RANGE', undefined],
    ['Khối trưởng', { error: '#N/A' }, 'EXCEL_ERROR', undefined],
    ['Số Bằng khen', '#REF!', 'EXCEL_ERROR', undefined],
  ])('%s = %j → %s at its cell', (item, value, code, expected) => {
    const r = read([item, value]);
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code, sheet: 'Cấu hình', cell: 'B4' });
    if (expected) expect(r.issues[0]!.params.expected).toBe(expected);
    expect(r.issues[0]!.params.label).toBe(item);
    // The settings are still returned (with the default) so every other problem can be reported too.
    expect(r.value.settings).not.toBeNull();
  });

  it('an unknown tie-break part is an error naming the cell and the part', () => {
    const r = read(['Thứ tự phá hòa', 'Nhóm A; Thâm niên; Số phiếu; abc']);
    expect(r.issues).toMatchObject([
      { code: 'TIE_BREAK_UNKNOWN', cell: 'B4', params: { part: 'Thâm niên' } },
      { code: 'TIE_BREAK_UNKNOWN', cell: 'B4', params: { part: 'abc' } },
    ]);
    expect(r.value.settings?.tieBreak).toEqual(DEFAULT_SETTINGS.tieBreak);
  });

  it('warns about unknown items and rejects a repeated item naming both cells', () => {
    const r = read(['Màu nền', 'xanh'], ['năm', 2025]);
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'SETTING_UNKNOWN', cell: 'A4', params: { item: 'Màu nền' } },
      { severity: 'error', code: 'SETTING_DUPLICATE', cell: 'A5', params: { item: 'năm', first: 'A2' } },
    ]);
    expect(r.value.settings?.year).toBe(2024);
  });

  it('names a missing header row or value column', () => {
    expect(readSettings({ name: 'Cấu hình', rows: [['Năm', 2024]] }).issues).toMatchObject([
      { code: 'HEADER_MISSING', sheet: 'Cấu hình', params: { header: 'Mục', alt: 'Item' } },
    ]);
    expect(
      readSettings({
        name: 'Cấu hình',
        rows: [
          ['Mục', 'Giá trị x'],
          ['Năm', 2024],
        ],
      }).issues,
    ).toMatchObject([
      { code: 'COLUMN_MISSING', sheet: 'Cấu hình', params: { column: 'Giá trị', alt: 'Value', row: 1 } },
    ]);
  });
});
