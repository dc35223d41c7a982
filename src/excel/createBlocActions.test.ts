/**
 * The Excel adapter against the in-memory host: real Office.js semantics (queued commands, load before
 * read, payload limits), so these tests check what reaches the workbook, cell by cell, and how many
 * round trips it takes (a spy on `context.sync`).
 */
import { describe, expect, it, vi } from 'vitest';
import { RESULT_COLUMNS } from '../core/labels.js';
import { sampleBook, withSheet } from '../grid/_lib/sampleBook.js';
import { readBloc } from '../grid/readBloc.js';
import type { CellValue, WorkbookGrid } from '../grid/types.js';
import { createBlocActions } from './createBlocActions.js';
import { defaultAdapterOptions, WEB_PAYLOAD_BUDGET } from './_lib/host.js';
import { blocGrid, workbookFromGrid } from './testing/blocWorkbook.js';
import {
  installMemoryExcel,
  MemoryExcel,
  type MemoryCell,
  MemoryWorkbook,
  WEB_PAYLOAD_LIMIT,
} from './testing/memoryExcel.js';
import { spied } from './testing/spiedHost.js';

function setup(grid: WorkbookGrid = sampleBook(), options: { requestLimit?: number; responseLimit?: number } = {}) {
  const excel = new MemoryExcel({ workbook: workbookFromGrid(grid), ...options });
  const host = spied(excel);
  return { excel, host, actions: createBlocActions(host) };
}

/** Every cell of every sheet, for before/after comparisons. */
function everything(book: MemoryWorkbook): Map<string, MemoryCell> {
  const out = new Map<string, MemoryCell>();
  for (const s of book.sheets) for (const [a1, cell] of s.snapshot()) out.set(`${s.name}!${a1}`, cell);
  return out;
}

/** The cells that differ between two snapshots (a blank default cell equals a missing one). */
function changedCells(before: Map<string, MemoryCell>, after: Map<string, MemoryCell>): string[] {
  const blank = JSON.stringify(new MemoryWorkbook().addSheet('x').cell(1, 1));
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => {
    const a = before.has(k) ? JSON.stringify(before.get(k)) : blank;
    const b = after.has(k) ? JSON.stringify(after.get(k)) : blank;
    return a !== b;
  });
}

/** The sheet's values as a grid (for readBloc), from the memory workbook. */
function gridOf(book: MemoryWorkbook): WorkbookGrid {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      rows: s.values().map((row) => row.map((v): CellValue => (v === '' ? null : v))),
    })),
  };
}

describe('detect', () => {
  it('recognises a bloc workbook in 2 syncs, reading only the bloc sheets', async () => {
    const { actions, host, excel } = setup();
    const state = await actions.detect();
    expect(state).toEqual({
      kind: 'bloc',
      lang: 'vi',
      bloc: 'Khối các cơ quan Đảng tỉnh',
      year: 2024,
      units: 5,
      checklist: { year: true, bloc: true, units: true, scores: true, blankScores: 0 },
      stored: null,
    });
    expect(host.syncs).toEqual([2]);
    // "Ghi chép" is not a bloc sheet: its cells never travel.
    expect(excel.syncs[1]!.responseBytes).toBeLessThan(6000);
  });

  it('says what is not a bloc workbook and which sheets a new one would clash with', async () => {
    const book = new MemoryWorkbook();
    book.addSheet('Sheet1');
    book.addSheet('Settings', [['Item', 'Value']]);
    const actions = createBlocActions(new MemoryExcel({ workbook: book }));
    expect(await actions.detect()).toEqual({
      kind: 'notBloc',
      conflicts: ['Settings'],
      missing: ['Criteria', 'Scores'],
    });
  });

  it('recognises a half-filled new workbook (no year yet, no units)', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Sheet1');
    const actions = createBlocActions(excel);
    expect((await actions.createWorkbook({ lang: 'vi', units: 3 })).ok).toBe(true);
    expect(await actions.detect()).toEqual({
      kind: 'bloc',
      lang: 'vi',
      bloc: '',
      year: null,
      units: 0,
      checklist: { year: false, bloc: false, units: false, scores: false, blankScores: 0 },
      stored: null,
    });
  });
});

describe('rank', () => {
  it('ranks in 3 syncs (2 read, 1 write) and writes only the result cells', async () => {
    const { actions, host, excel } = setup();
    const before = everything(excel.workbook);
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    if (outcome.status !== 'ranked') return;
    expect(host.syncs).toEqual([3]);

    // Result columns S..W (after "Ghi chú" in R), header row 2, units in rows 3..7.
    const changed = changedCells(before, everything(excel.workbook));
    const allowed = new Set<string>();
    for (const col of ['S', 'T', 'U', 'V', 'W'])
      for (let row = 2; row <= 7; row++) allowed.add(`Chấm điểm!${col}${row}`);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((c) => !allowed.has(c))).toEqual([]);
    expect(outcome.summary.cellsChanged).toBe(changed.length);

    const sheet = excel.workbook.sheet('Chấm điểm')!;
    expect(['S2', 'T2', 'U2', 'V2', 'W2'].map((a) => sheet.at(a).value)).toEqual([
      'Tổng điểm',
      'Xếp hạng',
      'Xếp loại',
      'Đề nghị khen thưởng',
      'Giải thích',
    ]);
    expect(sheet.at('S2').font.bold).toBe(true);
    // Every row agrees with the ranking shown in the pane; award rows are filled, others not.
    for (const row of outcome.rows) {
      expect(sheet.cell(row.row, 19).value).toBe(row.total);
      expect(sheet.cell(row.row, 20).value).toBe(row.rank);
      expect(sheet.cell(row.row, 23).value).toBe(row.explanation);
      const fill =
        row.awards.length > 0 ? { color: '#FFF2CC', pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' };
      for (let col = 19; col <= 23; col++) expect(sheet.cell(row.row, col).fill).toEqual(fill);
      expect(sheet.cell(row.row, 18).fill.pattern).toBe('None');
    }
    expect(outcome.rows.map((r) => r.rank)).toEqual([...outcome.rows.map((r) => r.rank)].sort((a, b) => a - b));
    expect(outcome.summary).toMatchObject({ units: 5, provincialFlags: 1, cellsChanged: changed.length });
    expect(outcome.canUndo).toBe(true);
    // The written sheet reads back as the same bloc, with its result columns found.
    const again = readBloc(gridOf(excel.workbook));
    expect(again.value!.layout.missingResultColumns).toEqual([]);
  });

  it('changes nothing on a second run (0 cells) and undo still restores the first run', async () => {
    const { actions, excel } = setup();
    const original = everything(excel.workbook);
    const first = await actions.rank({ lang: 'vi' });
    const afterFirst = everything(excel.workbook);
    const second = await actions.rank({ lang: 'vi' });
    expect(first.status === 'ranked' && first.summary.cellsChanged).toBeGreaterThan(0);
    expect(second.status === 'ranked' && second.summary.cellsChanged).toBe(0);
    expect(changedCells(afterFirst, everything(excel.workbook))).toEqual([]);
    expect(actions.canUndo()).toBe(true);
    expect((await actions.undo()).ok).toBe(true);
    expect(changedCells(original, everything(excel.workbook))).toEqual([]);
    expect(actions.canUndo()).toBe(false);
    expect(await actions.undo()).toMatchObject({ ok: false, issues: [{ code: 'EXCEL_NOTHING_TO_UNDO' }] });
  });

  it('undo restores values, formulas and formats of existing result cells exactly', async () => {
    const grid = sampleBook();
    const { actions, excel } = setup(grid);
    const sheet = excel.workbook.sheet('Chấm điểm')!;
    // The clerk's own result columns: a formula total, a number format, fills, a text that looks like a formula.
    sheet.setValues('S2', [['Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']]);
    sheet.setFormula('S3', '=SUM(C3:J3)', 101);
    sheet.setValues('T3', [[7]]);
    sheet.setValues('W4', [['=ghi chú cũ']]);
    sheet.mutable(3, 22).numberFormat = '@';
    sheet.mutable(2, 19).numberFormat = '0.00';
    sheet.mutable(4, 20).fill = { color: '#FF0000', pattern: 'Solid' };
    sheet.mutable(5, 21).font = { bold: true };
    sheet.mutable(1, 18).fill = { color: '#00FF00', pattern: 'Solid' };
    const original = everything(excel.workbook);

    const outcome = await actions.rank({ lang: 'en' });
    expect(outcome.status).toBe('ranked');
    expect(sheet.at('S3').formula).toBeNull();
    expect(sheet.at('U5').fill.pattern).toBe('None');
    expect((await actions.undo()).ok).toBe(true);
    expect(changedCells(original, everything(excel.workbook))).toEqual([]);
    expect(sheet.at('S3')).toMatchObject({ formula: '=SUM(C3:J3)', value: 101 });
    expect(sheet.at('W4')).toMatchObject({ value: '=ghi chú cũ', formula: null, numberFormat: '@' });
  });

  it('writes to the right cells when the sheet starts below and right of A1', async () => {
    const grid = sampleBook();
    const scores = grid.sheets.find((s) => s.name === 'Chấm điểm')!;
    // Two empty rows and one empty column before the table: the used range starts at B3.
    const shifted = [[], [], ...scores.rows.map((r) => [null, ...r])];
    const { actions, excel } = setup(withSheet(grid, { name: 'Chấm điểm', rows: shifted }));
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    if (outcome.status !== 'ranked') return;
    const sheet = excel.workbook.sheet('Chấm điểm')!;
    expect(sheet.at('T4').value).toBe('Tổng điểm');
    const first = outcome.rows.find((r) => r.index === 0)!;
    expect(first.row).toBe(5);
    expect(sheet.at('T5').value).toBe(first.total);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('cannot undo once the sheet is gone, and says which', async () => {
    const { actions, excel } = setup();
    await actions.rank({ lang: 'en' });
    excel.workbook.sheet('Chấm điểm')!.name = 'Renamed';
    expect(await actions.undo()).toMatchObject({ ok: false, issues: [{ code: 'EXCEL_UNDO_SHEET_MISSING' }] });
  });

  it('writes nothing with any error, in 2 syncs, and names the cell', async () => {
    const grid = sampleBook();
    const scores = grid.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows = scores.rows.map((r) => [...r]);
    rows[3]![2] = 45; // A1 max 30
    const { actions, host, excel } = setup(withSheet(grid, { name: 'Chấm điểm', rows }));
    const before = everything(excel.workbook);
    const outcome = await actions.rank({ lang: 'en' });
    expect(outcome.status).toBe('errors');
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Chấm điểm', cell: 'C4' }),
    );
    expect(outcome.issues.find((i) => i.cell === 'C4')!.message).toMatch(/45/);
    expect(changedCells(before, everything(excel.workbook))).toEqual([]);
    expect(host.syncs).toEqual([2]);
    expect(actions.canUndo()).toBe(false);
  });

  it('reports an Excel failure as an issue instead of throwing', async () => {
    const { excel } = setup();
    const actions = createBlocActions({
      run: (batch) =>
        excel.run(async (context) => {
          let n = 0;
          const sync = context.sync.bind(context);
          vi.spyOn(context, 'sync').mockImplementation(async () => {
            if (++n === 3) throw Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' });
            return sync();
          });
          return batch(context);
        }),
    });
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome).toMatchObject({ status: 'errors', issues: [{ code: 'EXCEL_FAILED' }] });
    expect(outcome.issues[0]!.message).toMatch(/AccessDenied/);
  });

  it('keeps 10,000 units within 5 MB per request and response (Excel on the web), and 3 syncs where the host has no limit', async () => {
    const grid = blocGrid(10_000);
    // Excel on the web: 5 MB each way.
    const web = setup(grid);
    const outcome = await web.actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    expect(web.excel.syncs.every((s) => s.failed === null)).toBe(true);
    expect(Math.max(...web.excel.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...web.excel.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    const written = web.excel.syncs.slice(2).reduce((n, s) => n + s.requestBytes, 0);
    // 2 reads, then as few write requests as the 4.5 MB budget allows.
    expect(web.host.syncs[0]).toBe(2 + Math.ceil(written / 4_500_000));
    console.info(
      `10k units, web limits: ${web.host.syncs[0]} syncs, write payload ${(written / 1e6).toFixed(2)} MB in ${web.host.syncs[0]! - 2} requests`,
    );

    // Second run: the read (now with 10k explanations) is over 5 MB, so it falls back to row blocks.
    web.excel.resetStats();
    const again = await web.actions.rank({ lang: 'vi' });
    expect(again.status === 'ranked' && again.summary.cellsChanged).toBe(0);
    expect(
      web.excel.syncs.filter((s) => s.failed !== 'ResponsePayloadSizeLimitExceeded').every((s) => s.failed === null),
    ).toBe(true);
    console.info(`10k units, second run on the web: ${web.host.syncs[1]} syncs`);

    // Desktop Excel (no documented payload limit): 2 reads + 1 write.
    const desktop = new MemoryExcel({
      workbook: workbookFromGrid(grid),
      requestLimit: Infinity,
      responseLimit: Infinity,
    });
    const host = spied(desktop);
    const actions = createBlocActions(host, { payloadBudget: 48_000_000 });
    expect((await actions.rank({ lang: 'vi' })).status).toBe('ranked');
    expect(host.syncs).toEqual([3]);
  }, 120_000);
});

describe('formula-like text', () => {
  it('is written into Text-formatted cells, so it stays text', async () => {
    const { excel } = setup();
    const { writeResultCells } = await import('./rank.js');
    const texts = [
      '=SUM(A1:A3)',
      '+84 912',
      '-5 điểm',
      '@ghi chú',
      "'trích dẫn",
      '1.000',
      'TRUE',
      '#N/A',
      'bình thường',
    ];
    const scores = gridOf(excel.workbook).sheets.find((s) => s.name === 'Chấm điểm')!;
    await excel.run(async (context) => {
      await writeResultCells(
        context,
        'Chấm điểm',
        texts.map((value, i) => ({ sheet: 'Chấm điểm', row: 3 + i, col: 30, value, role: 'result' as const })),
        scores,
        4_500_000,
      );
    });
    const sheet = excel.workbook.sheet('Chấm điểm')!;
    texts.forEach((text, i) => {
      const cell = sheet.cell(3 + i, 30);
      expect(cell).toMatchObject({ value: text, formula: null, error: null, quotePrefix: false });
    });
    expect(sheet.cell(3, 30).numberFormat).toBe('@');
    expect(sheet.cell(11, 30).numberFormat).toBe('General');
  });
});

describe('createWorkbook', () => {
  it('adds the three sheets with validation, frozen headers and print setup, and the result ranks once filled in', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Sheet1', [['giữ nguyên']]);
    const actions = createBlocActions(spied(excel));
    const outcome = await actions.createWorkbook({ lang: 'vi', units: 4 });
    expect(outcome).toEqual({ ok: true, issues: [] });
    expect(excel.workbook.sheetNames()).toEqual(['Sheet1', 'Cấu hình', 'Tiêu chí', 'Chấm điểm']);
    expect(excel.workbook.sheet('Sheet1')!.at('A1').value).toBe('giữ nguyên');
    const scores = excel.workbook.sheet('Chấm điểm')!;
    expect(scores.frozenRows).toBe(1);
    expect(scores.at('A1')).toMatchObject({
      value: 'STT',
      font: expect.objectContaining({ bold: true }),
      fill: { color: '#DDEBF7', pattern: 'Solid' },
    });
    expect(scores.at('C2').borders.top).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
    expect(scores.validations).toContainEqual({
      address: 'C2:C5',
      rule: { decimal: { formula1: 0, formula2: 30, operator: 'Between' } },
      errorAlert: { message: 'Từ 0 đến 30 điểm', showAlert: true, style: 'Stop', title: 'BlocRank' },
    });
    expect(scores.validations.some((v) => JSON.stringify(v.rule).includes('"source":"Có,Không"'))).toBe(true);
    expect(scores.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(scores.columnWidths.get(2)).toBeCloseTo(40 * 5.25);
    expect(excel.workbook.active?.name).toBe('Cấu hình');
    expect(excel.workbook.selection).toEqual({ sheet: 'Cấu hình', address: 'B2' });

    // Fill in the year, the bloc and the units' scores: the workbook ranks.
    const settings = excel.workbook.sheet('Cấu hình')!;
    settings.setValues('B2', [[2025], ['Khối thử nghiệm']]);
    ['A', 'B', 'C', 'D'].forEach((name, i) =>
      scores.setValues(`B${i + 2}`, [[`Đơn vị ${name}`, 28 - i, 9, 14, 5, 9, 9, 14, 5, null, null]]),
    );
    settings.setValues('B6', [['Đơn vị A'], ['Đơn vị B']]);
    const ranked = await actions.rank({ lang: 'vi' });
    expect(ranked.status).toBe('ranked');
  });

  it('refuses when sheets of those names exist, naming them, and adds nothing', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Tiêu chí');
    excel.workbook.addSheet('Scores');
    const actions = createBlocActions(excel);
    const outcome = await actions.createWorkbook({ lang: 'vi', units: 3 });
    expect(outcome.ok).toBe(false);
    expect(outcome.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'EXCEL_SHEETS_EXIST' })]);
    expect(outcome.issues[0]!.message).toContain('"Tiêu chí", "Scores"');
    expect(excel.workbook.sheetNames()).toEqual(['Tiêu chí', 'Scores']);
  });

  it('creates an English workbook', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Sheet1');
    const actions = createBlocActions(excel);
    expect((await actions.createWorkbook({ lang: 'en', units: 2 })).ok).toBe(true);
    expect(excel.workbook.sheetNames()).toEqual(['Sheet1', 'Settings', 'Criteria', 'Scores']);
  });
});

describe('settings', () => {
  it('reads the editable settings and round-trips changes through the Cấu hình sheet', async () => {
    const { actions, excel } = setup();
    const read = await actions.readSettings({ lang: 'vi' });
    expect(read.settings).toEqual({
      provincialFlags: 1,
      certificates: 'auto',
      nominateGovernmentFlag: true,
      governmentFlagWithProvincial: true,
      tieBreak: 'Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ',
      bands: { excellent: 90, good: 70, complete: 50 },
      leaderSelection: 'rotate',
      year: 2024,
      bloc: 'Khối các cơ quan Đảng tỉnh',
      authority: 'TỈNH UỶ BẮC NINH',
      place: '',
      leader: 'Văn phòng Tỉnh uỷ',
      deputy: 'Ban Tổ chức Tỉnh uỷ',
      nextLeader: '',
      nextDeputy: '',
      blocDecision: '',
      bonusCapPercent: 10,
      awardGrade: 'HTXSNV',
    });
    const before = everything(excel.workbook);
    const changes = {
      provincialFlags: 2,
      certificates: 3,
      nominateGovernmentFlag: false,
      tieBreak: 'Điểm trừ; Số phiếu',
      bands: { excellent: 85, good: 70, complete: 50 },
      leaderSelection: 'elect' as const,
    };
    const written = await actions.writeSettings(changes, { lang: 'vi' });
    expect(written.ok).toBe(true);
    const changed = changedCells(before, everything(excel.workbook));
    expect(changed.every((c) => c.startsWith('Cấu hình!'))).toBe(true);
    expect(excel.workbook.sheet('Cấu hình')!.at('B9').value).toBe(3);
    const again = await actions.readSettings({ lang: 'vi' });
    expect(again.settings).toEqual({ ...read.settings, ...changes });
  });

  it('refuses invalid changes without writing', async () => {
    const { actions, excel } = setup();
    const before = everything(excel.workbook);
    const outcome = await actions.writeSettings({ provincialFlags: -2, tieBreak: 'Nhóm A; Tuổi' }, { lang: 'en' });
    expect(outcome.ok).toBe(false);
    expect(outcome.issues.map((i) => i.code)).toEqual(['VALUE_INVALID', 'TIE_BREAK_UNKNOWN']);
    expect(outcome.issues[1]).toMatchObject({ sheet: 'Cấu hình', cell: 'B11' });
    expect(changedCells(before, everything(excel.workbook))).toEqual([]);
  });

  it('shows the other settings while the year is missing, and reports it', async () => {
    const grid = sampleBook();
    const settings = grid.sheets.find((s) => s.name === 'Cấu hình')!;
    const rows = settings.rows.map((r) => [...r]);
    rows[3]![1] = null;
    const { actions } = setup(withSheet(grid, { name: 'Cấu hình', rows }));
    const read = await actions.readSettings({ lang: 'vi' });
    expect(read.settings?.provincialFlags).toBe(1);
    expect(read.issues).toContainEqual(expect.objectContaining({ code: 'SETTING_REQUIRED', cell: 'B4' }));
  });
});

describe('pledge', () => {
  it('previews, writes the pledge sheet (never replacing one without replace) and packs the .docx', async () => {
    const { actions, excel } = setup();
    const preview = await actions.previewPledge({ lang: 'vi' });
    expect(preview).toMatchObject({
      ok: true,
      year: 2025,
      leader: 'Ban Tổ chức Tỉnh uỷ',
      sheetName: 'Giao ước 2025',
      sheetExists: false,
    });
    expect(preview.signatories[0]).toBe('Ban Tổ chức Tỉnh uỷ');
    expect(preview.commitments.length).toBeGreaterThan(3);

    const written = await actions.writePledgeSheet({ lang: 'vi', replace: false });
    expect(written).toMatchObject({ ok: true, sheetName: 'Giao ước 2025' });
    // Shown, A1 selected, in the request that writes it.
    expect(excel.workbook.active?.name).toBe('Giao ước 2025');
    expect(excel.workbook.selection).toEqual({ sheet: 'Giao ước 2025', address: 'A1' });
    const sheet = excel.workbook.sheet('Giao ước 2025')!;
    expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });
    // The grid's page breaks reach Excel: each above the row a new page starts at, in order.
    expect(sheet.pageBreaksBefore.length).toBeGreaterThan(0);
    expect(sheet.pageBreaksBefore).toEqual([...sheet.pageBreaksBefore].sort((a, b) => a - b));
    expect(sheet.pageBreaksBefore.every((r) => r > 1)).toBe(true);
    expect(sheet.merges.length).toBeGreaterThan(5);
    const texts = sheet
      .values()
      .flat()
      .filter((v) => typeof v === 'string') as string[];
    expect(texts).toContain('GIAO ƯỚC THI ĐUA NĂM 2025');
    expect(excel.workbook.active?.name).toBe('Giao ước 2025');

    sheet.setValues('A1', [['sửa tay']]);
    const again = await actions.writePledgeSheet({ lang: 'vi', replace: false });
    expect(again.ok).toBe(false);
    expect(again.issues).toContainEqual(expect.objectContaining({ code: 'EXCEL_SHEET_EXISTS' }));
    expect(excel.workbook.sheet('Giao ước 2025')!.at('A1').value).toBe('sửa tay');
    expect((await actions.previewPledge({ lang: 'vi' })).sheetExists).toBe(true);

    const replaced = await actions.writePledgeSheet({ lang: 'vi', replace: true });
    expect(replaced.ok).toBe(true);
    expect(excel.workbook.sheet('Giao ước 2025')!.at('A1').value).not.toBe('sửa tay');
    expect(excel.workbook.sheetNames().filter((n) => n.startsWith('Giao ước'))).toEqual(['Giao ước 2025']);

    const docx = await actions.pledgeDocx({ lang: 'vi' });
    expect(docx.ok).toBe(true);
    expect(docx.fileName).toBe('giao-uoc-2025.docx');
    expect([...docx.bytes!.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('reports pledge errors (an unknown leader) with their cell and writes nothing', async () => {
    const grid = sampleBook();
    const settings = grid.sheets.find((s) => s.name === 'Cấu hình')!;
    const rows = settings.rows.map((r) => [...r]);
    rows[7]![1] = 'Ban Không Có';
    const { actions, excel } = setup(withSheet(grid, { name: 'Cấu hình', rows }));
    const preview = await actions.previewPledge({ lang: 'en' });
    expect(preview.ok).toBe(false);
    expect(preview.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Cấu hình', cell: 'B8' }),
    );
    const written = await actions.writePledgeSheet({ lang: 'en', replace: true });
    expect(written.ok).toBe(false);
    expect(excel.workbook.sheetNames().some((n) => n.startsWith('Giao ước'))).toBe(false);
    expect((await actions.pledgeDocx({ lang: 'en' })).bytes).toBeNull();
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell; a missing sheet is ignored', async () => {
    const { actions, excel } = setup();
    await actions.selectCell('Tiêu chí', 'D5');
    expect(excel.workbook.active?.name).toBe('Tiêu chí');
    expect(excel.workbook.selection).toEqual({ sheet: 'Tiêu chí', address: 'D5' });
    await expect(actions.selectCell('Không có', 'A1')).resolves.toBeUndefined();
  });
});

describe('the default host', () => {
  it('uses the global Excel.run (here the in-memory host installed as Office.js), with the web budget', async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = { Office: g.Office, Excel: g.Excel };
    try {
      const excel = installMemoryExcel(globalThis, new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) }));
      expect(defaultAdapterOptions().payloadBudget).toBe(WEB_PAYLOAD_BUDGET);
      const actions = createBlocActions();
      expect((await actions.detect()).kind).toBe('bloc');
      expect(excel.runs).toBe(1);
    } finally {
      g.Office = saved.Office;
      g.Excel = saved.Excel;
    }
  });
});

describe('result columns', () => {
  it('are the five of the contract', () => {
    expect(RESULT_COLUMNS).toEqual(['total', 'rank', 'grade', 'award', 'explanation']);
  });
});
