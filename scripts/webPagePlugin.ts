/**
 * Vite plugin for the web page (BlocRank trên trình duyệt, dist/index.html from src/taskpane/index.html):
 * writes its service worker dist/page-sw.js (src/web/pageWorker.ts) with the list of the files the page
 * loads — its HTML, its entry chunk and every chunk and stylesheet it imports, statically or on demand, and
 * its icon — so it works offline after the first visit. The add-in's own files (taskpane.html, functions.js,
 * the manifests, functions*.json) are never in that list.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Files of the add-in that the page's worker must never cache. */
export const ADDIN_ONLY = /^(taskpane\.html|functions\.js|functions(-\w+)?\.json|manifest.*\.xml|support\.html|help\/)/;

export interface WebPagePluginOptions {
  /** The page's entry name in the build's input. */
  readonly entry: string;
  /** The service worker's source (src/web/pageWorker.ts). */
  readonly worker: string;
  /** Name of the worker in dist/ (registerPageWorker.ts's PAGE_WORKER). */
  readonly workerName: string;
  /** Other files of the page (its icon). */
  readonly extra: readonly string[];
}

/** The files a chunk loads, itself included: its imports and dynamic imports (transitively), their CSS and assets. */
export function filesOf(bundle: OutputBundle, entry: OutputChunk): string[] {
  const seen = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    const item = bundle[name];
    if (!item) return;
    seen.add(name);
    if (item.type !== 'chunk') return;
    const meta = (item as OutputChunk & { viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } }).viteMetadata;
    for (const css of meta?.importedCss ?? []) seen.add(css);
    for (const asset of meta?.importedAssets ?? []) seen.add(asset);
    for (const i of [...item.imports, ...item.dynamicImports]) walk(i);
  };
  walk(entry.fileName);
  return [...seen];
}

export function webPagePlugin(options: WebPagePluginOptions): Plugin {
  return {
    name: 'blocrank-web-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_output, bundle) {
      if (bundle['index.html']?.type !== 'asset') this.error('the web page (src/taskpane/index.html) is not in the bundle');
      const entry = Object.values(bundle).find(
        (c): c is OutputChunk => c.type === 'chunk' && c.isEntry && c.name === options.entry,
      );
      if (!entry) this.error(`the web page has no entry chunk "${options.entry}"`);
      const files = ['index.html', ...filesOf(bundle, entry), ...options.extra].filter((f, i, all) => all.indexOf(f) === i);
      const leaked = files.filter((f) => ADDIN_ONLY.test(f));
      if (leaked.length > 0) this.error(`the page's worker would cache add-in files: ${leaked.join(', ')}`);
      const build = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const code = transformSync(readFileSync(options.worker, 'utf8'), {
        loader: 'ts',
        format: 'iife',
        define: { PAGE_FILES: JSON.stringify(files), PAGE_BUILD: JSON.stringify(build) },
      }).code;
      this.emitFile({ type: 'asset', fileName: options.workerName, source: code });
    },
  };
}
