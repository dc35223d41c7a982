/**
 * Shared by the corpus tests: the fixtures of tests/fixtures/corpus (made by scripts/make-corpus.ts), the
 * `rank --json` run on a fixture, and the zip/XML reading the differential check needs.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Expectation } from '../../scripts/corpus/blocs.js';
import { runBlocrank, type CliRun } from '../helpers/runCliInProcess.js';

export const CORPUS = join('tests', 'fixtures', 'corpus');

export type { Expectation };

/**
 * The fixtures' expectations. `BLOCRANK_CORPUS_SKIP=e09,e17` leaves out fixtures whose names start so (for a
 * branch whose reader still hangs on some of them); the lead's acceptance run sets nothing.
 */
export async function expectations(): Promise<Expectation[]> {
  const manifest = JSON.parse(await readFile(join(CORPUS, 'manifest.json'), 'utf8')) as { fixtures: { fixture: string }[] };
  const skip = (process.env.BLOCRANK_CORPUS_SKIP ?? '').split(',').filter(Boolean);
  const wanted = manifest.fixtures.filter((f) => !skip.some((prefix) => f.fixture.startsWith(prefix)));
  return Promise.all(wanted.map(async (f) => JSON.parse(await readFile(join(CORPUS, f.fixture.replace(/\.xlsx$/, '.expect.json')), 'utf8')) as Expectation));
}

export interface UnitJson {
  readonly row: number | null;
  readonly unit: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly tied: boolean;
  readonly grade: string | null;
  readonly awards: readonly string[];
  readonly explanation: string;
}
export interface IssueJson {
  readonly severity: string;
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
}
export interface RankJson {
  readonly units: readonly UnitJson[];
  readonly issues: readonly IssueJson[];
}

/** Copies a corpus file into `dir` and runs `blocrank rank --json` on it, writing `<name>.ranked.xlsx` there. */
export async function rankFixture(file: string, dir: string): Promise<{ run: CliRun; json: RankJson; input: string; output: string }> {
  const input = join(dir, basename(file));
  await copyFile(join(CORPUS, file), input);
  const output = join(dir, basename(file).replace(/\.xlsx$/, '.ranked.xlsx'));
  const run = await runBlocrank('rank', input, '--json', '-o', output, '--force');
  return { run, json: JSON.parse(run.stdout) as RankJson, input, output };
}

/** What must agree between a fixture and its clean twin: the units and their results, not where they sit. */
export const results = (json: RankJson) => json.units.map(({ unit, total, rank, tied, grade, awards }) => ({ unit, total, rank, tied, grade, awards }));

/** The package's entries in zip order, uncompressed. */
export function entries(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes));
}

const colNumber = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
export const colLetters = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/**
 * The cells of a worksheet part by A1 address, each as its raw XML with the `r` attribute taken out (a cell
 * written without `r` sits after the previous one, a row without `r` after the previous row).
 */
export function sheetCells(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  const data = /<sheetData>([\s\S]*)<\/sheetData>|<sheetData\/>/.exec(xml)?.[1] ?? '';
  let rowNumber = 0;
  for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = /\br="(\d+)"/.exec(row[1]!)?.[1];
    rowNumber = r ? Number(r) : rowNumber + 1;
    let col = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b[^>]*?\/>|<c\b[^>]*?>[\s\S]*?<\/c>/g)) {
      const ref = /^<c\b[^>]*?\br="([A-Z]+)(\d+)"/.exec(cell[0]);
      col = ref ? colNumber(ref[1]!) : col + 1;
      cells.set(`${colLetters(col)}${rowNumber}`, cell[0].replace(/\s+r="[A-Z]+\d+"/, ''));
    }
  }
  return cells;
}

/** The worksheet without the parts a ranking may change: sheetData, dimension and cols. */
export const sheetFrame = (xml: string) =>
  xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, '')
    .replace(/<dimension\b[^>]*\/>/, '')
    .replace(/<cols>[\s\S]*?<\/cols>/, '');

/** The workbook part without calcPr, the one element a ranking may set (fullCalcOnLoad). */
export const workbookFrame = (xml: string) => xml.replace(/<calcPr\b[^>]*\/>|<calcPr\b[^>]*>[\s\S]*?<\/calcPr>/, '');

export const text = (bytes: Uint8Array) => strFromU8(bytes);

/** A stack trace or a raw library message in what a clerk reads. */
export const STACK_OR_RAW = /\n\s+at\s|node:internal|\.ts:\d+|Error:|ENOENT|EISDIR|central directory|Corrupted zip|invalid zip|Cannot read properties/i;
