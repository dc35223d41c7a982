/**
 * `npm run check:dist [folder]`: checks that a built dist/ (default ./dist) is complete and self-consistent
 * before it is copied to a host:
 *   - the files the add-in and the web page need are there;
 *   - every URL in each manifest (manifest*.xml) is under the manifest's base URL and resolves to a file of
 *     the folder; the icons are PNGs at the sizes the manifest declares (scripts/manifestChecks.ts);
 *   - every URL under that base in functions*.json (the functions' help pages) resolves too;
 *   - every script, stylesheet, preload and icon of each HTML page resolves to a file of the folder; the only
 *     outside URL allowed is Office.js from Microsoft's CDN, in the task pane;
 *   - the web page's service worker lists only files of the folder, never the add-in's own;
 *   - with BLOCRANK_URL set (a production build), the manifests use that URL and no `localhost` is left
 *     anywhere in the folder.
 * Exit code 0 when no problem was found; each problem is printed on its own line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBaseUrl } from './addinAssetsPlugin';
import { checkIcons, checkServedFiles, parseManifest, urls } from './manifestChecks';
import { ADDIN_ONLY } from './webPagePlugin';

/** Files every build has: the add-in's and the web page's. */
export const REQUIRED_FILES = [
  'taskpane.html',
  'functions.js',
  'functions.json',
  'functions-vi.json',
  'help/functions.html',
  'support.html',
  'manifest.xml',
  'index.html',
  'page-sw.js',
] as const;

/** The one outside script the task pane loads (Office requires the hosted copy). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface CheckDistOptions {
  /** The production URL (BLOCRANK_URL): the manifests must use it and no `localhost` may be left. */
  readonly productionUrl?: string | undefined;
}

/** Every file of `dir`, as paths relative to it with `/`. */
export function listDist(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')),
  );
}

/** The base URL a built manifest serves from: where its taskpane.html is. */
export function manifestBase(xml: string): string | undefined {
  const served = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(xml)?.[1];
  return served ? resolveBaseUrl(served) : undefined;
}

/** URLs of scripts, stylesheets, preloads and icons in an HTML page. */
export function htmlRefs(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<(script|link|img)\b[^>]*>/gi)) {
    const attr = /\b(?:src|href)\s*=\s*"([^"]*)"/i.exec(tag[0]) ?? /\b(?:src|href)\s*=\s*'([^']*)'/i.exec(tag[0]);
    if (attr?.[1]) out.push(attr[1]);
  }
  return out;
}

/** The files the page's service worker caches (the array the build writes into it). */
export function workerFiles(code: string): string[] | null {
  const m = /(\[\s*"index\.html"[^\]]*\])/.exec(code);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as string[];
  } catch {
    return null;
  }
}

/**
 * The problems of the built folder `dir` (empty: ready to host).
 *
 * @example checkDist('dist', { productionUrl: process.env.BLOCRANK_URL }) // []
 */
export function checkDist(dir: string, options: CheckDistOptions = {}): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [`${dir} is not a folder (run npm run build first)`];
  const problems: string[] = [];
  const files = listDist(dir);
  for (const f of REQUIRED_FILES) if (!files.has(f)) problems.push(`${f} is missing`);
  const production = options.productionUrl ? resolveBaseUrl(options.productionUrl) : undefined;

  // The manifests.
  const manifests = [...files].filter((f) => !f.includes('/') && /^manifest.*\.xml$/i.test(f));
  let base: string | undefined;
  for (const m of manifests) {
    const xml = readFileSync(join(dir, m), 'utf8');
    const b = manifestBase(xml);
    if (!b) {
      problems.push(`${m}: no <SourceLocation> of taskpane.html`);
      continue;
    }
    base ??= b;
    if (production && b !== production) problems.push(`${m}: serves from ${b}, not BLOCRANK_URL ${production}`);
    const doc = parseManifest(xml);
    for (const { where, url } of urls(doc)) if (!url.startsWith(b)) problems.push(`${m}: ${where}: ${url} is not under ${b}`);
    problems.push(...checkServedFiles(doc, b, files).map((p) => `${m}: ${p}`));
    problems.push(...checkIcons(doc, dir, b).map((p) => `${m}: ${p}`));
  }

  // The functions' metadata: their help URLs.
  for (const f of ['functions.json', 'functions-vi.json']) {
    if (!files.has(f) || !base) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/"(https?:\/\/[^"]+)"/g)) {
      const url = m[1]!;
      if (!url.startsWith(base)) problems.push(`${f}: ${url} is not under ${base}`);
      else if (!files.has(decodeURI(url.slice(base.length).replace(/[?#].*$/, '')))) problems.push(`${f}: ${url} is not a file of the build`);
    }
  }

  // The HTML pages.
  for (const page of [...files].filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, page), 'utf8');
    for (const ref of htmlRefs(html)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
        if (!(page === 'taskpane.html' && ref === OFFICE_JS) && !/^(mailto|data):/i.test(ref)) problems.push(`${page}: loads ${ref} from outside the build`);
        continue;
      }
      if (ref.startsWith('#')) continue;
      const target = posix.normalize(posix.join(posix.dirname(page), ref.replace(/[?#].*$/, '')));
      if (!files.has(target)) problems.push(`${page}: ${ref} is not a file of the build`);
    }
  }

  // The web page's service worker.
  if (files.has('page-sw.js')) {
    const listed = workerFiles(readFileSync(join(dir, 'page-sw.js'), 'utf8'));
    if (!listed) problems.push('page-sw.js: no list of the page\'s files');
    else
      for (const f of listed) {
        if (!files.has(f)) problems.push(`page-sw.js: caches ${f}, which is not a file of the build`);
        if (ADDIN_ONLY.test(f)) problems.push(`page-sw.js: caches ${f}, a file of the add-in`);
      }
  }

  // A production build has no localhost left.
  if (production)
    for (const f of files) {
      if (!/\.(html|js|json|xml|css|txt|webmanifest)$/i.test(f)) continue;
      const line = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .findIndex((l) => /localhost/i.test(l));
      if (line >= 0) problems.push(`${f}:${line + 1}: "localhost" left in a production build`);
    }
  return problems;
}

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, process.argv[2] ?? 'dist');
  const productionUrl = process.env.BLOCRANK_URL?.trim() || undefined;
  const problems = checkDist(dir, { productionUrl });
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length === 0)
    console.log(`✓ ${relative(process.cwd(), dir) || '.'}: complete and self-consistent${productionUrl ? ` for ${productionUrl}` : ' (development build: BLOCRANK_URL not set)'}`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
