/**
 * Vite plugin that puts the add-in's static files into dist/: the icons (assets/icon-*.png → dist/assets/),
 * the support page, and manifest.xml with the development URL replaced by the URL the add-in is served from
 * (env BLOCRANK_URL; https://localhost:3000/ by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

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
}

export function addinAssetsPlugin(options: AddinAssetsPluginOptions): Plugin {
  const assetsDir = resolve(options.root, 'assets');
  const manifestPath = resolve(options.root, 'manifest.xml');
  return {
    name: 'blocrank:addin-assets',
    buildStart() {
      this.addWatchFile(manifestPath);
    },
    generateBundle() {
      const icons = readdirSync(assetsDir).filter((f) => /^icon-\d+\.png$/.test(f));
      if (icons.length === 0) this.error(`No icons in ${assetsDir}: run node --import tsx scripts/icons.ts`);
      for (const f of icons) {
        this.emitFile({ type: 'asset', fileName: `assets/${f}`, source: readFileSync(join(assetsDir, f)) });
      }
      this.emitFile({ type: 'asset', fileName: 'support.html', source: readFileSync(join(assetsDir, 'support.html')) });
      let manifest: string;
      try {
        manifest = substituteBaseUrl(readFileSync(manifestPath, 'utf8'), options.baseUrl);
      } catch (err) {
        this.error(err instanceof Error ? err.message : String(err));
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: manifest });
    },
  };
}
