import { issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import type { ActionOutcome } from './actions.js';
import type { AdapterOptions, ExcelHost } from './_lib/host.js';
import { errorCode, failureIssue, toIssueView } from './_lib/issues.js';
import { batchByBudget } from './_lib/resultBlocks.js';
import type { Session } from './_lib/session.js';
import { snapshotBytes } from './rank.js';

/**
 * Hoàn tác: puts back every cell the last ranking run changed, exactly as it was — number formats first
 * (so text kept as text stays text), then the previous formulas or values, then the fills and header
 * fonts — in one request unless the snapshot exceeds the payload budget. The snapshot is then dropped:
 * one level of undo, per task-pane session.
 */
export async function undo(host: ExcelHost, session: Session, options: AdapterOptions, lang: Lang): Promise<ActionOutcome> {
  const snapshot = session.undo;
  if (!snapshot) return { ok: false, issues: [toIssueView(issue('warning', 'EXCEL_NOTHING_TO_UNDO'), lang)] };
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
      const sized = snapshot.blocks.map((block) => ({ block, requestBytes: snapshotBytes(block), responseBytes: 0 }));
      for (const batch of batchByBudget(sized, options.payloadBudget)) {
        for (const { block: b } of batch) {
          const range = sheet.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
          if (b.numberFormat) range.numberFormat = b.numberFormat as string[][];
          if (b.restore) range.formulas = b.restore as Array<Array<string | number | boolean>>;
          range.setCellProperties(b.props as Excel.SettableCellProperties[][]);
          for (const [col, points] of b.widths ?? []) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
        }
        await context.sync();
      }
    });
  } catch (error) {
    const gone = errorCode(error) === 'ItemNotFound';
    const i = gone ? issue('error', 'EXCEL_UNDO_SHEET_MISSING', { sheet: snapshot.sheet }) : failureIssue(error);
    return { ok: false, issues: [toIssueView(i, lang)] };
  }
  session.undo = null;
  session.undoKeep = await session.undoStore.save(null);
  return { ok: true, issues: [] };
}
