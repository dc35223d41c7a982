import { isBlank } from './_lib/cells.js';
import { findHeaderRow, type FoundHeader } from './findHeaderRow.js';
import { matchHeader } from './matchHeader.js';
import type { NameTable } from './names.js';
import type { CellValue, SheetGrid } from './types.js';

export interface FindHeaderRowsOptions {
  /** Whether a header cell names a criterion code (the lower row of a two-row header holds the codes). */
  readonly isCode: (value: CellValue) => boolean;
}

/** A table header of one or more rows (1-based). */
export interface HeaderRows extends FoundHeader {
  /** The first header row: the group row of a two-row header, else `row`. */
  readonly top: number;
  /**
   * The header read as one row: in each column the lowest non-blank cell from `top` to `row` (the
   * code under a group label; a key header merged down over both rows, whose value sits in `top`).
   */
  readonly cells: ReadonlyArray<CellValue>;
  /** The 1-based row each of `cells` came from (for issues naming a header cell). */
  readonly cellRows: readonly number[];
}

/**
 * The header of a table that may take two rows: a group row (merged cells such as "Nhóm A - …") above
 * the row of criterion codes. The first row holding the key header (`findHeaderRow`) is the top; the
 * header goes down to the bottom of the key cell's merge when `sheet.merges` says it is merged down,
 * or — without merge information — to the next row when that row has the key columns blank and names
 * more criterion codes than the top row. `row` is the lowest header row (the codes); units start under it.
 *
 * @example
 * findHeaderRows(
 *   { name: 'Chấm điểm', rows: [['STT', 'Đơn vị', 'Nhóm A - Chính trị', null], [null, null, 'A1', 'A2']] },
 *   SCORE_COLUMNS, 'unit', { isCode: (v) => v === 'A1' || v === 'A2' },
 * ) // { top: 1, row: 2, col: 2, lang: 'vi', cells: ['STT', 'Đơn vị', 'A1', 'A2'], cellRows: [1, 1, 2, 2] }
 */
export function findHeaderRows<K extends string>(
  sheet: SheetGrid,
  table: NameTable<K>,
  key: K,
  options: FindHeaderRowsOptions,
): HeaderRows | null {
  const found = findHeaderRow(sheet, table, key);
  if (!found) return null;
  const top = found.row;
  let bottom = top;
  const merge = sheet.merges?.find(
    (m) => m.top === top && m.left <= found.col && found.col <= m.right && m.bottom > top,
  );
  if (merge) bottom = merge.bottom;
  else if (isCodesRowBelow(sheet, top, table, options)) bottom = top + 1;

  const cells: CellValue[] = [];
  const cellRows: number[] = [];
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, sheet.rows[r - 1]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    let value: CellValue = null;
    let from = bottom;
    for (let r = bottom; r >= top; r--) {
      const v = sheet.rows[r - 1]?.[c];
      if (!isBlank(v)) {
        value = v ?? null;
        from = r;
        break;
      }
    }
    cells.push(value);
    cellRows.push(from);
  }
  return { ...found, top, row: bottom, cells, cellRows };
}

/**
 * The row under `top` completes the header: its key header columns (every cell of `top` that matches
 * a name of the table, e.g. STT and Đơn vị) are blank, and it names more criterion codes than `top`.
 */
function isCodesRowBelow<K extends string>(
  sheet: SheetGrid,
  top: number,
  table: NameTable<K>,
  options: FindHeaderRowsOptions,
): boolean {
  const upper = sheet.rows[top - 1] ?? [];
  const lower = sheet.rows[top] ?? [];
  let codesBelow = 0;
  for (let c = 0; c < lower.length; c++) {
    const v = lower[c];
    if (typeof v === 'string' && options.isCode(v)) codesBelow++;
  }
  if (codesBelow === 0) return false;
  let codesAbove = 0;
  for (let c = 0; c < upper.length; c++) {
    const v = upper[c];
    if (isBlank(v)) continue;
    if (matchHeader(v ?? null, table)) {
      if (!isBlank(lower[c])) return false;
    } else if (typeof v === 'string' && options.isCode(v)) codesAbove++;
  }
  return codesBelow > codesAbove;
}
