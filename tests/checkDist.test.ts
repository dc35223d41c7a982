// scripts/checkDist.ts on a fake dist/ folder: a good one passes; each defect is reported.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildManifest } from '../scripts/addinAssetsPlugin';
import { checkDist, htmlRefs, workerFiles } from '../scripts/checkDist';

const root = resolve(import.meta.dirname, '..');
const BASE = 'https://addin.example.org/blocrank/';
let dir: string;

/** A small dist/ with everything the checks look at, self-consistent for BASE. */
function fakeDist(base = BASE): string {
  const d = mkdtempSync(join(tmpdir(), 'blocrank-fake-dist-'));
  mkdirSync(join(d, 'assets'));
  mkdirSync(join(d, 'help'));
  for (const size of [16, 32, 64, 80, 128]) copyFileSync(join(root, 'assets', `icon-${size}.png`), join(d, 'assets', `icon-${size}.png`));
  writeFileSync(join(d, 'manifest.xml'), buildManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), { baseUrl: base, version: '0.1.0.0' }));
  writeFileSync(join(d, 'functions.js'), 'export {};\n');
  const meta = JSON.stringify({ functions: [{ id: 'VERSION', helpUrl: `${base}help/functions.html#version` }] });
  writeFileSync(join(d, 'functions.json'), meta);
  writeFileSync(join(d, 'functions-vi.json'), meta);
  writeFileSync(join(d, 'help/functions.html'), '<!doctype html><title>Hàm</title>');
  writeFileSync(join(d, 'support.html'), '<!doctype html><title>Hỗ trợ</title>');
  writeFileSync(join(d, 'assets/taskpane-a1.js'), 'console.log(1);\n');
  writeFileSync(join(d, 'assets/page-b2.js'), 'console.log(2);\n');
  writeFileSync(join(d, 'assets/shared-c3.js'), 'console.log(3);\n');
  writeFileSync(
    join(d, 'taskpane.html'),
    '<!doctype html><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script type="module" src="./assets/taskpane-a1.js"></script><link rel="modulepreload" href="./assets/shared-c3.js">',
  );
  writeFileSync(
    join(d, 'index.html'),
    '<!doctype html><link rel="icon" href="./assets/icon-32.png"><script type="module" src="./assets/page-b2.js"></script><link rel="modulepreload" href="./assets/shared-c3.js">',
  );
  writeFileSync(join(d, 'page-sw.js'), '(() => { var files = ["index.html", "assets/page-b2.js", "assets/shared-c3.js"]; })();\n');
  return d;
}

beforeEach(() => {
  dir = fakeDist();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkDist', () => {
  it('passes a complete, self-consistent production folder', () => {
    expect(checkDist(dir, { productionUrl: BASE })).toEqual([]);
    expect(checkDist(dir)).toEqual([]);
  });

  it('reports a missing required file', () => {
    unlinkSync(join(dir, 'page-sw.js'));
    expect(checkDist(dir)).toContain('page-sw.js is missing');
  });

  it('reports a manifest URL without its file', () => {
    unlinkSync(join(dir, 'support.html'));
    const problems = checkDist(dir);
    expect(problems).toContain('support.html is missing');
    expect(problems.some((p) => p.startsWith('manifest.xml:') && p.includes(`${BASE}support.html is not a file of the build`))).toBe(true);
  });

  it('reports an icon of the wrong size', () => {
    copyFileSync(join(root, 'assets/icon-16.png'), join(dir, 'assets/icon-32.png'));
    expect(checkDist(dir).some((p) => p.includes('icon-32.png is 16×16, expected 32×32'))).toBe(true);
  });

  it('reports a script of a page that is not in the folder, and an outside script', () => {
    unlinkSync(join(dir, 'assets/shared-c3.js'));
    writeFileSync(join(dir, 'index.html'), readFileSync(join(dir, 'index.html'), 'utf8') + '<script src="https://cdn.example.com/x.js"></script>');
    const problems = checkDist(dir);
    expect(problems).toContain('index.html: ./assets/shared-c3.js is not a file of the build');
    expect(problems).toContain('taskpane.html: ./assets/shared-c3.js is not a file of the build');
    expect(problems).toContain('index.html: loads https://cdn.example.com/x.js from outside the build');
    expect(problems).toContain('page-sw.js: caches assets/shared-c3.js, which is not a file of the build');
  });

  it('reports a help URL of the functions without its page', () => {
    unlinkSync(join(dir, 'help/functions.html'));
    expect(checkDist(dir)).toContain(`functions.json: ${BASE}help/functions.html#version is not a file of the build`);
  });

  it("reports a service worker that would cache the add-in's pages", () => {
    writeFileSync(join(dir, 'page-sw.js'), 'var files = ["index.html", "taskpane.html", "functions.js"];');
    const problems = checkDist(dir);
    expect(problems).toContain('page-sw.js: caches taskpane.html, a file of the add-in');
    expect(problems).toContain('page-sw.js: caches functions.js, a file of the add-in');
  });

  it('reports localhost left in a production build, and a manifest for another URL', () => {
    writeFileSync(join(dir, 'assets/page-b2.js'), 'fetch("https://localhost:3000/x");\n');
    expect(checkDist(dir, { productionUrl: BASE })).toContain('assets/page-b2.js:1: "localhost" left in a production build');
    // Without BLOCRANK_URL (a development build) localhost is expected.
    expect(checkDist(dir)).toEqual([]);
    const dev = fakeDist('https://localhost:3000/');
    try {
      const problems = checkDist(dev, { productionUrl: BASE });
      expect(problems).toContain(`manifest.xml: serves from https://localhost:3000/, not BLOCRANK_URL ${BASE}`);
      expect(problems.some((p) => p.startsWith('manifest.xml:') && p.includes('"localhost" left'))).toBe(true);
    } finally {
      rmSync(dev, { recursive: true, force: true });
    }
  });

  it('reports a folder that is not there', () => {
    expect(checkDist(join(dir, 'nope'))[0]).toMatch(/is not a folder/);
  });

  it('reads the references of a page and the list of the worker', () => {
    expect(htmlRefs('<script type="module" src="./a.js"></script><link rel="stylesheet" href=\'b.css\'>')).toEqual(['./a.js', 'b.css']);
    expect(workerFiles('x = ["index.html", "assets/a.js"];')).toEqual(['index.html', 'assets/a.js']);
    expect(workerFiles('nothing')).toBeNull();
  });
});
