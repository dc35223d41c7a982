import { createExplainer } from '../src/core/createExplainer.js';
import type { BlocInput, Criterion, Unit } from '../src/core/model.js';
import { DEFAULT_SETTINGS } from '../src/core/preset.js';
import { rankBloc } from '../src/core/rankBloc.js';
import { heapMb, measure, measurePair, rng, type Row } from './harness.js';

/** 10 criteria: 8 scored (100 points), one bonus, one penalty — the preset's shape. */
export const BENCH_CRITERIA: readonly Criterion[] = [
  ...[30, 10, 15, 5, 10, 10, 15, 5].map((max, i): Criterion => ({ code: `C${i + 1}`, group: 'ABCDEFGH'[i]!, description: '', max, kind: 'score' })),
  { code: 'T1', group: 'T', description: '', max: 10, kind: 'bonus' },
  { code: 'K1', group: 'K', description: '', max: null, kind: 'penalty' },
];

export function benchInput(n: number, seed = 42): BlocInput {
  const random = rng(seed);
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    name: `Đơn vị ${i + 1}`,
    points: BENCH_CRITERIA.map((c) => (c.kind === 'penalty' ? (random() < 0.1 ? 1 : 0) : Math.round(random() * (c.max ?? 0) * 2) / 2)),
    votes: Math.floor(random() * 12),
    womenPercent: Math.floor(random() * 100),
    discipline: random() < 0.02,
    exceededTargets: true,
    strongOrganisations: random() < 0.9 ? true : null,
    newModel: null,
    note: '',
  }));
  return {
    settings: { ...DEFAULT_SETTINGS, year: 2025, bloc: 'Bench' },
    criteria: BENCH_CRITERIA,
    units,
    facts: { votes: true, womenPercent: true, discipline: true, exceededTargets: true, strongOrganisations: true, newModel: false, note: false },
  };
}

/** The bare baseline: one index sort by a Float64Array key plus one pass over it. */
export function baseline(totals: Float64Array): number {
  const order = new Uint32Array(totals.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => totals[b]! - totals[a]! || a - b);
  let acc = 0;
  for (let i = 0; i < order.length; i++) acc += totals[order[i]!]! * (i + 1);
  return acc;
}

export function benchEngine(): Row[] {
  const rows: Row[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const input = benchInput(n);
    const totals = Float64Array.from(input.units, (u) => u.points.reduce<number>((a, p) => a + (p ?? 0), 0));
    const runs = n >= 100_000 ? 9 : 15;
    const heap0 = heapMb();
    const kept = rankBloc(input);
    const heap1 = heapMb();
    const pair = measurePair(() => rankBloc(input), () => baseline(totals), { runs });
    const base = pair.baseline;
    const engine = pair.fn;
    const result = kept.value!;
    const explain = measure(() => {
      const ex = createExplainer(result, 'vi');
      for (let i = 0; i < n; i++) ex(i);
    }, { runs: n >= 100_000 ? 3 : 5 });
    rows.push({
      section: 'engine',
      case: `rankBloc ${n.toLocaleString('en')} units × 10 criteria`,
      ms: engine.medianMs,
      baselineMs: base.medianMs,
      budget: n === 100_000 ? '≤ 3× at 100k' : '',
      note: `result retained: ${(heap1 - heap0).toFixed(0)} MB heap`,
    });
    rows.push({ section: 'engine', case: `explanations ${n.toLocaleString('en')} units (vi)`, ms: explain.medianMs, baselineMs: base.medianMs });
  }
  return rows;
}
