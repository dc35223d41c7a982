import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { issue, type Issue, type Result } from '../core/issue.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types.js';
import { toCellValue } from './toCellValue.js';

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grid: WorkbookGrid;
}

/** Parts of an .xlsx package that ExcelJS drops when it writes a copy, with what to call them. */
const UNSUPPORTED_PARTS: readonly { readonly pattern: RegExp; readonly vi: string; readonly en: string }[] = [
  { pattern: /^xl\/charts\//, vi: 'biểu đồ', en: 'charts' },
  { pattern: /^xl\/chartsheets\//, vi: 'trang biểu đồ', en: 'chart sheets' },
  { pattern: /^xl\/pivotTables\//, vi: 'bảng tổng hợp (PivotTable)', en: 'pivot tables' },
  { pattern: /^xl\/vbaProject\.bin$/, vi: 'macro (VBA)', en: 'macros (VBA)' },
  { pattern: /^xl\/slicers\//, vi: 'bộ lọc slicer', en: 'slicers' },
  { pattern: /^xl\/timelines\//, vi: 'bộ lọc thời gian', en: 'timelines' },
  { pattern: /^xl\/externalLinks\//, vi: 'liên kết tới sổ khác', en: 'links to other workbooks' },
  { pattern: /^xl\/threadedComments\//, vi: 'bình luận dạng hội thoại', en: 'threaded comments' },
  { pattern: /^xl\/ctrlProps\//, vi: 'nút điều khiển biểu mẫu', en: 'form controls' },
  { pattern: /^xl\/activeX\//, vi: 'điều khiển ActiveX', en: 'ActiveX controls' },
];

/** Drawings holding shapes or text boxes (images alone are carried over by ExcelJS). */
const SHAPES = { vi: 'hình vẽ, hộp văn bản', en: 'shapes and text boxes' };

/**
 * Reads an .xlsx file into ExcelJS (kept for writing the copy) and into plain grids (for the engine),
 * with a warning for each kind of content the copy cannot carry over. Never modifies the file.
 */
export async function readWorkbookFile(path: string): Promise<Result<LoadedWorkbook | null>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' || code === 'ENOTDIR' ? issue('error', 'FILE_NOT_FOUND', { path }) : unreadable(path, e));
  }
  const workbook = new ExcelJS.Workbook();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail(unreadable(path, e));
  }
  const warnings = await unsupportedContent(zip);
  const sheets: SheetGrid[] = workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws) }));
  return { ok: true, value: { workbook, grid: { sheets } }, issues: warnings };
}

function sheetRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Merged cells repeat their master's value in ExcelJS; only the master holds it in Excel.
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = toCellValue(cell.value, cell.numFmt);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return rows;
}

async function unsupportedContent(zip: JSZip): Promise<Issue[]> {
  const entries = Object.keys(zip.files);
  const found = UNSUPPORTED_PARTS.filter((part) => entries.some((e) => part.pattern.test(e)));
  for (const name of entries.filter((e) => /^xl\/drawings\/drawing\d+\.xml$/.test(e))) {
    if (/<xdr:sp[\s>]/.test(await zip.file(name)!.async('string'))) {
      found.push({ pattern: /$^/, ...SHAPES });
      break;
    }
  }
  return found.map((part) => issue('warning', 'UNSUPPORTED_CONTENT', { what: part.vi, whatEn: part.en }));
}

function unreadable(path: string, e: unknown): Issue {
  return issue('error', 'FILE_UNREADABLE', { path, reason: e instanceof Error ? e.message : String(e) });
}

function fail(i: Issue): Result<null> {
  return { ok: false, value: null, issues: [i] };
}
