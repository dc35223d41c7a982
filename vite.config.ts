/**
 * The add-in build: `npm run build` → dist/
 *   taskpane.html (+ assets/*.js)   the task pane page, which also hosts the custom functions (shared runtime)
 *   functions.json, functions-vi.json   generated from the JSDoc of src/functions/functions.ts
 *   assets/icon-*.png, support.html
 *   manifest.xml                     with https://localhost:3000/ replaced by $BLOCRANK_URL
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { addinAssetsPlugin, resolveBaseUrl } from './scripts/addinAssetsPlugin';
import { customFunctionsPlugin } from './scripts/customFunctionsPlugin';
import { functionsVi } from './src/functions/functions-vi';

const root = fileURLToPath(new URL('.', import.meta.url));

export const viteConfig = defineConfig(() => ({
  root: resolve(root, 'src/taskpane'),
  base: './',
  publicDir: false as const,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // One entry chunk, so no preload polyfill (it would be the bundle's only other fetch).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { taskpane: resolve(root, 'src/taskpane/taskpane.html') },
    },
  },
  plugins: [
    react(),
    customFunctionsPlugin({
      entry: resolve(root, 'src/functions/functions.ts'),
      localizations: { vi: functionsVi },
    }),
    addinAssetsPlugin({ root, baseUrl: resolveBaseUrl(process.env.BLOCRANK_URL) }),
  ],
}));

// Vite reads the default export of its config file.
export default viteConfig;
