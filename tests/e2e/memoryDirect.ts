/**
 * The Excel adapter without the pane, for the bench's baseline: bundled separately (global
 * `__blocrankDirect`) and added to the page only when needed, so page loads do not pay for it.
 */
import { createBlocActions } from '../../src/excel/createBlocActions';
import { blocGrid, workbookFromGrid } from '../../src/excel/testing/blocWorkbook';
import { MemoryExcel } from '../../src/excel/testing/memoryExcel';

/**
 * The adapter's ranking round trip on a fresh generated workbook of `units` units (preparing it is not
 * timed): milliseconds.
 */
export async function rankDirect(units: number, desktop = false): Promise<number> {
  const workbook = workbookFromGrid(blocGrid(units));
  const actions = createBlocActions(
    new MemoryExcel(desktop ? { workbook, requestLimit: Infinity, responseLimit: Infinity } : { workbook }),
  );
  const t0 = performance.now();
  const outcome = await actions.rank({ lang: 'vi' });
  const ms = performance.now() - t0;
  if (outcome.status !== 'ranked') throw new Error(`rankDirect: ${outcome.issues[0]?.message ?? outcome.status}`);
  return ms;
}
