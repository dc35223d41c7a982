import { describe, expect, it } from 'vitest';
import { PRESET_CRITERIA } from '../core/preset.js';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import { SETTING_ITEMS } from './names.js';
import { readBloc } from './readBloc.js';
import type { SheetSpec } from './sheetSpec.js';
import { templateSheets } from './templateSheets.js';
import type { CellValue, SheetGrid, WorkbookGrid } from './types.js';

/** What an adapter would hand back after writing the specs. */
function toGrid(spec: SheetSpec): { name: string; rows: CellValue[][] } {
  const rows: CellValue[][] = [];
  for (const c of spec.cells) {
    while (rows.length < c.row) rows.push([]);
    const row = rows[c.row - 1]!;
    while (row.length < c.col) row.push(null);
    row[c.col - 1] = c.value;
  }
  return { name: spec.name, rows };
}

const setCell = (sheet: { rows: CellValue[][] }, row: number, col: number, value: CellValue) => {
  while (sheet.rows.length < row) sheet.rows.push([]);
  const r = sheet.rows[row - 1]!;
  while (r.length < col) r.push(null);
  r[col - 1] = value;
};

describe('templateSheets', () => {
  it('lays out the three sheets in Vietnamese', () => {
    const [settings, criteria, scores] = templateSheets({ lang: 'vi', units: 3, year: 2025, bloc: 'Khối 1' });
    expect([settings!.name, criteria!.name, scores!.name]).toEqual(['Cấu hình', 'Tiêu chí', 'Chấm điểm']);
    const header = toGrid(scores!).rows[0];
    expect(header).toEqual([
      'STT',
      'Đơn vị',
      ...PRESET_CRITERIA.map((c) => c.code),
      'Số phiếu',
      'Tỷ lệ nữ (%)',
      'Kỷ luật',
      'Vượt chỉ tiêu',
      'Tổ chức đảng, đoàn thể vững mạnh',
      'Xếp loại chính thức',
      'Chức vụ người ký',
      'Người ký',
      'Ghi chú',
    ]);
    expect(
      toGrid(scores!)
        .rows.slice(1)
        .map((r) => r[0]),
    ).toEqual([1, 2, 3]);
    for (const s of [settings!, criteria!, scores!]) {
      expect(s.frozenRows).toBe(1);
      expect(s.cells.filter((c) => c.row === 1).every((c) => c.style?.bold && c.style.fill)).toBe(true);
      expect(s.columnWidths!.length).toBe(Math.max(...s.cells.map((c) => c.col)));
    }
  });

  it('validates score cells to 0..max, yes/no cells to the list, women % to 0..100', () => {
    const scores = templateSheets({ lang: 'vi', units: 4 })[2]!;
    const byCol = new Map(scores.validations!.map((v) => [v.left, v]));
    PRESET_CRITERIA.forEach((c, i) => {
      const v = byCol.get(i + 3)!;
      expect(v).toMatchObject({
        top: 2,
        bottom: 5,
        right: i + 3,
        rule: { type: 'decimal', min: 0, max: c.max ?? 100 },
      });
    });
    expect(byCol.get(14)!.rule).toEqual({ type: 'decimal', min: 0, max: 100 });
    // Kỷ luật: Không, Đang xem xét (awards held), Có (disciplined).
    expect(byCol.get(15)!.rule).toEqual({ type: 'list', values: ['Không', 'Đang xem xét', 'Có'] });
    for (const col of [16, 17]) expect(byCol.get(col)!.rule).toEqual({ type: 'list', values: ['Có', 'Không'] });
  });

  it('lists every settings item with its default and a description', () => {
    const settings = toGrid(templateSheets({ lang: 'vi', units: 1 })[0]!);
    expect(settings.rows[0]).toEqual(['Mục', 'Giá trị', 'Mô tả']);
    expect(settings.rows).toHaveLength(Object.keys(SETTING_ITEMS).length + 1);
    const byItem = new Map(settings.rows.slice(1).map((r) => [r[0], r[1]]));
    expect(byItem.get('Năm')).toBeNull();
    // The row asks for the province's number: left blank (read as BlocRank's default, with a warning).
    expect(byItem.get('Số Bằng khen')).toBeNull();
    const help = new Map(settings.rows.slice(1).map((r) => [r[0], r[2]]));
    expect(help.get('Số Bằng khen')).toMatch(/^Ghi số Bằng khen .* theo quy định của tỉnh .*mặc định của BlocRank/);
    expect(byItem.get('Cách chọn khối trưởng')).toBe('Luân phiên');
    expect(byItem.get('Đề nghị Cờ thi đua Chính phủ')).toBe('Có');
    expect(byItem.get('Tiêu chí ưu tiên khi bằng điểm')).toBe('Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ');
    expect(byItem.has('Thứ tự phá hòa')).toBe(false);
    expect(byItem.has('Nơi nhận')).toBe(true);
    expect(byItem.has('Số văn bản')).toBe(true);
    expect(settings.rows.slice(1).every((r) => typeof r[2] === 'string' && r[2].length > 0)).toBe(true);
  });

  it('reads back: a filled-in template is a valid bloc with the preset defaults', () => {
    for (const lang of ['vi', 'en'] as const) {
      const specs = templateSheets({ lang, units: 3, year: 2025, bloc: 'Khối 1' });
      const sheets = specs.map(toGrid);
      const scores = sheets[2]!;
      ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính'].forEach((name, i) => {
        setCell(scores, i + 2, 2, name);
        PRESET_CRITERIA.forEach((c, j) => setCell(scores, i + 2, j + 3, c.kind === 'score' ? c.max! - i : null));
      });
      const book: WorkbookGrid = { sheets: sheets as SheetGrid[] };
      const r = readBloc(book);
      expect(r.issues).toEqual([]);
      expect(r.value!.layout.lang).toBe(lang);
      expect(r.value!.input.settings).toEqual({ year: 2025, bloc: 'Khối 1', ...DEFAULT_SETTINGS });
      expect(r.value!.input.criteria.map((c) => [c.code, c.group, c.max, c.kind])).toEqual(
        PRESET_CRITERIA.map((c) => [c.code, c.group, c.max, c.kind]),
      );
      expect(r.value!.input.units.map((u) => u.name)).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính']);
    }
  });

  it('an empty template (no year) asks for the year; empty numbered rows are not units', () => {
    const r = readBloc({ sheets: templateSheets({ lang: 'vi', units: 5 }).map(toGrid) });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['SETTING_REQUIRED', 'B2'],
      ['SETTING_REQUIRED', 'B3'],
    ]);
  });

  it('uses English names when lang is en', () => {
    const [settings, criteria, scores] = templateSheets({ lang: 'en', units: 2 });
    expect([settings!.name, criteria!.name, scores!.name]).toEqual(['Settings', 'Criteria', 'Scores']);
    expect(toGrid(criteria!).rows[1]).toEqual(['A1', 'A', 'Political tasks and targets completed', 30, 'Score']);
    expect(toGrid(scores!).rows[0]!.slice(-9)).toEqual([
      'Votes',
      'Women %',
      'Discipline',
      'Exceeded targets',
      'Strong Party and mass organisations',
      'Official rating',
      'Signer title',
      'Signer',
      'Note',
    ]);
  });

  it('takes a bad unit count as its whole part ≥ 0', () => {
    expect(toGrid(templateSheets({ lang: 'vi', units: -3 })[2]!).rows).toHaveLength(1);
    expect(toGrid(templateSheets({ lang: 'vi', units: 2.7 })[2]!).rows).toHaveLength(3);
    expect(toGrid(templateSheets({ lang: 'vi', units: NaN })[2]!).rows).toHaveLength(1);
  });
});
