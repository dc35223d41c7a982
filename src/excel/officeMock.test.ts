/**
 * The Excel adapter against `office-addin-mock` (Microsoft's mock of the Office.js object model). Caveats
 * of that library: a property read before load + sync gives an error *string* instead of throwing, and a
 * misspelt member is silently accepted. So these tests assert on what the adapter wrote (every range it
 * asked for and every property it set, in order) and count round trips with a spy on `context.sync`;
 * read-before-load and spelling are covered by the in-memory host (memoryExcel.test.ts).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it, vi } from 'vitest';
import { sampleBook } from '../grid/_lib/sampleBook.js';
import type { CellValue, SheetGrid } from '../grid/types.js';
import { createBlocActions } from './createBlocActions.js';
import { writeResultCells } from './rank.js';
import { UNDO_SETTINGS_KEY, undoStoreIn, type SettingsLike } from './_lib/undoStore.js';

type Mock = OfficeMockObject & Record<string, unknown>;

/** What the adapter did to a sheet's ranges, in order. */
interface Written {
  readonly sheet: string;
  /** `A1-style box` of the range and what was set or called on it. */
  readonly range: { top: number; left: number; rows: number; cols: number };
  readonly what: string;
  readonly value?: unknown;
}

/** A range the adapter writes to: records every set and call, answers the snapshot loads. */
function recordingRange(
  sheet: string,
  box: Written['range'],
  log: Written[],
  current: (r: number, c: number) => CellValue,
): unknown {
  const record = (what: string, value?: unknown) => log.push({ sheet, range: box, what, value });
  const grid = <T>(f: (r: number, c: number) => T): T[][] =>
    Array.from({ length: box.rows }, (_, i) =>
      Array.from({ length: box.cols }, (_, j) => f(box.top + i, box.left + j)),
    );
  const font: Record<string, unknown> = {};
  const fill = {
    clear: () => record('format.fill.clear'),
    set color(v: string) {
      record('format.fill.color', v);
    },
  };
  const format: Record<string, unknown> = {
    fill,
    font: new Proxy(font, { set: (_t, k, v) => (record(`format.font.${String(k)}`, v), true) }),
    load: (props: string) => {
      record(`load format.${props}`);
      format.columnWidth = 48;
    },
  };
  const range: Record<string, unknown> = {
    format: new Proxy(format, {
      set: (_t, k, v) => (record(`format.${String(k)}`, v), true),
      get: (t, k) => t[k as string],
    }),
    load: (props: string) => {
      record(`load ${props}`);
      range.formulas = grid((r, c) => current(r, c) ?? '');
      range.numberFormat = grid(() => 'General');
      return range;
    },
    getCellProperties: () => {
      record('getCellProperties');
      return {
        value: grid(() => ({ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false } } })),
      };
    },
    getCell: (i: number, j: number) =>
      recordingRange(sheet, { top: box.top + i, left: box.left + j, rows: 1, cols: 1 }, log, current),
  };
  return new Proxy(range, {
    set: (t, k, v) => {
      if (k === 'values' || k === 'numberFormat' || k === 'formulas') record(String(k), v);
      t[k as string] = v;
      return true;
    },
  });
}

/** An office-addin-mock Excel over grids: sheet names, used ranges (mock objects), recording ranges. */
function mockExcel(sheets: readonly SheetGrid[]) {
  const log: Written[] = [];
  const mocks: Mock[] = [];
  const sheetMocks = sheets.map((s) => {
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    const values = s.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? '') as unknown));
    const used = new OfficeMockObject({ values, rowIndex: 0, columnIndex: 0, isNullObject: false }) as Mock;
    // Office.js makes isNullObject readable after any load; office-addin-mock needs it loaded by name.
    const load = used.load.bind(used);
    used.load = ((p: string) => (load(p), load('isNullObject'), used)) as Mock['load'];
    mocks.push(used);
    const current = (r: number, c: number): CellValue => (s.rows[r]?.[c] ?? null) as CellValue;
    const sheet = new OfficeMockObject({
      name: s.name,
      getUsedRangeOrNullObject: () => used,
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) =>
        recordingRange(s.name, { top, left, rows, cols }, log, current),
    }) as Mock;
    mocks.push(sheet);
    return sheet;
  });
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          load: function (this: Mock) {
            for (const m of sheetMocks) m.load('name');
            this.items = sheetMocks;
            return this;
          },
          getItem: (name: string) => sheetMocks[sheets.findIndex((s) => s.name === name)],
        },
      },
      sync: async () => {
        for (const m of mocks) await m.sync();
        await new Promise((r) => setTimeout(r, 0));
      },
    },
    run: async function (this: Mock, batch: (context: unknown) => Promise<unknown>) {
      return batch((this as unknown as { context: unknown }).context);
    },
  }) as Mock;
  const context = (excel as unknown as { context: { sync: () => Promise<void> } }).context;
  const sync = vi.spyOn(context, 'sync');
  return { excel, log, sync };
}

describe('Excel adapter against office-addin-mock', () => {
  it('ranks a bloc in 3 syncs and writes only the result cells of the scores sheet', async () => {
    const book = sampleBook();
    const { excel, log, sync } = mockExcel(book.sheets);
    const actions = createBlocActions({
      run: (batch) => (excel as unknown as { run: typeof batch }).run(batch as never) as never,
    });
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    expect(sync).toHaveBeenCalledTimes(3);

    const writes = log.filter((w) => w.what === 'values');
    expect(writes.length).toBeGreaterThan(0);
    // Scores sheet: header in row 2 (0-based 1), units in rows 3..7, results in columns S..W (0-based 18..22).
    for (const w of log.filter((l) => !l.what.startsWith('load') && l.what !== 'getCellProperties')) {
      expect(w.sheet).toBe('Chấm điểm');
      expect(w.range.left).toBeGreaterThanOrEqual(18);
      expect(w.range.left + w.range.cols - 1).toBeLessThanOrEqual(22);
      expect(w.range.top).toBeGreaterThanOrEqual(1);
      expect(w.range.top + w.range.rows - 1).toBeLessThanOrEqual(6);
    }
    const header = writes.find((w) => w.range.top === 1)!;
    expect(header.value).toEqual([['Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']]);
    const body = writes.find((w) => w.range.top === 2)!;
    expect((body.value as unknown[][]).length).toBe(5);
    // Award rows are filled, after the block's fill was cleared; the snapshot is loaded before any write.
    expect(log.some((l) => l.what === 'format.fill.color' && l.value === '#FFF2CC')).toBe(true);
    const firstWrite = log.findIndex((l) => l.what === 'values');
    expect(log.findIndex((l) => l.what === 'getCellProperties')).toBeLessThan(firstWrite);
    expect(log.findIndex((l) => l.what.startsWith('load formulas'))).toBeLessThan(firstWrite);
  });

  it('writes formula-like text into Text-formatted cells, the format set before the value', async () => {
    const { excel, log, sync } = mockExcel([{ name: 'Chấm điểm', rows: [['Đơn vị']] }]);
    const texts = ['=1+1', '+84', '-x', '@y', 'thường'];
    await (excel as unknown as { run: (b: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> }).run(
      (context) =>
        writeResultCells(
          context,
          'Chấm điểm',
          texts.map((value, i) => ({ sheet: 'Chấm điểm', row: 2 + i, col: 3, value, role: 'result' as const })),
          { name: 'Chấm điểm', rows: [['Đơn vị']] },
          4_500_000,
        ),
    );
    expect(sync).toHaveBeenCalledTimes(1);
    const formats = log.filter((l) => l.what === 'numberFormat');
    expect(formats.map((f) => [f.range.top, f.value])).toEqual([
      [1, [['@']]],
      [2, [['@']]],
      [3, [['@']]],
      [4, [['@']]],
    ]);
    const valuesAt = log.findIndex((l) => l.what === 'values');
    expect(log.findLastIndex((l) => l.what === 'numberFormat')).toBeLessThan(valuesAt);
    expect(log[valuesAt]!.value).toEqual(texts.map((t) => [t]));
  });
});

describe('issue 13 against office-addin-mock', () => {
  it('gives created result columns their width and wraps explanations, in the same 3 syncs', async () => {
    const book = sampleBook();
    const { excel, log, sync } = mockExcel(book.sheets);
    const actions = createBlocActions({
      run: (batch) => (excel as unknown as { run: typeof batch }).run(batch as never) as never,
    });
    const outcome = await actions.rank({ lang: 'en' });
    expect(outcome.status).toBe('ranked');
    expect(sync).toHaveBeenCalledTimes(3);
    // Widths: one per created column, on the header row (0-based 1), after its width was loaded.
    const widths = log.filter((l) => l.what === 'format.columnWidth');
    expect(widths.map((w) => [w.range.left, w.value])).toEqual([
      [18, 57.75],
      [19, 47.25],
      [20, 157.5],
      [21, 178.5],
      [22, 472.5],
    ]);
    expect(log.findIndex((l) => l.what === 'load format.columnWidth')).toBeLessThan(
      log.findIndex((l) => l.what === 'format.columnWidth'),
    );
    // Explanations (column W, 0-based 22) wrap, top-aligned, on the unit rows only.
    const wraps = log.filter((l) => l.what === 'format.wrapText' && l.range.top > 1);
    expect(wraps.map((w) => [w.range.left, w.range.top, w.range.rows, w.value])).toEqual([[22, 2, 5, true]]);
    expect(log.filter((l) => l.what === 'format.verticalAlignment' && l.range.top > 1).map((l) => l.value)).toEqual([
      'Top',
    ]);
    // The workbook is Vietnamese: its cells are Vietnamese although the pane asked in English.
    const header = log.find((w) => w.what === 'values' && w.range.top === 1)!;
    expect(header.value).toEqual([['Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']]);
  });

  it('keeps the undo in the document’s settings (Office.Settings mocked) and reads it back in a new session', async () => {
    const staged = new OfficeMockObject({
      store: {} as Record<string, unknown>,
      get(name: string) {
        return (this as unknown as { store: Record<string, unknown> }).store[name] ?? null;
      },
      set(name: string, value: unknown) {
        (this as unknown as { store: Record<string, unknown> }).store[name] = value;
      },
      remove(name: string) {
        delete (this as unknown as { store: Record<string, unknown> }).store[name];
      },
      saveAsync(callback: (r: { status: string }) => void) {
        callback({ status: 'succeeded' });
      },
    }) as unknown as SettingsLike & { store: Record<string, unknown> };
    const save = vi.spyOn(staged, 'saveAsync');
    const { excel } = mockExcel(sampleBook().sheets);
    const run = (batch: never) => (excel as unknown as { run: (b: never) => never }).run(batch);
    const actions = createBlocActions({ run } as never, { undoStore: undoStoreIn(staged) });
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status === 'ranked' && outcome.undoKeep).toBe('document');
    expect(save).toHaveBeenCalledTimes(1);
    const kept = JSON.parse(String(staged.store[UNDO_SETTINGS_KEY])) as { sheet: string; cells: number };
    expect(kept.sheet).toBe('Chấm điểm');
    expect(kept.cells).toBeGreaterThan(0);
    expect(createBlocActions({ run } as never, { undoStore: undoStoreIn(staged) }).canUndo()).toBe(true);
  });

  it('registers one onChanged handler for every sheet and reports only edits of the bloc’s data sheets', async () => {
    let handler: ((e: { worksheetId: string; address: string }) => Promise<void>) | null = null;
    const add = vi.fn((h: typeof handler) => {
      handler = h;
      return { context: { sync: async () => undefined }, remove: vi.fn() };
    });
    const sheets = ['Chấm điểm', 'Ghi chép', 'Cấu hình', 'Giao ước 2026'].map(
      (name, i) => new OfficeMockObject({ name, id: `{id-${i}}` }) as Mock,
    );
    const collection = {
      onChanged: { add },
      load: function (this: Record<string, unknown>) {
        for (const s of sheets) (s as unknown as { load: (p: string) => void }).load('name,id');
        this.items = sheets;
        return this;
      },
    };
    const context = {
      workbook: { worksheets: collection },
      sync: vi.fn(async () => {
        for (const s of sheets) await s.sync();
      }),
    };
    const actions = createBlocActions({ run: (batch) => batch(context as never) });
    const seen: string[] = [];
    await actions.watch((c) => seen.push(`${c.sheet}!${c.address}`));
    expect(add).toHaveBeenCalledTimes(1);
    expect(context.sync).toHaveBeenCalledTimes(2);
    await handler!({ worksheetId: '{id-0}', address: 'D5' });
    await handler!({ worksheetId: '{id-1}', address: 'A1' });
    await handler!({ worksheetId: '{id-2}', address: 'B9' });
    await handler!({ worksheetId: '{id-3}', address: 'A3' });
    expect(seen).toEqual(['Chấm điểm!D5', 'Cấu hình!B9']);
  });
});
