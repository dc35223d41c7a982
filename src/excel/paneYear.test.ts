/**
 * What issue 13 asks of the Excel adapter, against the in-memory host (real Office.js semantics: queued
 * commands, load before read, payload limits, onChanged events): result cells in the workbook's language,
 * badges' marks, results read back on open (fresh or stale), the change watcher, undo kept in the document's
 * add-in settings (bounded), widths and wrap of created result columns (undone too), the first-run checklist,
 * and the syncs per click.
 */
import { describe, expect, it } from 'vitest';
import { BAND_LABELS } from '../core/labels.js';
import { sampleBook } from '../grid/_lib/sampleBook.js';
import type { SheetChange } from './actions.js';
import { createBlocActions } from './createBlocActions.js';
import { UNDO_SETTINGS_KEY, undoStoreIn, type SettingsLike } from './_lib/undoStore.js';
import { blocGrid, workbookFromGrid } from './testing/blocWorkbook.js';
import { MemoryExcel, MemoryWorkbook } from './testing/memoryExcel.js';
import { spied } from './testing/spiedHost.js';

/** The document's add-in settings as Office keeps them: `saveAsync` persists what `set` staged. */
function documentSettings(): SettingsLike & { saved: Map<string, unknown>; saves: number } {
  const staged = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const settings = {
    saved,
    saves: 0,
    get: (k: string) => (staged.has(k) ? staged.get(k) : null),
    set: (k: string, v: unknown) => void staged.set(k, v),
    remove: (k: string) => void staged.delete(k),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      settings.saves++;
      saved.clear();
      for (const [k, v] of staged) saved.set(k, v);
      cb?.({ status: 'succeeded' });
    },
  };
  return settings;
}

/** The English sample: same bloc, English sheet names and headers. */
function englishBook(): MemoryWorkbook {
  const book = workbookFromGrid(blocGrid(6));
  const en = new MemoryWorkbook();
  for (const s of book.sheets) en.addSheet(s.name, s.values());
  return en;
}

/** Cells that differ between two sheet snapshots (a blank default cell equals a missing one). */
function changed<T>(before: Map<string, T>, after: Map<string, T>): string[] {
  const blank = JSON.stringify(new MemoryWorkbook().addSheet('x').cell(1, 1));
  const text = (m: Map<string, T>, k: string) => (m.has(k) ? JSON.stringify(m.get(k)) : blank);
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => text(before, k) !== text(after, k));
}

const RESULT = { total: 19, rank: 20, grade: 21, award: 22, explanation: 23 } as const;

describe('results in the workbook’s language, whatever the pane’s', () => {
  it('an English pane on a Vietnamese workbook writes Vietnamese cells and shows English explanations', async () => {
    const vi1 = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const vi2 = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const en = await createBlocActions(vi1).rank({ lang: 'en' });
    await createBlocActions(vi2).rank({ lang: 'vi' });
    expect(en.status).toBe('ranked');
    const a = vi1.workbook.sheet('Chấm điểm')!;
    const b = vi2.workbook.sheet('Chấm điểm')!;
    for (let row = 2; row <= 7; row++)
      for (let col = RESULT.total; col <= RESULT.explanation; col++)
        expect(a.cell(row, col).value).toEqual(b.cell(row, col).value);
    expect(a.cell(2, RESULT.grade).value).toBe('Xếp loại');
    expect(Object.values(BAND_LABELS).map((l) => l.vi)).toContain(a.cell(3, RESULT.grade).value);
    // The pane's own texts follow the pane: explanations in English.
    if (en.status !== 'ranked') return;
    expect(en.rows[0]!.explanation).not.toBe(a.cell(en.rows[0]!.row, RESULT.explanation).value);
    expect(en.rows[0]!.explanation).toMatch(/[Rr]ank/);
  });

  it('a Vietnamese pane on an English workbook writes English cells', async () => {
    const excel = new MemoryExcel({ workbook: englishBook() });
    const scores = excel.workbook.sheets.find((s) => /Scores|Chấm điểm/.test(s.name))!;
    const outcome = await createBlocActions(excel).rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    if (outcome.status !== 'ranked') return;
    const lang = outcome.state!.lang;
    const grades = Object.values(BAND_LABELS).map((l) => l[lang]);
    expect(grades).toContain(
      scores.cell(outcome.rows[0]!.row, outcome.state ? findCol(scores, lang === 'en' ? 'Grade' : 'Xếp loại') : 0)
        .value,
    );
  });
});

/** The 1-based column of a header text in the sheet's header row. */
function findCol(sheet: ReturnType<MemoryWorkbook['addSheet']>, header: string): number {
  for (let row = 1; row <= 5; row++)
    for (let col = 1; col <= 40; col++) if (sheet.cell(row, col).value === header) return col;
  return 0;
}

describe('badges: machine-readable action items of every unit', () => {
  it('marks the disciplined unit, and counts units outside the number of proposals', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const outcome = await createBlocActions(excel).rank({ lang: 'vi' });
    if (outcome.status !== 'ranked') throw new Error('not ranked');
    const danVan = outcome.rows.find((r) => r.unit === 'Ban Dân vận Tỉnh uỷ')!;
    expect(danVan.marks).toContain('discipline');
    expect(danVan.awards).toEqual([]);
    for (const r of outcome.rows) {
      if (r.awards.length > 0) expect(r.marks).not.toContain('outOfQuota');
      expect(r.pending).toBe(r.marks.includes('pendingTie'));
    }
  });
});

describe('stale and fresh', () => {
  it('reads the results back on open: fresh after a ranking, stale once a score changed', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const first = await createBlocActions(excel).rank({ lang: 'vi' });
    if (first.status !== 'ranked') throw new Error('not ranked');

    // The pane is closed and opened again: a new session reads what the columns hold.
    const state = await createBlocActions(excel).detect({ lang: 'vi' });
    if (state.kind !== 'bloc') throw new Error('not a bloc');
    expect(state.stored?.fresh).toBe(true);
    expect(state.stored?.rows.map((r) => [r.unit, r.rank, r.total, r.awards])).toEqual(
      first.rows.map((r) => [r.unit, r.rank, r.total, r.awards]),
    );

    excel.edit('Chấm điểm', 'C7', [[29.5]]);
    const after = await createBlocActions(excel).detect({ lang: 'vi' });
    if (after.kind !== 'bloc') throw new Error('not a bloc');
    expect(after.stored?.fresh).toBe(false);
    // Read back from the cells as they stand: the old ranks, totals and awards.
    const old = new Map(first.rows.map((r) => [r.unit, r]));
    for (const r of after.stored!.rows) {
      expect(r.rank).toBe(old.get(r.unit)!.rank);
      expect(r.total).toBe(old.get(r.unit)!.total);
      expect(r.awards).toEqual(old.get(r.unit)!.awards);
      expect(r.grade).toBe(old.get(r.unit)!.grade);
    }
  });

  it('notices edits of the bloc sheets, not BlocRank’s own result cells, nor other sheets', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    excel.workbook.addSheet('Giao ước 2025', [['GIAO ƯỚC']]);
    const actions = createBlocActions(excel);
    await actions.detect({ lang: 'vi' });
    const seen: SheetChange[] = [];
    const stop = await actions.watch((c) => seen.push(c));

    await actions.rank({ lang: 'vi' });
    await actions.undo();
    excel.edit('Ghi chép', 'A2', [['ghi thêm']]);
    excel.edit('Giao ước 2025', 'A3', [['x']]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);

    excel.edit('Chấm điểm', 'D5', [[9]]);
    excel.edit('Cấu hình', 'B9', [[4]]);
    excel.workbook.addSheet('Bình bầu', [['Đơn vị']]);
    excel.edit('Bình bầu', 'B2', [[7]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((c) => `${c.sheet}!${c.address}`)).toEqual(['Chấm điểm!D5', 'Cấu hình!B9', 'Bình bầu!B2']);

    await stop();
    excel.edit('Chấm điểm', 'D6', [[9]]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(3);
  });
});

describe('undo survives closing the pane', () => {
  it('keeps the snapshot in the document’s add-in settings, and a new pane session undoes it', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const before = excel.workbook.sheet('Chấm điểm')!.snapshot();
    const settings = documentSettings();
    const first = createBlocActions(excel, { undoStore: undoStoreIn(settings) });
    const ranked = await first.rank({ lang: 'vi' });
    expect(ranked.status === 'ranked' && ranked.undoKeep).toBe('document');
    expect(typeof settings.saved.get(UNDO_SETTINGS_KEY)).toBe('string');
    // Never in a sheet.
    expect(excel.workbook.sheetNames()).toEqual(['Chấm điểm', 'Ghi chép', 'Tiêu chí', 'Cấu hình']);

    // Pane closed; opened again.
    const second = createBlocActions(excel, { undoStore: undoStoreIn(settings) });
    expect(second.canUndo()).toBe(true);
    expect(second.undoKeep()).toBe('document');
    expect((await second.undo()).ok).toBe(true);
    expect(changed(before, excel.workbook.sheet('Chấm điểm')!.snapshot())).toEqual([]);
    // Widths back to what they were (Excel's default, 48 pt).
    for (const w of excel.workbook.sheet('Chấm điểm')!.columnWidths.values()) expect(w).toBe(48);
    expect(settings.saved.has(UNDO_SETTINGS_KEY)).toBe(false);
    expect(createBlocActions(excel, { undoStore: undoStoreIn(settings) }).canUndo()).toBe(false);
  });

  it('over the bound, undo lasts only while the pane is open, and says so; an older snapshot is removed', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const settings = documentSettings();
    settings.set(UNDO_SETTINGS_KEY, JSON.stringify({ sheet: 'Chấm điểm', blocks: [], cells: 1 }));
    const actions = createBlocActions(excel, { undoStore: undoStoreIn(settings, 2_000) });
    const ranked = await actions.rank({ lang: 'vi' });
    expect(ranked.status === 'ranked' && ranked.undoKeep).toBe('session');
    expect(actions.undoKeep()).toBe('session');
    expect(settings.get(UNDO_SETTINGS_KEY)).toBeNull();
    expect(actions.canUndo()).toBe(true);
    expect((await actions.undo()).ok).toBe(true);
  });
});

describe('the same sheet as the CLI', () => {
  it('gives created result columns widths and wraps explanations; undo restores both', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const sheet = excel.workbook.sheet('Chấm điểm')!;
    const actions = createBlocActions(excel);
    await actions.rank({ lang: 'vi' });
    // RESULT_COLUMN_WIDTHS in characters × 5.25 pt (7 px at 0.75 pt).
    expect(sheet.columnWidths.get(RESULT.total)).toBeCloseTo(11 * 5.25, 1);
    expect(sheet.columnWidths.get(RESULT.explanation)).toBeCloseTo(90 * 5.25, 1);
    for (let row = 3; row <= 7; row++) {
      expect(sheet.cell(row, RESULT.explanation).wrapText).toBe(true);
      expect(sheet.cell(row, RESULT.explanation).verticalAlignment).toBe('Top');
      expect(sheet.cell(row, RESULT.total).wrapText).toBe(false);
    }
    // A second run finds everything in place.
    const again = await actions.rank({ lang: 'vi' });
    expect(again.status === 'ranked' && again.summary.cellsChanged).toBe(0);
    await actions.undo();
    expect(sheet.columnWidths.get(RESULT.explanation)).toBe(48);
    expect(sheet.cell(3, RESULT.explanation).wrapText).toBe(false);
  });
});

describe('first run', () => {
  it('fills Năm with the year given and reports every blank at once', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Sheet1');
    const actions = createBlocActions(excel);
    expect((await actions.createWorkbook({ lang: 'vi', units: 3, year: 2026 })).ok).toBe(true);
    expect(excel.workbook.sheet('Cấu hình')!.at('B2').value).toBe(2026);
    excel.edit('Chấm điểm', 'B2', [['Sở Nội vụ'], ['Sở Tư pháp']]);
    const state = await actions.detect({ lang: 'vi' });
    if (state.kind !== 'bloc') throw new Error('not a bloc');
    // Năm done; Tên khối blank; 2 units, every score cell blank (8 score criteria × 2).
    expect(state.checklist).toEqual({ year: true, bloc: false, units: true, scores: false, blankScores: 16 });
    expect(state.units).toBe(2);
  });

  it('adds only the missing sheets, in the language of those there', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Chấm điểm', [
      ['STT', 'Đơn vị'],
      [1, 'Sở Nội vụ'],
    ]);
    const actions = createBlocActions(excel);
    const state = await actions.detect();
    expect(state).toEqual({ kind: 'notBloc', conflicts: ['Chấm điểm'], missing: ['Cấu hình', 'Tiêu chí'] });
    expect((await actions.createWorkbook({ lang: 'en', units: 3, year: 2026, missingOnly: true })).ok).toBe(true);
    expect(excel.workbook.sheetNames()).toEqual(['Chấm điểm', 'Cấu hình', 'Tiêu chí']);
    expect(excel.workbook.sheet('Chấm điểm')!.at('B2').value).toBe('Sở Nội vụ');
    expect((await actions.detect()).kind).toBe('bloc');
  });
});

describe('syncs per click', () => {
  it('ranks in 3 syncs and returns the header’s state from the same read; settings save in 3', async () => {
    const excel = new MemoryExcel({
      workbook: workbookFromGrid(sampleBook()),
      requestLimit: Infinity,
      responseLimit: Infinity,
    });
    const host = spied(excel);
    const actions = createBlocActions(host, { payloadBudget: 48_000_000 });
    const outcome = await actions.rank({ lang: 'vi' });
    expect(host.syncs).toEqual([3]);
    expect(outcome.status === 'ranked' && outcome.state).toMatchObject({ kind: 'bloc', year: 2024, units: 5 });
    const saved = await actions.writeSettings({ provincialFlags: 2 }, { lang: 'vi' });
    expect(saved.ok).toBe(true);
    expect(host.syncs).toEqual([3, 3]);
    expect(saved.state).toMatchObject({ kind: 'bloc', units: 5, stored: null });
    // The form's new state comes from the same read: no fourth sync for the form.
    expect(saved.settings?.settings?.provincialFlags).toBe(2);
    expect(saved.settings?.units).toHaveLength(5);
    expect(excel.workbook.sheet('Cấu hình')!.at('B12').value).toBe(2);
  });
});

describe('every item of Cấu hình from the pane', () => {
  it('reads them with the roster for the pickers, and writes text items as typed, in 3 syncs', async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(sampleBook()) });
    const host = spied(excel);
    const actions = createBlocActions(host);
    const read = await actions.readSettings({ lang: 'en' });
    expect(read.lang).toBe('vi');
    expect(read.units).toEqual([
      'Văn phòng Tỉnh uỷ',
      'Ban Tổ chức Tỉnh uỷ',
      'Uỷ ban Kiểm tra Tỉnh uỷ',
      'Ban Dân vận Tỉnh uỷ',
      'Ban Nội chính Tỉnh uỷ',
    ]);
    expect(read.settings).toMatchObject({
      year: 2024,
      bloc: 'Khối các cơ quan Đảng tỉnh',
      leader: 'Văn phòng Tỉnh uỷ',
      nextLeader: '',
      awardGrade: 'HTXSNV',
    });
    host.syncs.length = 0;
    const saved = await actions.writeSettings(
      { nextLeader: 'Ban Dân vận Tỉnh uỷ', place: '=Bắc Ninh', year: 2025 },
      { lang: 'en' },
    );
    expect(saved.ok).toBe(true);
    expect(host.syncs).toEqual([3]);
    const sheet = excel.workbook.sheet('Cấu hình')!;
    expect(sheet.at('B4').value).toBe(2025);
    // A new item gets its own row, named in the workbook's language; formula-like text stays text.
    const rows = sheet.values();
    expect(rows.find((r) => r[0] === 'Khối trưởng năm sau')?.[1]).toBe('Ban Dân vận Tỉnh uỷ');
    const place = rows.findIndex((r) => r[0] === 'Địa danh');
    expect(sheet.cell(place + 1, 2)).toMatchObject({ value: '=Bắc Ninh', formula: null });
  });
});
