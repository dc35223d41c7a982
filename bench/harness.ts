/** Small, dependency-free benchmark helpers: median of repeated runs after a warm-up. */

export interface Measurement {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export function measure(fn: () => unknown, options: { runs?: number; warmup?: number } = {}): Measurement {
  const runs = options.runs ?? 7;
  for (let i = 0; i < (options.warmup ?? 2); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, runs };
}

/**
 * Measures `fn` and `baseline` alternately (after a warm-up), so a change in machine load hits both:
 * the ratio of the two medians is what budgets are stated in.
 */
export function measurePair(fn: () => unknown, baseline: () => unknown, options: { runs?: number; warmup?: number } = {}): { fn: Measurement; baseline: Measurement } {
  const runs = options.runs ?? 9;
  for (let i = 0; i < (options.warmup ?? 2); i++) {
    fn();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    baseline();
    b.push(performance.now() - t0);
    t0 = performance.now();
    fn();
    a.push(performance.now() - t0);
  }
  const summary = (times: number[]): Measurement => {
    times.sort((x, y) => x - y);
    return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, runs };
  };
  return { fn: summary(a), baseline: summary(b) };
}

export async function measureAsync(fn: () => Promise<unknown>, options: { runs?: number; warmup?: number } = {}): Promise<Measurement> {
  const runs = options.runs ?? 3;
  for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, runs };
}

export { rng } from '../src/excel/testing/rng.js';

/** Heap in use after a full collection (run the bench with --expose-gc, as `npm run bench` does). */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

export interface Row {
  readonly section: string;
  readonly case: string;
  readonly ms: number;
  readonly baselineMs?: number;
  readonly budget?: string;
  readonly note?: string;
}

export function printRows(rows: readonly Row[]): void {
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const lines = rows.map((r) => [
    r.section,
    r.case,
    fmt(r.ms),
    r.baselineMs !== undefined ? fmt(r.baselineMs) : '',
    r.baselineMs !== undefined ? `${(r.ms / r.baselineMs).toFixed(2)}×` : '',
    r.budget ?? '',
    r.note ?? '',
  ]);
  const head = ['section', 'case', 'ms', 'baseline ms', 'ratio', 'budget', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(line(l));
}
