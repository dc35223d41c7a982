import { hasErrors, issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { rankWorkbook } from '../grid/rankWorkbook.js';
import type { CellValue, CellWrite, SheetGrid } from '../grid/types.js';
import type { IssueView, RankOutcome } from './actions.js';
import { describeBook, resultColumnsOf } from './detect.js';
import { explainerOf, rankRows, summarise } from './_lib/rankRows.js';
import { sameCellValue } from './_lib/cellValues.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { failureIssue, toIssueView, toIssueViews } from './_lib/issues.js';
import { COMMAND_BYTES, jsonSize } from './_lib/payload.js';
import { readBook } from './_lib/readBook.js';
import { batchByBudget, planResultBlocks, type ResultBlock } from './_lib/resultBlocks.js';
import type { Session, SnapshotBlock, UndoSnapshot } from './_lib/session.js';
import { needsTextFormat } from './_lib/textCells.js';
import { PT_PER_CHAR } from './_lib/writeSheetSpec.js';

/** Fill of the result cells of an award row (the xlsx adapter uses the same colour). */
export const AWARD_FILL = '#FFF2CC';

const FILL_PROPS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };
const WRAP_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true }, wrapText: true, verticalAlignment: true },
};
const HEADER_PROPS: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { bold: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

/**
 * Xếp hạng: one `Excel.run` — read the bloc's sheets (2 syncs), rank them with the pipeline the CLI uses
 * (`rankWorkbook`), and with any error write nothing. Otherwise write only the result cells (headers of
 * missing result columns at the right end, then every unit's total, rank, grade, award and explanation),
 * highlight award rows by the fill of their result cells only, and keep an undo snapshot of every cell
 * that changed. The writes go in one request (sync 3) unless they exceed the payload budget, when they are
 * split into row blocks over as few requests as the budget allows. The snapshot (previous formulas or
 * values, number formats, fills, header fonts) is loaded in the same request as the writes, queued before
 * them: Excel runs a request's commands in order, so it captures the cells exactly as they were, at no
 * extra round trip. A second run that finds every value and format in place reports 0 cells changed and
 * keeps the previous snapshot, so Hoàn tác still undoes the run that changed the sheet.
 */
export async function rank(host: ExcelHost, session: Session, options: AdapterOptions, lang: Lang): Promise<RankOutcome> {
  let written = 0;
  try {
    const outcome = await host.run(async (context): Promise<RankOutcome> => {
      const budget = options.payloadBudget;
      const read = await readBook(context, budget);
      const run = rankWorkbook(read.grid, { lang });
      const issues = toIssueViews(run.issues, lang);
      session.results = resultColumnsOf(run);
      const described = describeBook(read.names, read.grid, { lang, run });
      const state = described.kind === 'bloc' ? described : null;
      if (!run.book || !run.result || hasErrors(run.issues)) return { status: 'errors', issues, state };
      const layout = run.book.layout;
      const scores = read.grid.sheets.find((s) => s.name === layout.scoresSheet)!;

      const outcome = await writeResultCells(context, layout.scoresSheet, run.writes, scores, budget, (progress) => {
        written = progress.cells;
        if (progress.cells > 0) session.undo = progress;
      });
      const changed = outcome.cells;
      return {
        status: 'ranked',
        rows: rankRows(run.result, layout.unitRows, explainerOf(run, layout)),
        issues,
        summary: summarise(run.result, changed),
        canUndo: session.undo !== null,
        undoKeep: changed > 0 ? 'session' : session.undoKeep,
        state,
      };
    });
    // Kept in the document's add-in settings (not a sheet, not a sync): survives closing the pane.
    if (outcome.status === 'ranked' && outcome.summary.cellsChanged > 0) {
      session.undoKeep = await session.undoStore.save(session.undo);
      return { ...outcome, undoKeep: session.undoKeep };
    }
    return outcome;
  } catch (error) {
    const issues: IssueView[] = [toIssueView(failureIssue(error), lang)];
    if (written > 0) {
      issues.push(toIssueView(issue('warning', 'EXCEL_PARTLY_WRITTEN', { cells: written }), lang));
      session.undoKeep = await session.undoStore.save(session.undo);
    }
    return { status: 'errors', issues };
  }
}

/**
 * Writes result cells into `sheetName` (planned against `current`, the sheet as read) in as few requests
 * as `budget` allows, each request loading the snapshot of its cells before writing them. `progress` is
 * called after each request with the snapshot so far (what to undo if a later request fails).
 */
export async function writeResultCells(
  context: Excel.RequestContext,
  sheetName: string,
  writes: readonly CellWrite[],
  current: SheetGrid,
  budget: number,
  progress: (snapshot: UndoSnapshot) => void = () => {},
): Promise<UndoSnapshot> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const blocks: SnapshotBlock[] = [];
  let cells = 0;
  for (const batch of batchByBudget(planResultBlocks(writes, current, budget / 4), budget)) {
    const queued = batch.map((block) => queueBlock(sheet, block));
    await context.sync();
    for (const q of queued) {
      const r = q();
      cells += r.changed;
      if (r.changed > 0) blocks.push(r.snapshot);
    }
    progress({ sheet: sheetName, blocks: [...blocks], cells });
  }
  return { sheet: sheetName, blocks, cells };
}

/**
 * Queues one block: the snapshot loads first, then the writes. Returns what to read after the sync:
 * how many cells changed and how to put them back.
 */
function queueBlock(sheet: Excel.Worksheet, b: ResultBlock): () => { changed: number; snapshot: SnapshotBlock } {
  const rect = sheet.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
  const wraps = new Set(b.wrapCols);
  const props = rect.getCellProperties(b.header ? HEADER_PROPS : wraps.size > 0 ? WRAP_PROPS : FILL_PROPS);
  const snap = b.writeValues || b.textCells.length > 0 ? rect.load('formulas,numberFormat') : null;
  // Created columns: their width before the run (loaded before it is set, in the same request).
  const widths = b.widths.map(([j, chars]) => {
    const format = sheet.getRangeByIndexes(b.top, b.left + j, 1, 1).format;
    format.load('columnWidth');
    return { j, format, points: Math.round(chars * PT_PER_CHAR * 100) / 100 };
  });
  for (const [i, j] of b.textCells) rect.getCell(i, j).numberFormat = [['@']];
  if (b.writeValues) rect.values = b.values as Array<Array<string | number | null>>;
  if (b.header) {
    rect.format.font.bold = true;
    rect.format.wrapText = true;
    rect.format.horizontalAlignment = 'Center';
    rect.format.verticalAlignment = 'Center';
    for (const w of widths) w.format.columnWidth = w.points;
  } else {
    rect.format.fill.clear();
    for (const [start, length] of runsOf(b.award)) {
      sheet.getRangeByIndexes(b.top + start, b.left, length, b.cols).format.fill.color = AWARD_FILL;
    }
    // Explanations wrap, top-aligned, as in the CLI's copy.
    for (const j of b.wrapCols) {
      const column = sheet.getRangeByIndexes(b.top, b.left + j, b.rows, 1).format;
      column.wrapText = true;
      column.verticalAlignment = 'Top';
    }
  }

  return () => {
    const before = props.value;
    const formulas = snap?.formulas;
    const formats = snap?.numberFormat as string[][] | undefined;
    const text = new Set(b.textCells.map(([i, j]) => i * b.cols + j));
    let changed = 0;
    const restore: Array<Array<string | number | boolean>> = [];
    for (let i = 0; i < b.rows; i++) {
      const line: Array<string | number | boolean> = [];
      for (let j = 0; j < b.cols; j++) {
        const old = b.before[i]![j] ?? null;
        const written = b.values[i]![j] ?? null;
        const formula = formulas?.[i]?.[j];
        const isFormula = typeof formula === 'string' && formula.startsWith('=') && !(typeof old === 'string' && old === formula);
        const format = formats?.[i]?.[j] ?? 'General';
        line.push(isFormula ? (formula as string) : restoreValue(old, format));
        let cellChanged = false;
        if (written !== null) {
          if (b.writeValues && (isFormula || !sameCellValue(old, written))) cellChanged = true;
          if (text.has(i * b.cols + j) && format !== '@') cellChanged = true;
          const f = before[i]?.[j]?.format;
          if (b.header) {
            if (f?.font?.bold !== true || f.wrapText !== true || f.horizontalAlignment !== 'Center' || f.verticalAlignment !== 'Center')
              cellChanged = true;
          } else {
            const filled = f?.fill?.pattern !== undefined ? f.fill.pattern !== 'None' : (f?.fill?.color ?? '#FFFFFF').toUpperCase() !== '#FFFFFF';
            const isAward = filled && (f?.fill?.color ?? '').toUpperCase() === AWARD_FILL;
            if (b.award[i] ? !isAward : filled) cellChanged = true;
            if (wraps.has(j) && (f?.wrapText !== true || f.verticalAlignment !== 'Top')) cellChanged = true;
          }
        }
        if (cellChanged) changed++;
      }
      restore.push(line);
    }
    const oldWidths = widths.filter((w) => w.format.columnWidth !== w.points).map((w) => [b.left + w.j, w.format.columnWidth] as const);
    return {
      changed,
      snapshot: {
        top: b.top,
        left: b.left,
        rows: b.rows,
        cols: b.cols,
        restore: b.writeValues ? restore : null,
        numberFormat: formats ?? null,
        props: before.map((row) => row.map(settable)),
        widths: oldWidths.length > 0 ? oldWidths : null,
      },
    };
  };
}

/** A value read before the run, as `Range.formulas` must receive it to put it back unchanged. */
function restoreValue(old: CellValue, numberFormat: string): string | number | boolean {
  if (old === null) return '';
  if (typeof old === 'number' || typeof old === 'boolean') return old;
  if (typeof old === 'string') return needsTextFormat(old) && numberFormat !== '@' ? `'${old}` : old;
  if (old instanceof Date) return old.toISOString();
  return old.error;
}

/** Loaded cell properties as `setCellProperties` input (a cell without fill is cleared, not painted white). */
function settable(p: Excel.CellProperties): Excel.SettableCellProperties {
  const f = p.format;
  if (!f) return {};
  const format: Excel.CellPropertiesFormat = { ...f };
  if (f.fill) format.fill = f.fill.pattern === 'None' ? { pattern: 'None' } : { color: f.fill.color, pattern: f.fill.pattern ?? 'Solid' };
  return { format };
}

/** Runs of `true` as [start, length]. */
function runsOf(flags: readonly boolean[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  flags.forEach((f, i) => {
    if (!f) return;
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}

/** Estimated request bytes of putting a snapshot block back (for splitting an undo into requests). */
export function snapshotBytes(b: SnapshotBlock): number {
  return (3 + (b.widths?.length ?? 0)) * COMMAND_BYTES + (b.restore ? jsonSize(b.restore) : 0) + (b.numberFormat ? jsonSize(b.numberFormat) : 0) + jsonSize(b.props);
}
