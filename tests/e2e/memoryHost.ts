/**
 * The in-memory Excel host as the browser sees it: bundled into an IIFE (global `__blocrankMemory`) and
 * added to the page with `addInitScript`; `install()` runs right after Office.js (appended to the routed
 * office.js), so the page's `Office.onReady` resolves with host Excel and `Excel.run` works on `host`.
 * Kept small (no Excel adapter, no engine beyond the preset), as it runs in every page before the pane.
 */
import { blocGrid, workbookFromGrid } from '../../src/excel/testing/blocWorkbook';
import { installMemoryExcel, MemoryExcel, MemoryWorkbook } from '../../src/excel/testing/memoryExcel';

export interface InstallOptions {
  /** Start with a generated bloc workbook of this many units (an empty workbook when absent). */
  readonly units?: number;
  /** Report Office's dark theme. */
  readonly dark?: boolean;
}

export let host: MemoryExcel | null = null;
let installed: InstallOptions = {};

/** Installs a new host (run right after office.js). */
export function install(options: InstallOptions = {}): MemoryExcel {
  const workbook = options.units ? workbookFromGrid(blocGrid(options.units)) : new MemoryWorkbook();
  if (!options.units) workbook.addSheet('Sheet1');
  host = new MemoryExcel({ workbook });
  installed = options;
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
  if (installed.dark) {
    const office = (globalThis as unknown as { Office: { context: { officeTheme: Record<string, string> } } }).Office;
    Object.assign(office.context.officeTheme, {
      bodyBackgroundColor: '#262626',
      bodyForegroundColor: '#FFFFFF',
      controlBackgroundColor: '#333333',
      controlForegroundColor: '#FFFFFF',
    });
  }
  return current;
}
