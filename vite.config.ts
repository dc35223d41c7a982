/**
 * The add-in build: `npm run build` → dist/
 *   taskpane.html (+ assets/*.js)   the task pane page, which also hosts the custom functions (shared runtime)
 *   functions.js                     the custom functions (the manifest's CustomFunctions <Script>)
 *   functions.json, functions-vi.json   generated from the JSDoc of src/functions/functions.ts
 *   help/functions.html              the functions' help page (their helpUrl), from docs/FUNCTIONS.md
 *   assets/icon-*.png, support.html
 *   index.html, page-sw.js          the web page (BlocRank trên trình duyệt, src/web) and its service worker
 *   manifest.xml                     https://localhost:3000/ replaced by $BLOCRANK_URL; with it, the production
 *                                    <Id> ($BLOCRANK_ADDIN_ID overrides); <Version> from package.json
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { version } from './package.json';
import { DEV_BASE_URL, addinAssetsPlugin, resolveAddinId, resolveBaseUrl } from './scripts/addinAssetsPlugin';
import { customFunctionsPlugin } from './scripts/customFunctionsPlugin';
import { webPagePlugin } from './scripts/webPagePlugin';
import { PAGE_WORKER } from './src/web/registerPageWorker';
import { functionsVi } from './src/functions/functions-vi';

const root = fileURLToPath(new URL('.', import.meta.url));

export const viteConfig = defineConfig(() => {
  const baseUrl = resolveBaseUrl(process.env.BLOCRANK_URL);
  return {
    root: resolve(root, 'src/taskpane'),
    base: './',
    publicDir: false as const,
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      // One entry chunk, so no preload polyfill (it would be the bundle's only other fetch).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // functions.js: the manifest's CustomFunctions <Script> (a JavaScript file, as the docs require); the
        // page hosting the shared runtime loads the same module, so the functions register once.
        input: {
          taskpane: resolve(root, 'src/taskpane/taskpane.html'),
          functions: resolve(root, 'src/functions/functions.ts'),
          page: resolve(root, 'src/taskpane/index.html'),
        },
        output: {
          entryFileNames: (chunk: { name: string }) =>
            chunk.name === 'functions' ? 'functions.js' : 'assets/[name]-[hash].js',
        },
      },
    },
    plugins: [
      react(),
      customFunctionsPlugin({
        entry: resolve(root, 'src/functions/functions.ts'),
        localizations: { vi: functionsVi },
        baseUrl,
        devBaseUrl: DEV_BASE_URL,
      }),
      webPagePlugin({
        entry: 'page',
                worker: resolve(root, 'src/web/pageWorker.ts'),
        workerName: PAGE_WORKER,
        extra: ['assets/icon-32.png'],
      }),
      addinAssetsPlugin({
        root,
        baseUrl,
        addinId: resolveAddinId(baseUrl, process.env.BLOCRANK_ADDIN_ID),
        packageVersion: version,
      }),
    ],
  };
});

// Vite reads the default export of its config file.
export default viteConfig;
