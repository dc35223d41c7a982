/**
 * The task pane's Excel adapter against the in-memory host: the ranking round trip for 10k units
 * (read the bloc's sheets, rank, write the result cells with their undo snapshot), against the pipeline
 * alone (`rankWorkbook` on the same grid) as the baseline, so the ratio is the adapter's overhead
 * (Office value conversion, diffing, block planning, the host's own bookkeeping). The in-memory host has no
 * network: on Excel on the web each sync adds a round trip, so the sync count is reported too.
 */
import { createBlocActions } from '../src/excel/createBlocActions.js';
import { blocGrid, workbookFromGrid } from '../src/excel/testing/blocWorkbook.js';
import { MemoryExcel } from '../src/excel/testing/memoryExcel.js';
import { rankWorkbook } from '../src/grid/rankWorkbook.js';
import { measure, type Row } from './harness.js';

const UNITS = 10_000;
const RUNS = 5;

interface Timed {
  readonly medianMs: number;
  readonly syncs: number;
  readonly maxRequestMb: number;
  readonly maxResponseMb: number;
}

/** Median of `RUNS` timed calls of `act` on a fresh host each (preparing the host is not timed). */
async function timeRuns(
  prepare: () => Promise<{ excel: MemoryExcel; act: () => Promise<unknown> }>,
): Promise<Timed> {
  const times: number[] = [];
  let last: MemoryExcel | null = null;
  for (let i = 0; i < RUNS + 1; i++) {
    const { excel, act } = await prepare();
    excel.resetStats();
    const t0 = performance.now();
    await act();
    if (i > 0) times.push(performance.now() - t0); // the first run warms up
    last = excel;
  }
  times.sort((a, b) => a - b);
  const syncs = last!.syncs;
  return {
    medianMs: times[Math.floor(times.length / 2)]!,
    syncs: syncs.length,
    maxRequestMb: Math.max(...syncs.map((s) => s.requestBytes)) / 1e6,
    maxResponseMb: Math.max(...syncs.map((s) => s.responseBytes)) / 1e6,
  };
}

export async function benchTaskpaneHost(): Promise<Row[]> {
  const grid = blocGrid(UNITS);
  const baseline = measure(() => rankWorkbook(grid), { runs: RUNS, warmup: 1 });
  const rows: Row[] = [];
  const note = (t: Timed) =>
    `${t.syncs} syncs; largest request ${t.maxRequestMb.toFixed(2)} MB, response ${t.maxResponseMb.toFixed(2)} MB`;

  // Excel on the web: 5 MB per request and per response, the adapter's default budget.
  const web = await timeRuns(async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(grid) });
    const actions = createBlocActions(excel);
    return { excel, act: () => actions.rank({ lang: 'vi' }) };
  });
  rows.push({
    section: 'excel',
    case: `rank round trip, ${UNITS.toLocaleString('en')} units (web limits)`,
    ms: web.medianMs,
    baselineMs: baseline.medianMs,
    note: note(web),
  });

  // Desktop Excel: no payload limit, one write request.
  const desktop = await timeRuns(async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(grid), requestLimit: Infinity, responseLimit: Infinity });
    const actions = createBlocActions(excel, { payloadBudget: 48_000_000 });
    return { excel, act: () => actions.rank({ lang: 'vi' }) };
  });
  rows.push({
    section: 'excel',
    case: `rank round trip, ${UNITS.toLocaleString('en')} units (desktop)`,
    ms: desktop.medianMs,
    baselineMs: baseline.medianMs,
    budget: '≤ 3 syncs',
    note: note(desktop),
  });

  // A second run that finds everything in place (0 cells changed), and the undo of a first run.
  const again = await timeRuns(async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(grid), requestLimit: Infinity, responseLimit: Infinity });
    const actions = createBlocActions(excel, { payloadBudget: 48_000_000 });
    await actions.rank({ lang: 'vi' });
    return { excel, act: () => actions.rank({ lang: 'vi' }) };
  });
  rows.push({
    section: 'excel',
    case: `second rank (nothing to change), ${UNITS.toLocaleString('en')} units (desktop)`,
    ms: again.medianMs,
    baselineMs: baseline.medianMs,
    note: note(again),
  });
  const undo = await timeRuns(async () => {
    const excel = new MemoryExcel({ workbook: workbookFromGrid(grid), requestLimit: Infinity, responseLimit: Infinity });
    const actions = createBlocActions(excel, { payloadBudget: 48_000_000 });
    await actions.rank({ lang: 'vi' });
    return { excel, act: () => actions.undo() };
  });
  rows.push({
    section: 'excel',
    case: `undo of a ranking, ${UNITS.toLocaleString('en')} units (desktop)`,
    ms: undo.medianMs,
    note: note(undo),
  });
  return rows;
}
