import { spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);

const BUILD_SCRIPT = pathToFileURL(resolve('scripts/build-cli.mjs')).href;

/** Runs the launcher of scripts/build-cli.mjs over `root` in a new process; `failBuild` simulates a missing esbuild. */
function launch(root: string, failBuild = false) {
  const build = failBuild ? ", { build: async () => { throw new Error('esbuild missing'); } }" : '';
  const code = `const { launch } = await import(${JSON.stringify(BUILD_SCRIPT)}); const ran = await launch(${JSON.stringify(root)}${build}); console.log('ran:' + ran);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', 'a1'], { encoding: 'utf8' });
}

describe('the launcher (bin/blocrank.mjs → scripts/build-cli.mjs) in a checkout', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir('blocrank-launch-');
    await mkdir(join(root, 'src', 'cli'), { recursive: true });
    await writeFile(join(root, 'package.json'), '{"type":"module"}\n');
    await writeFile(join(root, 'src', 'cli', 'main.ts'), "const who: string = 'v1';\nconsole.log(`main ${who}`);\n");
  });

  it('builds the bundle when it is missing, then runs it', async () => {
    const run = launch(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('main v1\nran:rebuilt\n');
    expect(await readFile(join(root, 'dist-cli', 'blocrank.mjs'), 'utf8')).toContain('main ${who}');
  });

  it('runs an up-to-date bundle as it is', () => {
    expect(launch(root).stdout).toBe('main v1\nran:bundle\n');
  });

  it('rebuilds a bundle older than a source file', async () => {
    await writeFile(join(root, 'src', 'cli', 'main.ts'), "const who: string = 'v2';\nconsole.log(`main ${who}`);\n");
    // The bundle dates from before the edit (a source dated in the future would make the rebuilt bundle look
    // stale too, however fast the machine).
    const earlier = (await stat(join(root, 'src', 'cli', 'main.ts'))).mtimeMs / 1000 - 60;
    await utimes(join(root, 'dist-cli', 'blocrank.mjs'), earlier, earlier);
    expect(launch(root).stdout).toBe('main v2\nran:rebuilt\n');
    expect(launch(root).stdout).toBe('main v2\nran:bundle\n');
  });

  it('falls back to the TypeScript sources through tsx, with a note, when the bundle cannot be built', async () => {
    const later = (await stat(join(root, 'dist-cli', 'blocrank.mjs'))).mtimeMs / 1000 + 10;
    await writeFile(join(root, 'src', 'cli', 'main.ts'), "const who: string = 'v3';\nconsole.log(`main ${who}`);\n");
    await utimes(join(root, 'src', 'cli', 'main.ts'), later, later);
    const run = launch(root, true);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('main v3\nran:source\n');
    expect(run.stderr).toContain('running from source (slower). Run: npm run build:cli');
    expect(run.stderr).not.toContain('esbuild missing');
  });
});

describe('the compiled CLI as users run it', () => {
  it('bin/blocrank.mjs runs dist-cli/blocrank.mjs (rebuilt first when stale)', () => {
    const run = spawnSync(process.execPath, ['bin/blocrank.mjs', '--version'], { encoding: 'utf8', env: { ...process.env, BLOCRANK_DEBUG: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('blocrank 0.1.0\n');
    expect(run.stderr).toMatch(/^blocrank: (bundle|rebuilt) .*dist-cli\/blocrank\.mjs\n$/);
  });

  it('--help prints the usage with the exit codes and exits 0; no command exits 2', () => {
    const help = spawnSync(process.execPath, ['bin/blocrank.mjs', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('blocrank rank <book.xlsx>');
    expect(help.stdout).toContain('3 unexpected failure (with an error id to report)');
    expect(spawnSync(process.execPath, ['bin/blocrank.mjs'], { encoding: 'utf8' }).status).toBe(2);
  });

  it('the bundle holds the whole CLI: it runs without node_modules lookups for the commands', async () => {
    const bundle = await readFile('dist-cli/blocrank.mjs', 'utf8');
    expect(bundle).not.toMatch(/from\s*["'](exceljs|jszip|docx|fflate|saxes)["']/);
    expect(bundle).toContain('blocrank');
  });
});
