// The worksheet functions (src/functions) as Excel calls them: the spilled RANKBLOC over a whole column, and
// the per-cell usage `=TDKT.RANKBLOC(H2, H$2:H$N)` filled down N rows, against formulajs' RANK.EQ called the
// same way. Runs with the CustomFunctions stub of the tests (results hold plain numbers; only bad cells would
// hold its Error objects).
import { RANKEQ } from '@formulajs/formulajs';
import { clearRankingCache } from '../src/functions/cachedRanking.js';
import { rankBloc } from '../src/functions/functions.js';
import { installCustomFunctionsStub } from '../tests/helpers/customFunctionsStub.js';
import { baseline } from './engine.js';
import { measure, rng, type Row } from './harness.js';

/** A column of N totals as Excel passes a range (one array per row), half-point steps so that ties abound. */
function totalsColumn(n: number, seed = 7): { cells: unknown[][]; values: Float64Array } {
  const random = rng(seed);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = Math.round((60 + random() * 45) * 2) / 2;
  return { cells: Array.from(values, (v) => [v]), values };
}

function keyBlock(n: number, seed = 11): unknown[][] {
  const random = rng(seed);
  return Array.from({ length: n }, () => [Math.round(random() * 40 * 2) / 2, -(random() < 0.1 ? 1 : 0)]);
}

export function benchFunctions(): Row[] {
  installCustomFunctionsStub();
  const rows: Row[] = [];
  for (const n of [10_000, 100_000]) {
    const { cells, values } = totalsColumn(n);
    const keys = keyBlock(n);
    const runs = n >= 100_000 ? 5 : 9;
    const base = measure(() => baseline(values), { runs });
    const spilled = measure(() => rankBloc(cells), { runs });
    const withKeys = measure(() => rankBloc(cells, undefined, keys), { runs });
    const label = n.toLocaleString('en');
    rows.push({
      section: 'functions',
      case: `RANKBLOC spilled, ${label} rows`,
      ms: spilled.medianMs,
      baselineMs: base.medianMs,
      note: 'ratio to the engine baseline (index sort + pass)',
    });
    rows.push({
      section: 'functions',
      case: `RANKBLOC spilled, ${label} rows + 2 tie-break columns`,
      ms: withKeys.medianMs,
      baselineMs: base.medianMs,
    });
  }

  // Per cell: N calls, each over the same N-row range, as a filled-down column recalculates.
  const n = 10_000;
  const { cells, values } = totalsColumn(n, 3);
  const ours = measure(
    () => {
      clearRankingCache(); // every run starts cold: the first call ranks, the other N − 1 find the ranking
      let check = 0;
      for (let i = 0; i < n; i++) check += (rankBloc([cells[i]!], cells)[0]![0] as number) * (i + 1);
      return check;
    },
    { runs: 5, warmup: 1 },
  );
  // RANK.EQ sorts the whole range on every call (about 45 ms each here): time a sample of the calls, spread over
  // the column, and scale it to N calls (each call does the same work).
  const sample = 200;
  const peerSample = measure(
    () => {
      let check = 0;
      for (let j = 0; j < sample; j++) {
        const i = Math.floor((j * n) / sample);
        check += (RANKEQ(values[i], cells) as number) * (i + 1);
      }
      return check;
    },
    { runs: 1, warmup: 0 },
  );
  const peer = { medianMs: (peerSample.medianMs * n) / sample };
  // Same ranks as RANK.EQ (no tie-break columns: standard competition ranking of the totals).
  for (let i = 0; i < n; i += 997) {
    const a = rankBloc([cells[i]!], cells)[0]![0];
    const b = RANKEQ(values[i], cells);
    if (a !== b) throw new Error(`row ${i + 1}: RANKBLOC ${String(a)} ≠ RANK.EQ ${String(b)}`);
  }
  const label = `${n.toLocaleString('en')} calls × ${n.toLocaleString('en')}-row range`;
  rows.push({
    section: 'functions',
    case: `RANKBLOC per cell, ${label}`,
    ms: ours.medianMs,
    note: 'total of the N calls, cache cold at the start',
  });
  rows.push({
    section: 'functions',
    case: `RANK.EQ (@formulajs) per cell, ${label}`,
    ms: peer.medianMs,
    baselineMs: ours.medianMs,
    budget: '≥ 20× (RANK.EQ ÷ RANKBLOC)',
    note: `${sample} of the calls timed, ×${n / sample}`,
  });
  return rows;
}
