import type { CellValue, CellWrite, SheetGrid } from '../../grid/types.js';
import { sameCellValue } from './cellValues.js';
import { COMMAND_BYTES, jsonSize } from './payload.js';
import { needsTextFormat } from './textCells.js';

/** A rectangle of result cells written together (header cells, or unit rows × consecutive result columns). */
export interface ResultBlock {
  /** 0-based position and size on the scores sheet. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  /** Created result headers (bold, centred) rather than unit results (award rows filled). */
  readonly header: boolean;
  /** What to write; `null` leaves a cell as it is. */
  readonly values: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** Per row: an award row, whose result cells are highlighted. */
  readonly award: readonly boolean[];
  /** Whether any value differs from what the sheet holds (else the values are not written again). */
  readonly writeValues: boolean;
  /** Columns (0-based in the block) whose cells wrap, top-aligned (the explanations, as the CLI writes them). */
  readonly wrapCols: readonly number[];
  /** Header blocks: the width (Excel characters) of each created column, by 0-based column in the block. */
  readonly widths: ReadonlyArray<readonly [number, number]>;
  /** Cells (0-based in the block) whose text must go into a Text-formatted cell to stay text. */
  readonly textCells: ReadonlyArray<readonly [number, number]>;
  /** The values read from the sheet, for the undo snapshot and the change count. */
  readonly before: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Estimated request and response bytes (writes, and the snapshot loaded in the same request). */
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** Bytes of one cell's `getCellProperties` answer for the fill (`{"format":{"fill":{…}}}`). */
const FILL_PROPS_BYTES = 64;
/** … and for a header cell (fill, bold, alignment, wrap). */
const HEADER_PROPS_BYTES = 180;
const NUMBER_FORMAT_BYTES = 12;
/** … plus wrap and vertical alignment, for every cell of a block with a wrapped column (loaded together). */
const WRAP_PROPS_BYTES = 64;
/** Excel range writes stay well below these, so a slow host never meets one huge command. */
const MAX_BLOCK_ROWS = 5000;

/**
 * Plans the writes of a ranking run as rectangles: the created headers, then unit rows grouped into runs
 * of consecutive rows (never a row between units: it is not a result cell) × runs of consecutive result
 * columns, each block at most `maxBlockBytes` of values and 5,000 rows, so a request can be kept under
 * the host's payload limit. `sheet` is the scores sheet as read, to compare against.
 */
export function planResultBlocks(writes: readonly CellWrite[], sheet: SheetGrid, maxBlockBytes: number): ResultBlock[] {
  const current = (row: number, col: number): CellValue => sheet.rows[row - 1]?.[col - 1] ?? null;
  const headers = writes.filter((w) => w.role === 'header');
  const body = writes.filter((w) => w.role !== 'header');
  const blocks: ResultBlock[] = [];

  const runs = (sorted: readonly number[]): number[][] => {
    const out: number[][] = [];
    for (const n of sorted) {
      const last = out[out.length - 1];
      if (last && last[last.length - 1] === n - 1) last.push(n);
      else out.push([n]);
    }
    return out;
  };
  const make = (rowsOf: readonly number[], cols: readonly number[], header: boolean, cell: Map<number, Map<number, CellWrite>>) => {
    const values: Array<Array<string | number | null>> = [];
    const before: CellValue[][] = [];
    const award: boolean[] = [];
    const textCells: Array<[number, number]> = [];
    let writeValues = false;
    const wrapCols = new Set<number>();
    const widths = new Map<number, number>();
    rowsOf.forEach((row, i) => {
      const line: Array<string | number | null> = [];
      const was: CellValue[] = [];
      let isAward = false;
      cols.forEach((col, j) => {
        const w = cell.get(row)?.get(col);
        const old = current(row, col);
        was.push(old);
        if (!w) {
          line.push(null);
          return;
        }
        const v = w.value === null ? '' : w.value;
        line.push(v);
        if (w.role === 'award') isAward = true;
        if (w.wrap) wrapCols.add(j);
        if (w.width !== undefined) widths.set(j, w.width);
        if (!sameCellValue(old, w.value)) writeValues = true;
        if (typeof v === 'string' && needsTextFormat(v)) textCells.push([i, j]);
      });
      values.push(line);
      before.push(was);
      award.push(isAward);
    });
    const cells = rowsOf.length * cols.length;
    const awardRuns = runs(award.flatMap((a, i) => (a ? [i] : []))).length;
    const snapshot = writeValues || textCells.length > 0;
    blocks.push({
      top: rowsOf[0]! - 1,
      left: cols[0]! - 1,
      rows: rowsOf.length,
      cols: cols.length,
      header,
      values,
      award,
      writeValues,
      wrapCols: [...wrapCols].sort((a, b) => a - b),
      widths: [...widths],
      textCells,
      before,
      requestBytes:
        COMMAND_BYTES * (6 + awardRuns + textCells.length + 2 * (wrapCols.size + widths.size)) + (writeValues ? jsonSize(values) : 0),
      responseBytes:
        cells * (header ? HEADER_PROPS_BYTES : FILL_PROPS_BYTES) +
        (wrapCols.size > 0 ? cells * WRAP_PROPS_BYTES : 0) +
        widths.size * 32 +
        (snapshot ? jsonSize(before) + cells * NUMBER_FORMAT_BYTES : 0),
    });
  };
  const index = (list: readonly CellWrite[]) => {
    const m = new Map<number, Map<number, CellWrite>>();
    for (const w of list) {
      let r = m.get(w.row);
      if (!r) m.set(w.row, (r = new Map()));
      r.set(w.col, w);
    }
    return m;
  };

  if (headers.length > 0) {
    const byRow = index(headers);
    for (const [row, cols] of byRow) {
      for (const run of runs([...cols.keys()].sort((a, b) => a - b))) make([row], run, true, byRow);
    }
  }
  if (body.length > 0) {
    const byRow = index(body);
    const cols = [...new Set(body.map((w) => w.col))].sort((a, b) => a - b);
    const colRuns = runs(cols);
    for (const rowRun of runs([...byRow.keys()].sort((a, b) => a - b))) {
      for (const colRun of colRuns) {
        // Split the run of rows by size.
        let start = 0;
        let bytes = 0;
        for (let i = 0; i < rowRun.length; i++) {
          const row = rowRun[i]!;
          let rowBytes = 2;
          for (const col of colRun) {
            const w = byRow.get(row)?.get(col);
            rowBytes += w ? jsonSize(w.value) + 1 : 5;
          }
          if (i > start && (bytes + rowBytes > maxBlockBytes || i - start >= MAX_BLOCK_ROWS)) {
            make(rowRun.slice(start, i), colRun, false, byRow);
            start = i;
            bytes = 0;
          }
          bytes += rowBytes;
        }
        make(rowRun.slice(start), colRun, false, byRow);
      }
    }
  }
  return blocks;
}

/** Groups items into consecutive batches whose request and response estimates each stay within `budget`. */
export function batchByBudget<T extends { readonly requestBytes: number; readonly responseBytes: number }>(
  items: readonly T[],
  budget: number,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let req = 0;
  let res = 0;
  for (const item of items) {
    if (current.length > 0 && (req + item.requestBytes > budget || res + item.responseBytes > budget)) {
      batches.push(current);
      current = [];
      req = 0;
      res = 0;
    }
    current.push(item);
    req += item.requestBytes;
    res += item.responseBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
