/**
 * The production task pane in headless Chromium against the in-memory Excel host: build, serve, bundle the
 * host, launch. Shared by the end-to-end test and the task-pane bench.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = resolve(ROOT, 'node_modules/@microsoft/office-js/dist');

/** The Chromium to drive: $CHROMIUM, else Debian's. */
export const CHROMIUM_PATH = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The task pane's width in Excel (the pane is 320–350 px wide). */
export const PANE = { width: 340, height: 900 };

/** `npm run build` into a temporary folder (removed by the caller). */
export async function buildPane(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'blocrank-pane-'));
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true },
  });
  return out;
}

/** A module of tests/e2e as a minified classic script defining `globalName` (for the page). */
async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: resolve(ROOT, 'tests/e2e', entry), formats: ['iife'], name: globalName },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry}: no chunk`);
  // Playwright runs init scripts inside a function: make the IIFE's `var` a real global.
  return `${chunk.code}\n;globalThis.${globalName} = ${globalName};\n`;
}

/** tests/e2e/memoryHost.ts for the page: the global `__blocrankMemory` (added with addInitScript). */
export function bundleMemoryHost(): Promise<string> {
  return bundleForPage('memoryHost.ts', '__blocrankMemory');
}

/** tests/e2e/memoryDirect.ts for the page: the global `__blocrankDirect` (the bench's baseline). */
export function bundleDirect(): Promise<string> {
  return bundleForPage('memoryDirect.ts', '__blocrankDirect');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Office.js served by the test server itself (the bench's loads: no request routing in the way). */
export interface LocalOffice {
  /** The memory host to install when office.js runs (read at each request); null: Office.js alone. */
  readonly install: () => import('./memoryHost').InstallOptions | null;
}

/** What the local Office.js serves under `/_office/`, with the memory host's install lines appended. */
function localOfficeFile(path: string, office: LocalOffice): string | null {
  const file = resolve(OFFICE_DIST, path);
  if (!file.startsWith(OFFICE_DIST + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  let body = readFileSync(file, 'utf8');
  const install = office.install();
  if (install && path === 'office.js') body += `\n;__blocrankMemory.install(${JSON.stringify(install)});\n`;
  if (install && path === 'o15apptofilemappingtable.js') body += '\n;__blocrankMemory.reinstall();\n';
  return body;
}

/**
 * A static server for `dir` on 127.0.0.1. With `office`, it also serves Office.js from node_modules under
 * `/_office/`, `<page>.local.html` as `<page>.html` loading that copy instead of the CDN's, and
 * `office-only.html` (Office.js alone): the bench loads the pane with no request routed through the driver.
 */
export async function serve(dir: string, office?: LocalOffice): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (office && path.startsWith('/_office/')) {
      const body = localOfficeFile(path.slice('/_office/'.length), office);
      return void (body === null ? res.writeHead(404).end() : res.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(body));
    }
    if (office && path === '/office-only.html')
      return void res
        .writeHead(200, { 'Content-Type': TYPES['.html'] })
        .end('<!doctype html><script src="./_office/office.js"></script><script>window.__officeAt = performance.now();</script>');
    const local = office && path.endsWith('.local.html') ? path.replace(/\.local\.html$/, '.html') : null;
    const file = normalize(join(dir, local ?? path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    if (local)
      return void res
        .writeHead(200, { 'Content-Type': TYPES['.html'] })
        .end(readFileSync(file, 'utf8').replaceAll(OFFICE_JS_URL, './_office/office.js'));
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface PaneSetup {
  /** The bundled memory host (bundleMemoryHost()). */
  readonly memoryHost: string;
  /** Options of `__blocrankMemory.install` (units, dark); null: no host at all (Office.js only). */
  readonly install: import('./memoryHost').InstallOptions | null;
}

export interface PaneRequests {
  /** Requests answered locally: the served build and the routed Office.js files. */
  readonly local: string[];
  /** Requests to anywhere else (aborted). */
  readonly blocked: string[];
}

/**
 * Prepares `page` for the pane: Office.js's CDN routed to node_modules/@microsoft/office-js/dist/ (with
 * the memory host installed right after office.js runs), the served build passed through, and every other
 * request aborted and recorded.
 */
export async function preparePane(page: Page, setup: PaneSetup): Promise<PaneRequests> {
  const requests: PaneRequests = { local: [], blocked: [] };
  await page.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1:')) {
      requests.local.push(url);
      return route.continue();
    }
    if (url.startsWith(OFFICE_HOSTED)) {
      const file = resolve(OFFICE_DIST, url.slice(OFFICE_HOSTED.length).split('?')[0]!);
      if (file.startsWith(OFFICE_DIST + sep) && existsSync(file) && statSync(file).isFile()) {
        requests.local.push(url);
        let body = readFileSync(file, 'utf8');
        const path = url.split('?')[0]!;
        if (setup.install && path === OFFICE_JS_URL)
          body += `\n;__blocrankMemory.install(${JSON.stringify(setup.install)});\n`;
        // Office.js's loader, outside an Office client, sets its own Office.context when this table runs.
        if (setup.install && path === `${OFFICE_HOSTED}o15apptofilemappingtable.js`)
          body += '\n;__blocrankMemory.reinstall();\n';
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
      }
    }
    requests.blocked.push(url);
    return route.abort();
  });
  // Functions passed to page.evaluate from code run by tsx carry esbuild's `__name(fn, name)` calls.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript({ content: setup.memoryHost });
  return requests;
}

/** Shape of the page globals the tests reach through page.evaluate. */
export interface MemoryGlobal {
  readonly __blocrankMemory: {
    readonly host: import('../../src/excel/testing/memoryExcel').MemoryExcel;
  };
  readonly __blocrankDirect?: { rankDirect(units: number, desktop?: boolean): Promise<number> };
}

/** A fresh user-data-dir for one browser run (removed by the caller). */
export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'blocrank-chromium-'));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Waits until the pane's main button is enabled: the workbook was read and the pane answers clicks. */
export async function waitInteractive(page: Page, name = 'Xếp hạng', timeout = 30_000): Promise<void> {
  await page.getByRole('button', { name, exact: true }).and(page.locator(':enabled:not([aria-disabled="true"])')).waitFor({ timeout });
}
