/**
 * Acceptance (issue 8, point 4): files that are not .xlsx workbooks are refused with exit 2 and a message
 * naming what the file is (code FILE_KIND_REFUSED), in the clerk's language, with no stack trace or raw
 * library text, and nothing is written. Run with `npm run test:corpus`.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlocrank } from '../../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../../helpers/tempDir.js';
import { CORPUS, STACK_OR_RAW } from '../corpus.js';

afterAll(removeTempDirs);

interface Hostile {
  readonly file: string;
  readonly kind: string | null;
  readonly what: string;
}
const { files } = JSON.parse(await readFile(join(CORPUS, 'hostile', 'manifest.json'), 'utf8')) as { files: Hostile[] };

let dir: string;
beforeAll(async () => {
  dir = await tempDir('blocrank-hostile-');
  await cp(join(CORPUS, 'hostile'), dir, { recursive: true });
});

describe.each(files)('$file ($what)', (h) => {
  const code = h.kind === 'folder' ? 'INPUT_IS_FOLDER' : 'FILE_KIND_REFUSED';

  it(`rank --json: exit 2, ${code} naming the file, nothing written`, async () => {
    const out = join(dir, `${h.file}.out.xlsx`);
    const before = (await readdir(dir)).sort();
    const run = await runBlocrank('rank', join(dir, h.file), '--json', '-o', out);
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.issues).toHaveLength(1);
    expect(json.issues[0]).toMatchObject({ severity: 'error', code });
    expect(json.issues[0].message).toContain(h.file);
    expect(json.issues[0].message).not.toMatch(STACK_OR_RAW);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('rank and pledge in text mode: the message on stderr, in Vietnamese and in English, no stack trace', async () => {
    for (const [command, lang] of [
      ['rank', 'vi'],
      ['pledge', 'en'],
    ] as const) {
      const run = await runBlocrank(command, join(dir, h.file), '--lang', lang);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(h.file);
      expect(run.stderr).not.toMatch(STACK_OR_RAW);
      // what to do: save it as .xlsx
      expect(run.stderr).toMatch(/\.xlsx/);
    }
  });
});
