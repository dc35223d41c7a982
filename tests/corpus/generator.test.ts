/**
 * The corpus is what scripts/make-corpus.ts makes: the hand-written files regenerate byte for byte, the
 * tool-written ones (LibreOffice, openpyxl) are there with their expectations, and every clean twin ranks
 * with the plain reader. (The acceptance tests over the corpus are in tests/corpus/acceptance.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWritten } from '../../scripts/make-corpus.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';
import { CORPUS, expectations, rankFixture } from './corpus.js';

afterAll(removeTempDirs);

const generated = handWritten();

describe('scripts/make-corpus.ts', () => {
  it('regenerates every committed hand-written file byte for byte', () => {
    const differ = generated.filter((f) => !existsSync(join(CORPUS, f.path)) || Buffer.compare(readFileSync(join(CORPUS, f.path)), Buffer.from(f.bytes)) !== 0).map((f) => f.path);
    expect(differ).toEqual([]);
    expect(generated.length).toBeGreaterThan(50);
  });

  it('gives the same bytes twice in one process (no clock, no randomness)', () => {
    const again = handWritten();
    expect(again.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(generated.map((f) => Buffer.from(f.bytes).toString('base64')));
  });

  it('every fixture is a small zip with a workbook and an expectation that names its rows', async () => {
    const all = await expectations();
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((e) => e.maker))).toEqual(new Set(['hand-written OOXML (Excel layout)', 'LibreOffice', 'openpyxl']));
    for (const e of all) {
      const bytes = readFileSync(join(CORPUS, e.fixture));
      expect(bytes.length, e.fixture).toBeLessThan(60_000);
      const parts = Object.keys(unzipSync(bytes));
      expect(parts, e.fixture).toEqual(expect.arrayContaining(['xl/workbook.xml', e.scoresPart]));
      expect(e.unitRows.length, e.fixture).toBeGreaterThanOrEqual(5);
      for (const s of e.skipped) expect(e.unitRows, `${e.fixture}: row ${s.row} is both a unit and skipped`).not.toContain(s.row);
    }
    // the features the issue lists are all in the corpus
    const features = new Set(all.flatMap((e) => e.features.map((f) => f.split(':')[0])));
    for (const f of ['table', 'x14Validation', 'wholeColumnValidation', 'definedNames', 'printerSettings', 'customXml', 'legacyComments', 'threadedComments', 'sparklines', 'internalHyperlinks', 'workbookProtection', 'omitRefs', 'autoFilter', 'twoRowHeader', 'maxRow', 'groups', 'summaryRows', 'signature', 'total', 'rank', 'hiddenUnit', 'valueInXfd', 'blankAfter'])
      expect(features, f).toContain(f);
  });

  it('the hand-written parts Excel needs are well-formed where they carry the features (shared formulas, x14, sparklines)', () => {
    const part = (fixture: string, name: string) => new TextDecoder().decode(unzipSync(readFileSync(join(CORPUS, fixture)))[name]);
    expect(part('e05-table-shared-totals.xlsx', 'xl/worksheets/sheet3.xml')).toMatch(/<f t="shared" ref="L\d+:L\d+" si="0">SUM\(C\d+:I\d+\)\+J\d+-K\d+<\/f>/);
    expect(part('e07-rank-formula-disagrees.xlsx', 'xl/worksheets/sheet3.xml')).toMatch(/<f t="shared" ref="M\d+:M\d+" si="1">RANK\(L\d+,\$L\$\d+:\$L\$\d+,1\)<\/f>/);
    expect(part('e08-x14-validation.xlsx', 'xl/worksheets/sheet3.xml')).toContain('<x14:dataValidations');
    expect(part('e09-whole-column-validation.xlsx', 'xl/worksheets/sheet3.xml')).toContain('sqref="C1:L1048576"');
    expect(part('e12-sparklines-links.xlsx', 'xl/worksheets/sheet3.xml')).toContain('<x14:sparklineGroups');
    expect(part('e14-no-r-attributes.xlsx', 'xl/worksheets/sheet3.xml')).not.toMatch(/<c r=|<row r=/);
    expect(part('e15-value-in-xfd.xlsx', 'xl/worksheets/sheet3.xml')).toContain('<c r="XFD1"');
    expect(part('lo02-table-shared-totals.xlsx', 'docProps/app.xml')).toContain('LibreOffice');
    expect(part('lo02-table-shared-totals.xlsx', '[Content_Types].xml')).toContain('/xl/tables/table1.xml');
    expect(part('py01-minimal-title-total.xlsx', 'docProps/app.xml')).toContain('Microsoft Excel'); // openpyxl says so
    expect(part('py01-minimal-title-total.xlsx', 'docProps/core.xml')).toMatch(/<dc:creator[^>]*>openpyxl<\/dc:creator>/);
  });
});

describe('the clean twins rank with the plain reader', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('blocrank-twins-');
  });
  it.each(['bac-ninh.clean.xlsx', 'tham-muu.clean.xlsx', 'dak-nong.clean.xlsx'])('%s: exit 0, a provincial flag and certificates proposed', async (twin) => {
    const { run, json } = await rankFixture(twin, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(json.units.filter((u) => u.awards.includes('CO_UBND_TINH'))).toHaveLength(1);
    expect(json.units.some((u) => u.awards.includes('BANG_KHEN_UBND_TINH'))).toBe(true);
    expect(new Set(json.units.map((u) => u.total)).size).toBe(json.units.length);
  });
});
