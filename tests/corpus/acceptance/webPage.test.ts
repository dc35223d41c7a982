/**
 * Acceptance (issue 12): the web page's file host gives every corpus workbook the bytes `blocrank rank` writes
 * (the same reader and patcher, no Node), names the same issues, and refuses the same hostile files with the
 * same code. Run with `npm run test:corpus`.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../../../src/web/createFileActions.js';
import { removeTempDirs, tempDir } from '../../helpers/tempDir.js';
import { CORPUS, expectations, rankFixture } from '../corpus.js';

afterAll(removeTempDirs);

const all = await expectations();
const { files: hostile } = JSON.parse(await readFile(join(CORPUS, 'hostile', 'manifest.json'), 'utf8')) as {
  files: { file: string; kind: string | null }[];
};
let dir: string;
beforeAll(async () => {
  dir = await tempDir('blocrank-corpus-web-');
});

describe.each(all)('$fixture ($maker) on the web page', (e) => {
  it("ranks to blocrank rank's bytes, with the same issues", async () => {
    const { run, json, output } = await rankFixture(e.fixture, dir);
    expect(run.code, run.stderr).toBe(0);
    const bytes = new Uint8Array(await readFile(join(CORPUS, e.fixture)));
    const opened = openFile(bytes, basename(e.fixture), 'vi');
    expect(opened.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const ranked = await opened.actions!.rank({ lang: 'vi' });
    expect(ranked.status).toBe('ranked');
    expect(Buffer.from(opened.actions!.current().bytes).equals(await readFile(output))).toBe(true);
    // The same issues, by code and cell (the page's texts are the pane's, the CLI's carry the path).
    const key = (i: { code: string; sheet?: string; cell?: string }) => `${i.code} ${i.sheet ?? ''}!${i.cell ?? ''}`;
    expect(ranked.issues.map(key).sort()).toEqual(json.issues.map(key).sort());
  });
});

describe.each(hostile.filter((h) => h.kind !== 'folder'))('hostile $file on the web page', (h) => {
  it('is refused with FILE_KIND_REFUSED naming the file, as the CLI refuses it', async () => {
    const bytes = new Uint8Array(await readFile(join(CORPUS, 'hostile', h.file)));
    const opened = openFile(bytes, h.file, 'vi');
    expect(opened.actions).toBeNull();
    expect(opened.issues.map((i) => i.code)).toEqual(['FILE_KIND_REFUSED']);
    expect(opened.issues[0]!.message).toContain(h.file);
  });
});
