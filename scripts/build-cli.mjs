// Compiles the `blocrank` CLI into one JavaScript file, dist-cli/blocrank.mjs, so it starts without compiling
// TypeScript. Run by `npm run build:cli`, by `prepare` (so `npx blocrank` works right after `npm ci`), and by
// bin/blocrank.mjs itself when the bundle is missing or older than the sources.
// Plain JavaScript on purpose: the launcher imports it before anything can compile TypeScript.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BUNDLE = join('dist-cli', 'blocrank.mjs');
const ENTRY = join('src', 'cli', 'main.ts');
/** What the bundle is built from, besides src/: the version and the locked dependencies. */
const INPUTS = ['package.json', 'package-lock.json'];

function newestMtime(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/**
 * 'fresh', 'missing' or 'stale' (older than a file under src/, package.json or package-lock.json). Without
 * src/ (an installed package), an existing bundle is fresh.
 */
export function bundleState(root) {
  const bundle = statSync(join(root, BUNDLE), { throwIfNoEntry: false });
  if (!bundle) return 'missing';
  if (!existsSync(join(root, 'src'))) return 'fresh';
  return newestInput(root) > bundle.mtimeMs ? 'stale' : 'fresh';
}

const newestInput = (root) => Math.max(newestMtime(join(root, 'src')), ...INPUTS.map((f) => newestMtime(join(root, f))));

/**
 * Builds the bundle with esbuild and installs it by rename, so a concurrent run reads either the old bundle
 * or the new one, never half a file. Everything is bundled (no node_modules lookups at start); the
 * commands are loaded lazily inside it, so `--help` evaluates only the CLI's own small modules.
 */
export async function buildCli(root) {
  const newest = newestInput(root);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: BUNDLE,
    logLevel: 'silent',
    legalComments: 'none',
    // Bundled CommonJS packages (exceljs, jszip) call require() for Node's built-in modules.
    banner: { js: "import { createRequire as __blocrankRequire } from 'node:module'; const require = __blocrankRequire(import.meta.url);" },
  });
  const out = join(root, BUNDLE);
  mkdirSync(join(root, 'dist-cli'), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, result.outputFiles[0].contents);
    // Never older than what it was built from, even when a source carries a time ahead of the clock.
    const at = Math.max(Date.now(), newest) / 1000;
    utimesSync(tmp, at, at);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
  return out;
}

/**
 * What bin/blocrank.mjs does: run the bundle; when it is missing or stale, rebuild it first; when it cannot
 * be built (esbuild absent, e.g. installed without dev dependencies), run the TypeScript sources through
 * tsx with a note on stderr. `build` is injectable for the tests. Resolves to what was run.
 */
export async function launch(root, { build = buildCli } = {}) {
  let ran = 'bundle';
  if (bundleState(root) !== 'fresh') {
    try {
      await build(root);
      ran = 'rebuilt';
    } catch (e) {
      process.stderr.write(
        'blocrank: không dựng được bản biên dịch, chạy từ mã nguồn (chậm hơn) / could not build the compiled CLI; running from source (slower). Run: npm run build:cli\n',
      );
      if (process.env.BLOCRANK_DEBUG === '1') process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      const { register } = await import('tsx/esm/api');
      register();
      await import(pathToFileURL(join(root, ENTRY)).href);
      return 'source';
    }
  }
  if (process.env.BLOCRANK_DEBUG === '1') process.stderr.write(`blocrank: ${ran} ${join(root, BUNDLE)}\n`);
  await import(pathToFileURL(join(root, BUNDLE)).href);
  return ran;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    console.log(`blocrank: built ${await buildCli(root)}`);
  } catch (e) {
    // `prepare` passes --if-possible: an install without esbuild (npm ci --omit=dev) must not fail for it;
    // the launcher then runs the sources through tsx.
    if (!process.argv.includes('--if-possible')) throw e;
    console.warn(`blocrank: the compiled CLI was not built (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); bin/blocrank.mjs will run the sources through tsx.`);
  }
}
