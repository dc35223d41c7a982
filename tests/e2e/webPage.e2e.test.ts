// The web page (dist/index.html) in headless Chromium, served from a local static server: each bundled example
// chosen with the file chooser, ranked and downloaded — the copy byte for byte `blocrank rank`'s, the pledge
// .docx with `blocrank pledge`'s text; the error example shows its issues and offers no download; a second
// visit with the network cut still works (the page's service worker); no request ever leaves the origin.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { runBlocrank } from '../helpers/runCliInProcess';
import { buildPane, CHROMIUM_ARGS, CHROMIUM_PATH, removeDir, ROOT, serve, waitInteractive } from './harness';

const EXAMPLES = ['bac-ninh-2018.xlsx', 'tham-muu-tong-hop-2025-en.xlsx'];
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Screenshots of the page (docs/web-page.png and docs/web-page-phone.png are copied from here). */
const SHOTS = join(ROOT, 'test-results/e2e');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly string[] }>;
}

/** axe-core in the page: no serious or critical violation (WCAG 2.x A/AA rules), as for the pane. */
async function checkA11y(page: Page, state: string): Promise<void> {
  if (!existsSync(AXE)) return;
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster's focus sentinels (Fluent's focus management) are never a place the clerk's focus rests.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${state}: ${JSON.stringify(bad)}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // No hover highlight left on a tab by the last click.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
const ERROR_EXAMPLE = 'dak-nong-2024-co-loi.xlsx';

/** The text of a .docx's document.xml, paragraph by paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((p) => p.length > 0)
    .join('\n');
}

describe.skipIf(!CHROMIUM_PATH)('the web page in Chromium', () => {
  let out: string;
  let cliDir: string;
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let context: BrowserContext;
  const foreign: string[] = [];
  const local: string[] = [];

  beforeAll(async () => {
    out = await buildPane();
    cliDir = mkdtempSync(join(tmpdir(), 'blocrank-web-cli-'));
    site = await serve(out);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH!, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    // Every request of every page and of the service worker: only the origin is let through.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(site.url) || url.startsWith('blob:') || url.startsWith('data:')) {
        local.push(url);
        return route.continue();
      }
      foreign.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeDir(out);
    removeDir(cliDir);
  });

  async function choose(page: Page, file: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Chọn sổ chấm điểm|Mở tệp khác/ }).click();
    await (await chooser).setFiles(resolve(ROOT, 'examples', file));
    await page.getByText(`Đang mở: ${file}`).waitFor({ timeout: 20_000 });
  }

  async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
    const event = page.waitForEvent('download');
    await click();
    const d = await event;
    return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
  }

  let page: Page;

  it('opens at /index.html in Vietnamese, says the file stays on the computer and works offline', async () => {
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}index.html`);
    await page.getByRole('heading', { name: 'BlocRank trên trình duyệt' }).waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Tệp không rời khỏi máy tính');
    expect(text).toContain('không có mạng');
    // The worker's scope is the page only.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${site.url}index.html`);
    await checkA11y(page, 'start');
    expect(errors).toEqual([]);
  });

  for (const example of EXAMPLES) {
    it(`${example}: rank → the copy is byte-identical to blocrank rank; the pledge .docx has blocrank pledge's text`, async () => {
      await choose(page, example);
      await waitInteractive(page);
      await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
      await page.getByRole('table').first().waitFor({ timeout: 20_000 });
      const copy = await downloaded(page, () => page.getByRole('button', { name: 'Tải bản đã cập nhật' }).click());
      const stem = basename(example, '.xlsx');
      expect(copy.name).toBe(`${stem}.ranked.xlsx`);
      const cliOut = join(cliDir, `${stem}.ranked.xlsx`);
      const ranked = await runBlocrank('rank', resolve(ROOT, 'examples', example), '-o', cliOut, '--force');
      expect(ranked.code).toBe(0);
      expect(Buffer.from(copy.bytes).equals(readFileSync(cliOut))).toBe(true);
      // The page's words: the cells went into the copy.
      expect(await page.locator('main').innerText()).toMatch(/vào trang Chấm điểm của bản sao\./);
      await checkA11y(page, `${example} ranked`);
      if (example === EXAMPLES[0]) await shot(page, 'web-page');

      await page.getByRole('tab', { name: 'Giao ước' }).click();
      const docx = await downloaded(page, () => page.getByRole('button', { name: 'Tải .docx' }).click());
      const cliDocx = join(cliDir, docx.name);
      const pledged = await runBlocrank('pledge', resolve(ROOT, 'examples', example), '-o', cliDocx, '--force');
      expect(pledged.code).toBe(0);
      expect(docxText(docx.bytes)).toBe(docxText(new Uint8Array(readFileSync(cliDocx))));
      expect(docxText(docx.bytes)).toMatch(/GIAO ƯỚC THI ĐUA NĂM \d{4}/);
    });
  }

  it(`${ERROR_EXAMPLE}: shows its issues with the sheet and cell, and offers no download`, async () => {
    await choose(page, ERROR_EXAMPLE);
    await waitInteractive(page);
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await page.getByText(/^Trang Chấm điểm \(\d+\)$/).waitFor({ timeout: 20_000 });
    const text = await page.locator('main').innerText();
    // The issues as the CLI reports them, each at its cell of the scores sheet.
    const cli = await runBlocrank('rank', resolve(ROOT, 'examples', ERROR_EXAMPLE), '--json');
    expect(cli.code).toBe(1);
    const expected = (JSON.parse(cli.stdout) as { issues: { severity: string; cell?: string; sheet?: string }[] }).issues.filter((i) => i.severity === 'error');
    expect(expected.length).toBeGreaterThan(0);
    for (const i of expected) {
      expect(i.sheet).toBe('Chấm điểm');
      expect(text).toContain(i.cell!);
    }
    expect(text).toContain('BlocRank không ghi gì vào bản sao');
    // No sheet to select on the page: the addresses are text, not links that would do nothing.
    expect(await page.locator('li[data-severity]').count()).toBeGreaterThanOrEqual(expected.length);
    expect(await page.locator('li[data-severity] button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tải bản đã cập nhật' }).count()).toBe(0);
    expect(text).toContain('Chưa có thay đổi nào để tải về.');
    await checkA11y(page, 'errors');
  });

  it('at phone width (390 px): nothing wider than the screen, the ranking readable, English switchable', async () => {
    const phone = await context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${site.url}index.html`);
      await phone.getByRole('heading', { name: 'BlocRank trên trình duyệt' }).waitFor({ timeout: 20_000 });
      await choose(phone, EXAMPLES[0]!);
      await waitInteractive(phone);
      await phone.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
      await phone.getByRole('table').first().waitFor({ timeout: 20_000 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await checkA11y(phone, 'phone ranked');
      await shot(phone, 'web-page-phone');
      await phone.getByRole('button', { name: 'English' }).click();
      await phone.getByRole('heading', { name: 'BlocRank in the browser' }).waitFor();
      expect(await phone.getAttribute('html', 'lang')).toBe('en');
      expect(await phone.locator('main').innerText()).toContain('Your file never leaves this computer');
      await checkA11y(phone, 'phone English');
      await phone.getByRole('button', { name: 'Tiếng Việt' }).click();
      await phone.getByRole('heading', { name: 'BlocRank trên trình duyệt' }).waitFor();
    } finally {
      await phone.close();
    }
  });

  it('downloads a new bloc workbook from the template, as blocrank template writes it', async () => {
    const blank = await downloaded(page, () => page.getByRole('button', { name: 'Tải sổ chấm điểm mẫu' }).click());
    expect(blank.name).toBe('so-cham-diem.xlsx');
    const cliOut = join(cliDir, 'so-cham-diem.xlsx');
    const made = await runBlocrank('template', '-o', cliOut, '--force');
    expect(made.code).toBe(0);
    expect(Buffer.from(blank.bytes).equals(readFileSync(cliOut))).toBe(true);
  });

  it('a second visit with the network cut still opens and ranks a workbook', async () => {
    await page.close();
    await context.setOffline(true);
    try {
      page = await context.newPage();
      await page.goto(`${site.url}index.html`);
      await page.getByRole('heading', { name: 'BlocRank trên trình duyệt' }).waitFor({ timeout: 20_000 });
      await choose(page, EXAMPLES[0]!);
      await waitInteractive(page);
      await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
      await page.getByRole('table').first().waitFor({ timeout: 20_000 });
      expect(await page.getByRole('button', { name: 'Tải bản đã cập nhật' }).count()).toBe(1);
      // The English words are a chunk of their own: the worker has it too.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'BlocRank in the browser' }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    } finally {
      await context.setOffline(false);
    }
  });

  it('no request left the origin during the whole run', () => {
    expect(local.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    // The add-in's pages were never fetched by the page.
    expect(local.filter((u) => /taskpane\.html|functions\.js|manifest/.test(u))).toEqual([]);
  });
});
