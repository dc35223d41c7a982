/**
 * The in-memory Excel host as the browser sees it: bundled into an IIFE (global `__blocrankMemory`) and
 * added to the page with `addInitScript`; `install()` runs right after Office.js (appended to the routed
 * office.js), so the page's `Office.onReady` resolves with host Excel and `Excel.run` works on `host`.
 * Kept small (no Excel adapter, no engine beyond the preset), as it runs in every page before the pane.
 *
 * With `persist`, the workbook (cells, formats, widths, and the document's add-in settings) is kept in
 * sessionStorage when the page unloads and found again on the next load: closing the pane and reopening
 * the workbook, as Excel does with a saved file.
 */
import { blocGrid, workbookFromGrid } from '../../src/excel/testing/blocWorkbook';
import { installMemoryExcel, MemoryExcel, MemorySheet, MemoryWorkbook } from '../../src/excel/testing/memoryExcel';

export interface InstallOptions {
  /** Start with a generated bloc workbook of this many units (an empty workbook when absent). */
  readonly units?: number;
  /** Report Office's dark theme. */
  readonly dark?: boolean;
  /** Office's display language (default vi-VN). */
  readonly displayLanguage?: string;
  /** Keep the workbook across reloads (sessionStorage). */
  readonly persist?: boolean;
  /** Desktop Excel: no payload limit, platform PC (the adapter then writes in one request). */
  readonly desktop?: boolean;
}

const KEY = 'blocrank.e2e.workbook';

export let host: MemoryExcel | null = null;
let installed: InstallOptions = {};

interface SavedSheet {
  readonly name: string;
  readonly rows: unknown[];
  readonly widths: Array<[number, number]>;
  readonly heights: Array<[number, number]>;
  readonly frozenRows: number;
  readonly merges: string[];
}

function save(book: MemoryWorkbook): void {
  const sheets: SavedSheet[] = book.sheets.map((s) => ({
    name: s.name,
    rows: s.rows,
    widths: [...s.columnWidths],
    heights: [...s.rowHeights],
    frozenRows: s.frozenRows,
    merges: [...s.merges],
  }));
  sessionStorage.setItem(KEY, JSON.stringify({ sheets, settings: [...book.settings] }));
}

function restore(): MemoryWorkbook | null {
  const text = sessionStorage.getItem(KEY);
  if (!text) return null;
  const saved = JSON.parse(text) as { sheets: SavedSheet[]; settings: Array<[string, unknown]> };
  const book = new MemoryWorkbook();
  for (const s of saved.sheets) {
    const sheet: MemorySheet = book.addSheet(s.name);
    sheet.rows = s.rows.map((r) =>
      Array.isArray(r) ? r.map((c) => (c === null ? undefined : c)) : undefined,
    ) as MemorySheet['rows'];
    for (const [c, w] of s.widths) sheet.columnWidths.set(c, w);
    for (const [r, h] of s.heights) sheet.rowHeights.set(r, h);
    sheet.frozenRows = s.frozenRows;
    sheet.merges.push(...s.merges);
  }
  for (const [k, v] of saved.settings) book.settings.set(k, v);
  return book;
}

/** Installs a new host (run right after office.js). */
export function install(options: InstallOptions = {}): MemoryExcel {
  let workbook = options.persist ? restore() : null;
  if (!workbook) {
    workbook = options.units ? workbookFromGrid(blocGrid(options.units)) : new MemoryWorkbook();
    if (!options.units) workbook.addSheet('Sheet1');
  }
  host = new MemoryExcel(
    options.desktop ? { workbook, requestLimit: Infinity, responseLimit: Infinity } : { workbook },
  );
  installed = options;
  if (options.persist) {
    const book = workbook;
    addEventListener('pagehide', () => save(book));
  }
  return apply(host);
}

/**
 * Installs the same host again: Office.js's loader, once its mapping table runs outside an Office client,
 * puts its own `Office.context` (without a theme) in place; this runs right after it.
 */
export function reinstall(): void {
  if (host) apply(host);
}

function apply(current: MemoryExcel): MemoryExcel {
  installMemoryExcel(globalThis, current);
  const office = (
    globalThis as unknown as { Office: { context: { officeTheme: Record<string, string>; displayLanguage: string } } }
  ).Office;
  if (installed.displayLanguage) office.context.displayLanguage = installed.displayLanguage;
  if (installed.desktop) (office.context as unknown as { platform: string }).platform = 'PC';
  if (installed.dark) {
    Object.assign(office.context.officeTheme, {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#333333',
      controlForegroundColor: '#FFFFFF',
    });
  }
  return current;
}

/** Switches Office's theme while the pane is open (the pane follows it). */
export function setDark(dark: boolean): void {
  const office = (globalThis as unknown as { Office: { context: { officeTheme: Record<string, string> } } }).Office;
  office.context.officeTheme.bodyBackgroundColor = dark ? '#262626' : '#FFFFFF';
}
