// The add-in build end to end: vite build (with a production BLOCRANK_URL) into a temporary folder, then what
// Office will fetch: functions.json / functions-vi.json, the manifest, the icons, the page and its bundle.
// With a Chromium at hand (/usr/bin/chromium or $CHROMIUM) the page is also opened with a CustomFunctions stub.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { DEV_BASE_URL, PRODUCTION_ADDIN_ID, manifestVersion } from '../scripts/addinAssetsPlugin';
import { generateFunctionsMetadata, localizeMetadata, withBaseUrl } from '../scripts/customFunctionsPlugin';
import { checkManifest, checkServedFiles, parseManifest } from '../scripts/manifestChecks';
import { checkDist, workerFiles } from '../scripts/checkDist';
import { findManifestSchema, hasXmllint, validateWithSchema } from '../scripts/manifestSchema';
import { functionsVi } from '../src/functions/functions-vi';

const root = resolve(import.meta.dirname, '..');
const BASE = 'https://addin.example.org/blocrank/';
const chromiumPath = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

let out: string;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'blocrank-dist-'));
  const previous = process.env.BLOCRANK_URL;
  process.env.BLOCRANK_URL = BASE;
  try {
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      configLoader: 'runner',
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.BLOCRANK_URL;
    else process.env.BLOCRANK_URL = previous;
  }
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('npm run check:dist finds the production build complete and self-consistent (no localhost left)', () => {
    expect(checkDist(out, { productionUrl: BASE })).toEqual([]);
  });

  it("writes the web page and its service worker, which caches the page's files and none of the add-in's", () => {
    const files = listFiles(out);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'page-sw.js']));
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<title>BlocRank trên trình duyệt</title>');
    expect(html).not.toContain('office.js');
    const cached = workerFiles(readFileSync(join(out, 'page-sw.js'), 'utf8'))!;
    expect(cached[0]).toBe('index.html');
    expect(cached.filter((f) => /taskpane|functions|manifest/.test(f))).toEqual([]);
    for (const f of cached) expect(files).toContain(f);
  });

  it('writes the page, the functions script, the metadata, the help page, the icons and the manifest', () => {
    const files = listFiles(out);
    for (const f of [
      'taskpane.html',
      'functions.js',
      'functions.json',
      'functions-vi.json',
      'help/functions.html',
      'manifest.xml',
      'support.html',
    ])
      expect(files).toContain(f);
    for (const size of [16, 32, 64, 80, 128]) expect(files).toContain(`assets/icon-${size}.png`);
    // One entry script in the page; it imports functions.js at once (dynamically, so the pane's first paint
    // does not wait for the engine; the functions register once, in the page's runtime); the task pane's
    // other chunks are imported on demand from assets/.
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const entries = [...html.matchAll(/<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(entries).toHaveLength(1);
    expect(files).toContain(entries[0]);
    expect(readFileSync(join(out, entries[0]!), 'utf8')).toMatch(/import\(\s*["'`]\.\.\/functions\.js["'`]\s*\)/);
    // page-sw.js: the web page's service worker sits at the root (its scope is the page, dist/index.html).
    expect(files.filter((f) => f.endsWith('.js') && f !== 'functions.js' && f !== 'page-sw.js').every((f) => f.startsWith('assets/'))).toBe(
      true,
    );
    expect(readFileSync(join(out, 'functions.js'), 'utf8')).toMatch(/CustomFunctions\.associate\([`"']RANKBLOC[`"']/);
  });

  it('the help page is docs/FUNCTIONS.md, with an anchor for each function', () => {
    const help = readFileSync(join(out, 'help/functions.html'), 'utf8');
    for (const id of [
      'tdktversion',
      'tdktrankbloc',
      'tdkttotal',
      'tdktmaxscore',
      'tdktgrade',
      'tdktawards',
      'blank-as-0',
    ])
      expect(help).toContain(`id="${id}"`);
    expect(help).toContain('<table>');
    expect(help).not.toMatch(/<script/);
  });

  it('functions.json is the generated metadata, functions-vi.json its Vietnamese copy', async () => {
    const { metadata } = await generateFunctionsMetadata(resolve(root, 'src/functions/functions.ts'));
    const json = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8'));
    const vi = JSON.parse(readFileSync(join(out, 'functions-vi.json'), 'utf8'));
    // the generator's output, with the help pages moved to BLOCRANK_URL as the manifest's URLs are
    expect(json).toEqual(withBaseUrl(metadata, DEV_BASE_URL, BASE));
    expect(vi).toEqual(withBaseUrl(localizeMetadata(metadata, functionsVi, 'vi'), DEV_BASE_URL, BASE));
    for (const f of json.functions as Array<{ helpUrl: string }>) {
      expect(f.helpUrl).toMatch(new RegExp(`^${BASE.replace(/[.]/g, '\\.')}help/functions\\.html#tdkt`));
    }
    expect(json.functions.find((f: { id: string }) => f.id === 'VERSION')).toMatchObject({ name: 'VERSION' });
    expect(vi.functions.find((f: { id: string }) => f.id === 'VERSION')).toMatchObject({ name: 'PHIENBAN' });
  });

  it('the manifest points to BLOCRANK_URL, only at files of the build, and passes the checks', () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain(`${BASE}taskpane.html`);
    expect(xml).toContain(`${BASE}functions.js`);
    expect(xml).toContain(`<Id>${PRODUCTION_ADDIN_ID}</Id>`);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    expect(xml).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
    expect(checkManifest(xml, { root: out, baseUrl: BASE })).toEqual([]);
    expect(checkServedFiles(parseManifest(xml), BASE, new Set(listFiles(out)))).toEqual([]);
  });

  it.skipIf(!findManifestSchema(root) || !hasXmllint())(
    'the built production manifest is valid against the XSD',
    () => {
      const r = validateWithSchema(
        findManifestSchema(root)!,
        readFileSync(join(out, 'manifest.xml'), 'utf8'),
        'dist/manifest.xml',
      );
      expect(r.output).toMatch(/validates$/);
      expect(r.ok, r.output).toBe(true);
    },
  );

  it('the page loads Office.js from the CDN and nothing else from the network', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const external = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => /^(https?:)?\/\//.test(u));
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(html).toMatch(
      /<script src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/,
    );
    const js = listFiles(out)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    expect(js).toMatch(/typeof CustomFunctions\s*[<!]/);
    expect(js).toMatch(/CustomFunctions\.associate\([`"']VERSION[`"']/);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
};

describe.skipIf(!chromiumPath)('the built page in Chromium (shared runtime stubbed)', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const file = join(out, (req.url ?? '/').split('?')[0]!);
      if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/taskpane.html`;
  });

  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it('renders the task pane and associates every function (VERSION returns the package version, RANKBLOC ranks)', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath!, headless: true });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      // No network here: Office.js is not served (the page must still render), everything else is local.
      await page.route('**/*', (route) => {
        const u = route.request().url();
        requests.push(u);
        return u.startsWith('http://127.0.0.1:') ? route.continue() : route.abort();
      });
      await page.addInitScript(() => {
        const registry: Record<string, (...args: unknown[]) => unknown> = {};
        Object.assign(window, {
          __associated: registry,
          CustomFunctions: { associate: (id: string, fn: (...args: unknown[]) => unknown) => void (registry[id] = fn) },
        });
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.getByRole('heading', { name: 'BlocRank', exact: true }).waitFor({ timeout: 10_000 });
      const result = await page.evaluate(() => {
        const registry = (window as unknown as { __associated: Record<string, (...args: unknown[]) => unknown> })
          .__associated;
        return {
          ids: Object.keys(registry),
          version: registry.VERSION?.(),
          ranks: registry.RANKBLOC?.([[90], [95], [90]]),
        };
      });
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
      expect(result).toEqual({
        ids: ['VERSION', 'RANKBLOC', 'TOTAL', 'MAXSCORE', 'GRADE', 'AWARDS'],
        version: pkg.version,
        ranks: [[2], [1], [2]],
      });
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([
        'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      ]);
    } finally {
      await browser.close();
    }
  });
});
