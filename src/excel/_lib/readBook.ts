import { matchHeader } from '../../grid/matchHeader.js';
import { SHEET_NAMES } from '../../grid/names.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../grid/types.js';
import { appendRows, toSheetGrid } from './cellValues.js';
import { isPayloadError } from './issues.js';
import { jsonSize } from './payload.js';

/** What the workbook holds, as read for one action. */
export interface BookRead {
  /** Every sheet name, in tab order. */
  readonly names: readonly string[];
  /** The sheets read (those of a bloc role), in tab order, as grids from A1. */
  readonly grid: WorkbookGrid;
}

/** A sheet whose name plays a role in a bloc workbook (settings, criteria, scores, history, pledge). */
export const isBlocSheet = (name: string): boolean => matchHeader(name, SHEET_NAMES) !== null;

/**
 * Reads the bloc's sheets in one batch, whatever their size: the sheet names (sync 1), then the used
 * range of every sheet whose name plays a bloc role — values and position, all sheets in one request
 * (sync 2). Other sheets are never read. Values become grid cells (`toCellValue`).
 *
 * When Excel refuses the response for its size (Excel on the web: 5 MB, e.g. a second run over
 * thousands of units with their explanations), the sheets are read again in row blocks sized from the
 * bytes per row seen, one request each — more syncs, but never a failed run.
 */
export async function readBook(
  context: Excel.RequestContext,
  budget: number,
  pick: (name: string) => boolean = isBlocSheet,
): Promise<BookRead> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  await context.sync();
  const items = collection.items;
  const names = items.map((s) => s.name);
  const chosen = items.filter((s) => pick(s.name)).map((sheet) => ({ sheet, name: sheet.name }));
  return { names, grid: { sheets: await readSheets(context, chosen, budget) } };
}

/** A sheet to read and its name (known from an earlier load, so no extra round trip). */
export interface NamedSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
}

/** The used ranges of `sheets` in one request (blocks when too large), as grids from A1. */
export async function readSheets(
  context: Excel.RequestContext,
  sheets: readonly NamedSheet[],
  budget: number,
): Promise<SheetGrid[]> {
  if (sheets.length === 0) return [];
  const ranges = sheets.map((s) => s.sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readInBlocks(context, sheets, budget);
  }
  return sheets.map((s, i) => {
    const r = ranges[i]!;
    return r.isNullObject ? { name: s.name, rows: [] } : toSheetGrid(s.name, r.values, r.rowIndex, r.columnIndex);
  });
}

/** Sheets up to this many cells are read whole, together, in the fallback. */
const SMALL_SHEET_CELLS = 5000;
/** The first block of a large sheet, before its bytes per row are known. */
const FIRST_BLOCK_ROWS = 1000;

/**
 * The fallback for large sheets: the used-range geometry (one request), the small sheets together (one
 * request), then each large sheet in row blocks, one request each, sized from the bytes per row of the
 * previous block (halved and retried when Excel still refuses one).
 */
async function readInBlocks(
  context: Excel.RequestContext,
  sheets: readonly NamedSheet[],
  budget: number,
): Promise<SheetGrid[]> {
  const used = sheets.map((s) => s.sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();
  const grids: Array<SheetGrid | null> = sheets.map((s, i) => (used[i]!.isNullObject ? { name: s.name, rows: [] } : null));

  const small = sheets
    .map((s, i) => ({ ...s, i, u: used[i]! }))
    .filter(({ i, u }) => grids[i] === null && u.rowCount * u.columnCount <= SMALL_SHEET_CELLS);
  if (small.length > 0) {
    const ranges = small.map(({ sheet, u }) =>
      sheet.getRangeByIndexes(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount).load('values'),
    );
    await context.sync();
    small.forEach(({ name, i, u }, k) => (grids[i] = toSheetGrid(name, ranges[k]!.values, u.rowIndex, u.columnIndex)));
  }

  for (let i = 0; i < sheets.length; i++) {
    if (grids[i] !== null) continue;
    const { sheet, name } = sheets[i]!;
    const u = used[i]!;
    const rows: CellValue[][] = [];
    for (let r = 0; r < u.rowIndex; r++) rows.push([]);
    let rowsPerRequest = FIRST_BLOCK_ROWS;
    let done = 0;
    while (done < u.rowCount) {
      const n = Math.min(rowsPerRequest, u.rowCount - done);
      const block = sheet.getRangeByIndexes(u.rowIndex + done, u.columnIndex, n, u.columnCount).load('values');
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || n === 1) throw error;
        rowsPerRequest = Math.max(1, Math.floor(n / 2));
        continue;
      }
      appendRows(rows, block.values, u.columnIndex);
      const perRow = jsonSize(block.values) / n;
      rowsPerRequest = Math.max(1, Math.min(50_000, Math.floor((budget * 0.8) / Math.max(1, perRow))));
      done += n;
    }
    grids[i] = { name, rows };
  }
  return grids as SheetGrid[];
}
