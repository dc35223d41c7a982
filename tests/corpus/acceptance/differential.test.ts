/**
 * Acceptance (issue 8, DOMAIN §4): the ranked copy is the input package with only what a ranking may
 * change. Unzip input and output: the same entries in the same order; every entry's bytes identical except
 * the scores sheet, styles, shared strings, the workbook's calcPr and docProps; in the scores sheet every
 * cell outside the result columns identical, every element but sheetData/dimension/cols identical, and a
 * result cell holding the clerk's formula left as it was. Then LibreOffice opens every copy.
 * Run with `npm run test:corpus`.
 */
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../../scripts/convertWithSoffice.js';
import { removeTempDirs, tempDir } from '../../helpers/tempDir.js';
import { entries, expectations, rankFixture, sheetCells, sheetFrame, text, workbookFrame } from '../corpus.js';

afterAll(removeTempDirs);

const all = await expectations();
/** Parts a ranking may change (DOMAIN §4), besides the scores sheet. */
const MAY_CHANGE = new Set(['xl/styles.xml', 'xl/sharedStrings.xml', 'docProps/app.xml', 'docProps/core.xml']);
/** Added only when the input had no shared strings part and the copy needs one. */
const MAY_ADD_WITH_STRINGS = new Set(['xl/sharedStrings.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);

let dir: string;
const outputs = new Map<string, string>();
beforeAll(async () => {
  dir = await tempDir('blocrank-diff-');
  for (const e of all) {
    const { run, output } = await rankFixture(e.fixture, dir);
    if (run.code === 0) outputs.set(e.fixture, output);
  }
});

describe.each(all)('$fixture: the copy is the clerk\'s file', (e) => {
  it('every entry byte-identical except the parts a ranking may change; same order', async () => {
    const output = outputs.get(e.fixture);
    expect(output, 'the fixture was not ranked').toBeDefined();
    const before = entries(await readFile(join(dir, basename(e.fixture))));
    const after = entries(await readFile(output!));
    const hadStrings = before.some(([name]) => name === 'xl/sharedStrings.xml');
    const added = after.map(([n]) => n).filter((n) => !before.some(([m]) => m === n));
    expect(added.filter((n) => hadStrings || !MAY_ADD_WITH_STRINGS.has(n))).toEqual([]);
    expect(after.map(([n]) => n).filter((n) => !added.includes(n))).toEqual(before.map(([n]) => n));
    const out = new Map(after);
    for (const [name, bytes] of before) {
      if (name === e.scoresPart || MAY_CHANGE.has(name)) continue;
      if (!hadStrings && MAY_ADD_WITH_STRINGS.has(name)) continue;
      if (name === 'xl/workbook.xml') {
        expect(workbookFrame(text(out.get(name)!)), name).toBe(workbookFrame(text(bytes)));
        continue;
      }
      expect(Buffer.compare(Buffer.from(out.get(name)!), Buffer.from(bytes)), `${name} changed`).toBe(0);
    }
  });

  it('in the scores sheet: every cell outside the result columns identical; the clerk\'s result formulas kept; other elements untouched', async () => {
    const output = outputs.get(e.fixture);
    expect(output, 'the fixture was not ranked').toBeDefined();
    const before = text(new Map(entries(await readFile(join(dir, basename(e.fixture))))).get(e.scoresPart)!);
    const after = text(new Map(entries(await readFile(output!))).get(e.scoresPart)!);
    const inResults = (ref: string) => e.resultColumns.includes(/^[A-Z]+/.exec(ref)![0]);
    const cellsBefore = sheetCells(before);
    const cellsAfter = sheetCells(after);
    const changed = [...cellsBefore].filter(([ref, xml]) => !inResults(ref) && cellsAfter.get(ref) !== xml).map(([ref]) => ref);
    expect(changed, 'cells outside the result columns changed').toEqual([]);
    const added = [...cellsAfter.keys()].filter((ref) => !cellsBefore.has(ref) && !inResults(ref));
    expect(added, 'cells added outside the result columns').toEqual([]);
    const formulas = [...cellsBefore].filter(([ref, xml]) => inResults(ref) && /<f[\s>/]/.test(xml));
    for (const [ref, xml] of formulas) expect(cellsAfter.get(ref), `the clerk's formula in ${ref}`).toBe(xml);
    expect(sheetFrame(after)).toBe(sheetFrame(before));
    // the units got their results
    const totalColumn = e.resultColumns[0]!;
    for (const row of e.unitRows) expect(cellsAfter.get(`${totalColumn}${row}`), `total of row ${row}`).toMatch(/<v>[\d.]+<\/v>/);
  });
});

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('LibreOffice opens every ranked copy', () => {
  if (!soffice) console.warn('soffice is not installed: the LibreOffice check of the ranked copies is skipped');
  it.runIf(soffice).each(all)('$fixture → PDF without error', async (e) => {
    const output = outputs.get(e.fixture);
    expect(output, 'the fixture was not ranked').toBeDefined();
    const work = await tempDir('blocrank-pdf-');
    const pdf = convertToPdf(output!, work, { timeoutMs: 120_000 });
    expect((await stat(pdf)).size).toBeGreaterThan(1000);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
