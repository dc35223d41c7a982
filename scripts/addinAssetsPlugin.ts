/**
 * Vite plugin that puts the add-in's static files into dist/: the icons (assets/icon-*.png → dist/assets/),
 * the support page, and manifest.xml with the development URL replaced by the URL the add-in is served from
 * (env BLOCRANK_URL; https://localhost:3000/ by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderHelpPage } from './helpPage';

/** Where the functions' help page is served, relative to the base URL (the functions' `@helpurl`). */
export const HELP_PAGE = 'help/functions.html';

/** The URL the checked-in manifest.xml uses; the build replaces it with the served URL. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/** The base URL the add-in is served from: `value` (e.g. process.env.BLOCRANK_URL) or the development URL. */
export function resolveBaseUrl(value: string | undefined): string {
  const raw = value?.trim() || DEV_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BLOCRANK_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`BLOCRANK_URL must be an https URL (Office requires it): "${raw}"`);
  if (url.search || url.hash) throw new Error(`BLOCRANK_URL must not have a query or fragment: "${raw}"`);
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The production add-in's `<Id>`: fixed, so an update replaces the installed add-in, and distinct from the
 * development one (manifest.xml's), so both can be loaded side by side and Office never mixes their caches.
 * `BLOCRANK_ADDIN_ID` overrides it (an organisation publishing its own build).
 */
export const PRODUCTION_ADDIN_ID = '9b170070-00c1-4b45-800b-f8b31a838ee1';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `<Id>` of the manifest built for `baseUrl`: the development manifest's own for the development URL,
 * else `override` (e.g. process.env.BLOCRANK_ADDIN_ID) or PRODUCTION_ADDIN_ID.
 *
 * @example resolveAddinId('https://addin.example.org/', undefined) // PRODUCTION_ADDIN_ID
 */
export function resolveAddinId(baseUrl: string, override: string | undefined): string | undefined {
  if (resolveBaseUrl(baseUrl) === DEV_BASE_URL) return undefined;
  const id = override?.trim() || PRODUCTION_ADDIN_ID;
  if (!GUID.test(id)) throw new Error(`BLOCRANK_ADDIN_ID must be a GUID: "${id}"`);
  return id;
}

/**
 * The manifest `<Version>` (four numbers) of a package.json version: 0.1.0 → 0.1.0.0 (a pre-release tag is
 * dropped; Office compares the four numbers).
 *
 * @example manifestVersion('1.2.3-beta.1') // '1.2.3.0'
 */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion.trim());
  if (!m) throw new Error(`package.json version "${packageVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * The manifest to serve from `baseUrl`: the development URL replaced, `<Version>` set to `version`, and
 * `<Id>` replaced by `id` when given (a production build).
 *
 * @example buildManifest(xml, { baseUrl: 'https://addin.example.org/', version: '0.1.0.0', id: PRODUCTION_ADDIN_ID })
 */
export function buildManifest(
  manifestXml: string,
  options: { readonly baseUrl: string; readonly version: string; readonly id?: string },
): string {
  let out = substituteBaseUrl(manifestXml, options.baseUrl);
  if (!/<Version>[^<]*<\/Version>/.test(out)) throw new Error('manifest.xml has no <Version>');
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (options.id) {
    if (!/<Id>[^<]*<\/Id>/.test(out)) throw new Error('manifest.xml has no <Id>');
    out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${options.id}</Id>`);
  }
  return out;
}

/** Escapes the characters XML attribute values cannot hold as they are. */
function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** manifest.xml with every occurrence of the development URL replaced by `baseUrl`. */
export function substituteBaseUrl(manifestXml: string, baseUrl: string): string {
  if (!manifestXml.includes(DEV_BASE_URL)) throw new Error(`manifest.xml does not use ${DEV_BASE_URL}`);
  return manifestXml.split(DEV_BASE_URL).join(xmlAttr(resolveBaseUrl(baseUrl)));
}

export interface AddinAssetsPluginOptions {
  /** Repository root (holds manifest.xml and assets/). */
  root: string;
  /** Served base URL (already resolved with resolveBaseUrl). */
  baseUrl: string;
  /** The production `<Id>` (resolveAddinId); undefined keeps manifest.xml's (development). */
  addinId?: string;
  /** The package version (package.json), written as the manifest's `<Version>`. */
  packageVersion: string;
}

export function addinAssetsPlugin(options: AddinAssetsPluginOptions): Plugin {
  const assetsDir = resolve(options.root, 'assets');
  const manifestPath = resolve(options.root, 'manifest.xml');
  return {
    name: 'blocrank:addin-assets',
    buildStart() {
      this.addWatchFile(manifestPath);
      this.addWatchFile(resolve(options.root, 'docs/FUNCTIONS.md'));
    },
    generateBundle() {
      const icons = readdirSync(assetsDir).filter((f) => /^icon-\d+\.png$/.test(f));
      if (icons.length === 0) this.error(`No icons in ${assetsDir}: run node --import tsx scripts/icons.ts`);
      for (const f of icons) {
        this.emitFile({ type: 'asset', fileName: `assets/${f}`, source: readFileSync(join(assetsDir, f)) });
      }
      this.emitFile({ type: 'asset', fileName: 'support.html', source: readFileSync(join(assetsDir, 'support.html')) });
      // The functions' help page (their helpUrl): docs/FUNCTIONS.md as HTML.
      const help = readFileSync(resolve(options.root, 'docs/FUNCTIONS.md'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: HELP_PAGE,
        source: renderHelpPage(help, 'BlocRank – TDKT functions', 'en'),
      });
      let manifest: string;
      try {
        manifest = buildManifest(readFileSync(manifestPath, 'utf8'), {
          baseUrl: options.baseUrl,
          version: manifestVersion(options.packageVersion),
          id: options.addinId,
        });
      } catch (err) {
        this.error(err instanceof Error ? err.message : String(err));
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: manifest });
    },
  };
}
