/**
 * The web page (BlocRank trên trình duyệt, dist/index.html): its initial JavaScript (gzip; budget 120 KB),
 * the time from page load to an interactive page in headless Chromium (the file chooser enabled; median of
 * cold loads; budget 300 ms), and an example file chosen → the ranking table shown (the file read, the
 * pane's "Xếp hạng" pressed as soon as it is enabled, the table painted; measured in the page), against
 * the CLI's in-process `blocrank rank` of the same file (budget 2×).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { runBlocrank } from '../tests/helpers/runCliInProcess.js';
import { buildPane, CHROMIUM_ARGS, CHROMIUM_PATH, removeDir, ROOT, serve } from '../tests/e2e/harness.js';
import { measureAsync, type Row } from './harness.js';

const BUDGET_KB = 120;
const LOAD_BUDGET_MS = 300;
const LOADS = 5;
const RUNS = 11;
/** Choices of the file before the measured ones: the page's code compiled, as the CLI's is by its warm-up. */
const WARM = 2;
const EXAMPLE = 'bac-ninh-2018.xlsx';
const CHOOSE = 'Chọn sổ chấm điểm (.xlsx, .xlsm)';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const progress = (message: string) => console.error(`  web: ${message}`);

/** The scripts index.html loads before anything runs: its entry and the modules it preloads. */
export function pageInitialScripts(out: string): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preload = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...entry, ...preload])].map((u) => u.replace(/^\.\//, ''));
}

/**
 * In the page: when the file chooser's button is first enabled, and the file → table timing. A string, not a
 * function: tsx's transform adds a `__name` helper to functions, which the page does not have.
 */
function instrument(choose: string): { content: string } {
  return {
    content: `(() => {
  const w = window;
  const choose = ${JSON.stringify(choose)};
  let clicked = false;
  const check = () => {
    if (w.__interactiveAt === undefined) {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === choose);
      if (b && !b.disabled) w.__interactiveAt = performance.now();
    }
    if (w.__chosenAt === undefined) return;
    if (!clicked) {
      const rank = [...document.querySelectorAll('button:not([role=tab]):not([data-old])')].find(
        (x) => x.textContent.trim() === 'Xếp hạng' && !x.disabled && x.getAttribute('aria-disabled') !== 'true',
      );
      if (rank) {
        clicked = true;
        w.__clickAt = performance.now();
        rank.click();
      }
    } else if (w.__tableAt === undefined && (document.querySelector('table:not([data-old])')?.rows.length ?? 0) > 1) {
      w.__tableAt = -1;
      requestAnimationFrame(() => (w.__tableAt = performance.now()));
    }
  };
  // A new choice: what the previous file showed no longer counts.
  document.addEventListener('change', () => {
    for (const e of document.querySelectorAll('table, button')) e.setAttribute('data-old', '');
    clicked = false;
    w.__tableAt = undefined;
    w.__chosenAt = performance.now();
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`,
  };
}

async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument(CHOOSE));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined);
    return await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
  } finally {
    await context.close();
  }
}

/**
 * File → table: the first choice in a fresh page (the engine's code still cold), `WARM` more, then `RUNS`
 * measured choices of the same file in that page (warm, as the CLI's in-process baseline is); `between` runs
 * after each measured choice (the baseline, interleaved).
 */
async function fileToTable(browser: Browser, url: string, file: string, between: () => Promise<void>): Promise<{ cold: number; warm: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const warm: number[] = [];
  let cold = NaN;
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument(CHOOSE));
    await page.goto(url);
    await page.getByRole('button', { name: CHOOSE }).waitFor();
    // The engine's chunk is fetched at load: wait for it as a clerk would while finding the file.
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 1 + WARM + RUNS; i++) {
      await page.locator('input[type=file]').setInputFiles(file);
      await page.waitForFunction(() => ((window as unknown as { __tableAt?: number }).__tableAt ?? -1) > 0, undefined, { timeout: 60_000 });
      const ms = await page.evaluate(() => {
        const w = window as unknown as { __chosenAt: number; __tableAt: number; __clickAt: number };
        return [w.__tableAt - w.__chosenAt, w.__clickAt - w.__chosenAt];
      });
      if (process.env.BENCH_DEBUG) progress(`chosen → table ${ms[0]!.toFixed(0)} ms, of which chosen → Xếp hạng enabled ${ms[1]!.toFixed(0)} ms`);
      if (i === 0) cold = ms[0]!;
      else if (i > WARM) {
        warm.push(ms[0]!);
        await between();
      }
    }
    return { cold, warm };
  } finally {
    await context.close();
  }
}

export async function benchWeb(): Promise<Row[]> {
  const rows: Row[] = [];
  const out = await buildPane();
  try {
    const initial = pageInitialScripts(out);
    const initialKb = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length / 1024, 0);
    rows.push({
      section: 'web',
      case: `initial JS of index.html ${initialKb.toFixed(1)} KB gzip (${initial.length} files)`,
      ms: 0,
      budget: `≤ ${BUDGET_KB} KB gzip`,
      note: 'the entry and its preloads; the engine, the package reader and the workbook view load on demand',
    });
    if (!CHROMIUM_PATH) return [...rows, { section: 'web', case: 'browser figures skipped', ms: 0, note: 'no Chromium' }];
    const server = await serve(out);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      const url = `${server.url}index.html`;
      progress('cold loads');
      await coldLoad(browser, url);
      const loads: number[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, url));
      rows.push({
        section: 'web',
        case: `page load → interactive page (median of ${LOADS} cold loads)`,
        ms: median(loads),
        budget: `≤ ${LOAD_BUDGET_MS} ms`,
        note: 'until the file chooser is enabled; no service worker (a first visit)',
      });
      progress('file → table');
      const file = resolve(ROOT, 'examples', EXAMPLE);
      const dir = mkdtempSync(join(tmpdir(), 'blocrank-bench-web-'));
      try {
        const cliRun = () => runBlocrank('rank', file, '-o', join(dir, 'out.xlsx'), '--force');
        await measureAsync(cliRun, { runs: 1, warmup: 2 });
        const cli: number[] = [];
        // Interleaved with the page's runs, so that the machine's load hits both alike.
        const page = await fileToTable(browser, url, file, async () => void cli.push((await measureAsync(cliRun, { runs: 1, warmup: 0 })).medianMs));
        rows.push({
          section: 'web',
          case: `${EXAMPLE} chosen → ranking table shown (median of ${RUNS})`,
          ms: median(page.warm),
          baselineMs: median(cli),
          budget: '≤ 2× the CLI',
          note:
            `in the page: file read, workbook detected, Xếp hạng pressed when enabled, table painted; the first choice in a fresh page (code not yet compiled) ${page.cold.toFixed(0)} ms; ` +
            "baseline: the CLI's in-process rank of the same file (read, rank, write), warm, interleaved",
        });
      } finally {
        removeDir(dir);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    removeDir(out);
  }
  return rows;
}
