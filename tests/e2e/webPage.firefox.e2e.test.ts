// The web page (dist/index.html) in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (playwright
// drives Firefox only with its own patched build, which cannot be fetched here): at 1366×768 and at phone width,
// each bundled example chosen, ranked and offered for download — the offered bytes equal `blocrank rank`'s — the
// error example's issues at their cells, English switchable, axe clean, and a second visit with the server gone.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlocrank } from '../helpers/runCliInProcess';
import { buildPane, removeDir, ROOT, serve } from './harness';

/** Debian's Firefox ESR (package firefox-esr), or $FIREFOX. */
const FIREFOX = [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => Boolean(p && existsSync(p)));
if (!FIREFOX) console.warn('webPage.firefox.e2e: skipped, no Firefox (apt-get install -y firefox-esr)');

const EXAMPLES = ['bac-ninh-2018.xlsx', 'tham-muu-tong-hop-2025-en.xlsx'];
const ERROR_EXAMPLE = 'dak-nong-2024-co-loi.xlsx';
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const SHOTS = join(ROOT, 'test-results/e2e');
const DESKTOP = { width: 1366, height: 768 };
/** The ranking table, by its accessible name in Vietnamese. */
const RANKING = 'table[aria-label="Kết quả xếp hạng"]';
const PHONE = { width: 390, height: 844 };

/**
 * Every Blob the page offers for download (downloadBytes makes a Blob URL and clicks an `<a download>`), kept
 * with the name it is offered under: the bytes the clerk would get, without Firefox's download dialog.
 */
const CAPTURE_DOWNLOADS = `(() => {
  const offered = (window.__offered = []);
  const make = URL.createObjectURL.bind(URL);
  const blobs = new Map();
  URL.createObjectURL = (blob) => { const url = make(blob); blobs.set(url, blob); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && blobs.has(this.href)) { offered.push({ name: this.download, blob: blobs.get(this.href) }); return; }
    return click.call(this);
  };
})();`;

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
}

describe.skipIf(!FIREFOX)('the web page in Firefox', () => {
  let out: string;
  let cliDir: string;
  let site: Awaited<ReturnType<typeof serve>> | null = null;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    out = await buildPane();
    cliDir = mkdtempSync(join(tmpdir(), 'blocrank-web-ff-'));
    site = await serve(out);
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX!,
      headless: true,
      // No update checks, telemetry or other calls home from a test browser on a closed network.
      extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'browser.safebrowsing.update.enabled': false },
    });
    page = await browser.newPage();
    await page.setViewport(DESKTOP);
    await page.evaluateOnNewDocument(CAPTURE_DOWNLOADS);
    page.on('request', (r) => void requests.push(r.url()));
    page.on('pageerror', (e) => void errors.push(String(e)));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeDir(out);
    removeDir(cliDir);
  });

  const text = () => page.$eval('main', (m) => (m as HTMLElement).innerText);

  /** The button whose text is exactly `name` (not a tab), once it is enabled. */
  async function button(name: string, timeout = 20_000) {
    const xpath = `::-p-xpath(//button[not(@role="tab")][normalize-space()="${name}"][not(@disabled)][not(@aria-disabled="true")])`;
    const found = await page.waitForSelector(xpath, { timeout });
    return found!;
  }

  async function choose(file: string): Promise<void> {
    const input = await page.waitForSelector('input[type=file]');
    await input!.uploadFile(resolve(ROOT, 'examples', file));
    await page.waitForFunction((f) => document.querySelector('main')?.textContent?.includes(`Đang mở: ${f}`), { timeout: 20_000 }, file);
  }

  async function rank(): Promise<void> {
    await (await button('Xếp hạng')).click();
  }

  /**
   * The ranking table shown with its rows (the page keeps a hidden, empty one to load the table's code early,
   * so a bare `table` would be found at once).
   */
  async function rankingShown(): Promise<void> {
    await page.waitForSelector(RANKING, { visible: true, timeout: 20_000 });
    expect(await page.$$eval(`${RANKING} tbody tr`, (rows) => rows.length)).toBeGreaterThan(0);
  }

  /** The downloads offered since `from`, with their bytes. */
  async function offered(from: number): Promise<{ name: string; bytes: Uint8Array }[]> {
    await page.waitForFunction((n) => (window as unknown as { __offered: unknown[] }).__offered.length > n, { timeout: 20_000 }, from);
    const list = await page.evaluate(async (n) => {
      const all = (window as unknown as { __offered: { name: string; blob: Blob }[] }).__offered.slice(n);
      return Promise.all(
        all.map(async (o) => {
          const bytes = new Uint8Array(await o.blob.arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          return { name: o.name, base64: btoa(binary) };
        }),
      );
    }, from);
    return list.map((o) => ({ name: o.name, bytes: new Uint8Array(Buffer.from(o.base64, 'base64')) }));
  }
  const offeredCount = () => page.evaluate(() => (window as unknown as { __offered: unknown[] }).__offered.length);

  async function checkA11y(state: string): Promise<void> {
    if (!existsSync(AXE)) return;
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    expect(await page.evaluate(() => 'axe' in window)).toBe(true);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const r = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      state,
    ).toEqual([]);
  }

  async function shot(name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) as `${string}.png`, fullPage: true });
  }

  it('opens in Vietnamese at 1366×768, says the file stays on the computer, and its worker takes the page only', async () => {
    await page.goto(`${site!.url}index.html`);
    await page.waitForSelector('::-p-text(BlocRank trên trình duyệt)', { timeout: 30_000 });
    expect(await page.$eval('html', (h) => h.lang)).toBe('vi');
    expect(await text()).toContain('Tệp không rời khỏi máy tính');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${site!.url}index.html`);
    await checkA11y('start');
  }, 60_000);

  for (const example of EXAMPLES) {
    it(`${example}: ranked in Firefox, the copy offered is byte-identical to blocrank rank's`, async () => {
      await choose(example);
      await rank();
      await rankingShown();
      const before = await offeredCount();
      await (await button('Tải bản đã cập nhật')).click();
      const [copy] = await offered(before);
      const stem = basename(example, '.xlsx');
      expect(copy!.name).toBe(`${stem}.ranked.xlsx`);
      const cliOut = join(cliDir, `${stem}.ranked.xlsx`);
      expect((await runBlocrank('rank', resolve(ROOT, 'examples', example), '-o', cliOut, '--force')).code).toBe(0);
      expect(Buffer.from(copy!.bytes).equals(readFileSync(cliOut))).toBe(true);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
      await checkA11y(`${example} ranked`);
      if (example === EXAMPLES[0]) await shot('web-page-firefox');
    }, 60_000);
  }

  it(`${ERROR_EXAMPLE}: the issues at their cells of the scores sheet, and no download`, async () => {
    await choose(ERROR_EXAMPLE);
    await rank();
    await page.waitForSelector('::-p-text(BlocRank không ghi gì vào bản sao)', { timeout: 20_000 });
    const cli = await runBlocrank('rank', resolve(ROOT, 'examples', ERROR_EXAMPLE), '--json');
    const errorsAt = (JSON.parse(cli.stdout) as { issues: { severity: string; cell?: string }[] }).issues.filter(
      (i) => i.severity === 'error' && i.cell !== undefined,
    );
    expect(errorsAt.length).toBeGreaterThan(0);
    const shown = await text();
    for (const i of errorsAt) expect(shown).toContain(i.cell!);
    expect(shown).toContain('Chưa có thay đổi nào để tải về.');
    expect(await page.$$eval('li[data-severity]', (items) => items.length)).toBeGreaterThanOrEqual(errorsAt.length);
    expect(await page.$$eval('li[data-severity] button', (bs) => bs.length)).toBe(0);
    expect(await page.$$eval('button', (bs) => bs.filter((b) => b.textContent?.trim() === 'Tải bản đã cập nhật').length)).toBe(0);
    await checkA11y('errors');
  }, 60_000);

  it('at phone width (390 px): nothing wider than the screen, the ranking shown, English switchable', async () => {
    await page.setViewport(PHONE);
    await choose(EXAMPLES[0]!);
    await rank();
    await rankingShown();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await checkA11y('phone ranked');
    await shot('web-page-firefox-phone');
    await (await button('English')).click();
    await page.waitForSelector('::-p-text(BlocRank in the browser)');
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
    await (await button('Tiếng Việt')).click();
    await page.waitForSelector('::-p-text(BlocRank trên trình duyệt)');
    await page.setViewport(DESKTOP);
  }, 60_000);

  it('a second visit with the server gone still opens and ranks a workbook (the page’s worker)', async () => {
    await site!.close();
    site = null;
    await page.reload();
    await page.waitForSelector('::-p-text(BlocRank trên trình duyệt)', { timeout: 30_000 });
    // Served by the worker: nothing else could answer with the server closed.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/page-sw\.js$/);
    await choose(EXAMPLES[0]!);
    await rank();
    await rankingShown();
    expect(await text()).toContain('Đã ghi');
  }, 60_000);

  it('the page asked only its own origin, and threw nothing', () => {
    expect(requests.length).toBeGreaterThan(0);
    const origin = requests[0]!.slice(0, requests[0]!.indexOf('/', 'http://'.length) + 1);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
