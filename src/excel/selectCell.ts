import type { ExcelHost } from './_lib/host.js';

/**
 * Shows a cell an issue names: activates its sheet and selects the cell. Best effort — a sheet renamed
 * or deleted since the issue was reported leaves the selection as it was (the pane stays usable).
 */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  } catch {
    // Nothing to show: the sheet or cell no longer exists.
  }
}
