import { describe, expect, it } from 'vitest';
import { sampleBook } from './_lib/sampleBook.js';
import { readSettings } from './readSettings.js';
import { settingWrites } from './settingWrites.js';
import { templateSheets } from './templateSheets.js';
import type { CellValue, CellWrite, SheetGrid } from './types.js';

const settingsOf = () => sampleBook().sheets.find((s) => s.name === 'Cấu hình')!;

/** The sheet with the writes applied, as an adapter would leave it. */
function apply(sheet: SheetGrid, writes: readonly CellWrite[]): SheetGrid {
  const rows = sheet.rows.map((r) => [...r]) as CellValue[][];
  for (const w of writes) {
    while (rows.length < w.row) rows.push([]);
    const row = rows[w.row - 1]!;
    while (row.length < w.col) row.push(null);
    row[w.col - 1] = w.value;
  }
  return { name: sheet.name, rows };
}

/** A template settings sheet (every item present) as a grid, with a year and a bloc filled in. */
function templateSettings(lang: 'vi' | 'en'): SheetGrid {
  const spec = templateSheets({ lang, units: 3, year: 2025, bloc: 'Khối 1' })[0]!;
  const rows: CellValue[][] = [];
  for (const c of spec.cells) {
    while (rows.length < c.row) rows.push([]);
    const row = rows[c.row - 1]!;
    while (row.length < c.col) row.push(null);
    row[c.col - 1] = c.value;
  }
  return { name: spec.name, rows };
}

describe('settingWrites', () => {
  it('writes items the sheet has into their value cells, in the workbook language', () => {
    const sheet = settingsOf();
    const r = settingWrites(sheet, { certificates: 2, tieBreak: 'Điểm trừ; Số phiếu', bands: { excellent: 85 } }, 'vi');
    expect(r.issues).toEqual([]);
    expect(r.writes).toEqual([
      { sheet: 'Cấu hình', row: 9, col: 2, value: 2, role: 'result' },
      { sheet: 'Cấu hình', row: 10, col: 2, value: 85, role: 'result' },
      { sheet: 'Cấu hình', row: 11, col: 2, value: 'Điểm trừ; Số phiếu', role: 'result' },
    ]);
  });

  it('appends a row for each missing item, under the table, and reading back gives the values', () => {
    const sheet = settingsOf();
    const changes = {
      provincialFlags: 2,
      nominateGovernmentFlag: false,
      governmentFlagWithProvincial: false,
      leaderSelection: 'elect',
      certificates: 'auto',
      bands: { good: 65, complete: 45 },
    } as const;
    const r = settingWrites(sheet, changes, 'vi');
    expect(r.issues).toEqual([]);
    const appended = r.writes.filter((w) => w.row > 11);
    expect(appended.filter((w) => w.col === 1).map((w) => [w.row, w.value])).toEqual([
      [12, 'Cách chọn khối trưởng'],
      [13, 'Số Cờ thi đua UBND tỉnh'],
      [14, 'Đề nghị Cờ thi đua Chính phủ'],
      [15, 'Cờ Chính phủ kèm Cờ tỉnh'],
      [16, 'Ngưỡng tốt (%)'],
      [17, 'Ngưỡng hoàn thành (%)'],
    ]);
    expect(r.writes).toContainEqual({ sheet: 'Cấu hình', row: 9, col: 2, value: 'Tự động', role: 'result' });
    const back = readSettings(apply(sheet, r.writes));
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = back.value.settings!;
    expect(s.provincialFlags).toBe(2);
    expect(s.nominateGovernmentFlag).toBe(false);
    expect(s.governmentFlagWithProvincial).toBe(false);
    expect(s.leaderSelection).toBe('elect');
    expect(s.certificates).toBe('auto');
    expect(s.bands).toEqual({ excellent: 90, good: 65, complete: 45 });
  });

  it('round-trips every editable item through an English template', () => {
    const sheet = templateSettings('en');
    const r = settingWrites(
      sheet,
      {
        provincialFlags: 3,
        certificates: 4,
        nominateGovernmentFlag: false,
        governmentFlagWithProvincial: true,
        tieBreak: 'Group B; Votes',
        bands: { excellent: 95, good: 75, complete: 55 },
        leaderSelection: 'elect',
      },
      'en',
    );
    expect(r.issues).toEqual([]);
    expect(r.writes.every((w) => w.col === 2)).toBe(true);
    expect(r.writes.map((w) => w.value)).toContain('No');
    expect(r.writes.map((w) => w.value)).toContain('Elect');
    const s = readSettings(apply(sheet, r.writes)).value.settings!;
    expect(s).toMatchObject({
      provincialFlags: 3,
      certificates: 4,
      nominateGovernmentFlag: false,
      leaderSelection: 'elect',
      bands: { excellent: 95, good: 75, complete: 55 },
      tieBreak: [{ id: 'group', param: 'B' }, { id: 'votes' }],
    });
  });

  it('refuses invalid values with an error at the item cell, and writes nothing', () => {
    const sheet = settingsOf();
    const r = settingWrites(sheet, { certificates: -1, bands: { excellent: 120 }, tieBreak: 'Nhóm A; Tuổi' }, 'vi');
    expect(r.writes).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ['VALUE_INVALID', 'B9'],
      ['VALUE_INVALID', 'B10'],
      ['TIE_BREAK_UNKNOWN', 'B11'],
    ]);
    const missing = settingWrites(sheet, { provincialFlags: 1.5 }, 'vi');
    expect(missing.issues[0]).toMatchObject({ code: 'VALUE_INVALID', sheet: 'Cấu hình', field: 'setting:provincialFlags' });
  });

  it('accepts "Không" as an empty tie-break chain', () => {
    const r = settingWrites(settingsOf(), { tieBreak: 'Không' }, 'vi');
    expect(r.issues).toEqual([]);
    expect(r.writes).toEqual([{ sheet: 'Cấu hình', row: 11, col: 2, value: 'Không', role: 'result' }]);
  });

  it('reports a sheet without its header row', () => {
    const r = settingWrites({ name: 'Cấu hình', rows: [['x']] }, { provincialFlags: 1 }, 'vi');
    expect(r.issues.map((i) => i.code)).toEqual(['HEADER_MISSING']);
    expect(r.writes).toEqual([]);
  });

  it('writes every other item of Cấu hình too (task pane): year, names, leaders, bonus cap, award grade', () => {
    const sheet = templateSettings('vi');
    const changes = {
      year: 2026,
      bloc: 'Khối thi đua số 2',
      authority: 'UBND TỈNH LÂM ĐỒNG',
      place: 'Lâm Đồng',
      leader: 'Trường Chính trị tỉnh',
      deputy: 'Báo Lâm Đồng',
      nextLeader: 'Báo Lâm Đồng',
      nextDeputy: '',
      blocDecision: 'Quyết định số 12/QĐ-UBND',
      bonusCapPercent: 5,
      awardGrade: 'HTTNV' as const,
    };
    const r = settingWrites(sheet, changes, 'vi');
    expect(r.issues).toEqual([]);
    const s = readSettings(apply(sheet, r.writes)).value.settings!;
    expect(s).toMatchObject({
      year: 2026,
      bloc: 'Khối thi đua số 2',
      authority: 'UBND TỈNH LÂM ĐỒNG',
      place: 'Lâm Đồng',
      leader: 'Trường Chính trị tỉnh',
      deputy: 'Báo Lâm Đồng',
      nextLeader: 'Báo Lâm Đồng',
      nextDeputy: null,
      blocDecision: 'Quyết định số 12/QĐ-UBND',
      bonusCapPercent: 5,
      awardGrade: 'HTTNV',
    });
  });

  it('refuses a year out of range and a blank bloc name, writing nothing', () => {
    const r = settingWrites(templateSettings('en'), { year: 26, bloc: ' ', place: 'Tây Ninh' }, 'en');
    expect(r.writes).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['VALUE_INVALID', 'setting:year'],
      ['VALUE_INVALID', 'setting:bloc'],
    ]);
  });
});
