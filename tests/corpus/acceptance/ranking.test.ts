/**
 * Acceptance (issue 8): every corpus workbook ranks exactly like its clean twin, names every row it skips,
 * warns about a hidden unit row and about the clerk's result formulas that disagree.
 * Run with `npm run test:corpus`.
 */
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlocrank } from '../../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../../helpers/tempDir.js';
import { CORPUS, expectations, rankFixture, results, type RankJson } from '../corpus.js';

afterAll(removeTempDirs);

const all = await expectations();
let dir: string;
const twins = new Map<string, RankJson>();
beforeAll(async () => {
  dir = await tempDir('blocrank-corpus-');
  for (const twin of new Set(all.map((e) => e.twin))) {
    const { run, json } = await rankFixture(twin, dir);
    if (run.code !== 0) throw new Error(`the clean twin ${twin} does not rank: ${run.stderr}`);
    twins.set(twin, json);
  }
});

describe.each(all)('$fixture ($maker)', (e) => {
  it('ranks like its clean twin: same units, totals, ranks, grades and awards; exit 0; the copy written', async () => {
    const { run, json } = await rankFixture(e.fixture, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(results(json)).toEqual(results(twins.get(e.twin)!));
    expect(json.units.map((u) => u.row)).toEqual(e.unitRows);
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('drafts the same pledge as its clean twin: no helper row signs it or leads the bloc', async () => {
    const pledge = async (file: string) => {
      const input = join(dir, `pledge-${basename(file)}`);
      await copyFile(join(CORPUS, file), input);
      const run = await runBlocrank('pledge', input, '--json', '-o', input.replace(/\.xlsx$/, '.docx'), '--force');
      const { year, leader, deputy, signatories } = JSON.parse(run.stdout);
      return { code: run.code, year, leader, deputy, signatories };
    };
    expect(await pledge(e.fixture)).toEqual(await pledge(e.twin));
  });

  it.runIf(e.skipped.length > 0)('names every row it skips in an info issue', async () => {
    const { json } = await rankFixture(e.fixture, dir);
    const infos = json.issues.filter((i) => i.severity === 'info');
    for (const skipped of e.skipped) {
      const named = infos.some((i) => i.message.includes(skipped.text) && (i.cell === undefined || new RegExp(`^[A-Z]+${skipped.row}$`).test(i.cell) || i.message.includes(String(skipped.row))));
      expect(named, `row ${skipped.row} "${skipped.text}" (${skipped.kind}) not named in: ${JSON.stringify(infos.map((i) => i.message))}`).toBe(true);
    }
  });

  it.runIf(e.hiddenUnitRows.length > 0)('ranks a hidden unit row, with a warning naming it', async () => {
    const { json } = await rankFixture(e.fixture, dir);
    for (const row of e.hiddenUnitRows) {
      const unit = json.units.find((u) => u.row === row)!;
      expect(unit.rank).not.toBeNull();
      const warned = json.issues.some((i) => i.severity === 'warning' && ((i.cell && new RegExp(`^[A-Z]+${row}$`).test(i.cell)) || i.message.includes(unit.unit)));
      expect(warned, `no warning for the hidden row ${row}`).toBe(true);
    }
  });

  it.runIf(e.disagreeingFormulaCells.length > 0 || e.features.some((f) => f.startsWith('rank:')))('compares the clerk\'s RANK formulas: a warning for each cell that disagrees, none otherwise', async () => {
    const { json } = await rankFixture(e.fixture, dir);
    const rankColumn = e.resultColumns[1]!;
    const warnedCells = json.issues.filter((i) => i.severity === 'warning' && i.cell?.startsWith(rankColumn)).map((i) => i.cell);
    expect([...new Set(warnedCells)].sort()).toEqual([...e.disagreeingFormulaCells].sort());
  });
});
