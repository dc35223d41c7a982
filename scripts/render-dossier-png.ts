/**
 * Renders page 1 of each dossier document into docs/ (docs/dossier-bien-ban.png, dossier-to-trinh.png,
 * dossier-bao-cao.png): the 9-unit Tham mưu - Tổng hợp bloc of 2024 with a `Bình bầu` sheet (one count left
 * blank, one proposal below the threshold), written by `blocrank dossier`, converted by LibreOffice.
 * `node --import tsx scripts/render-dossier-png.ts [outDir]` (KEEP_WORK=1 keeps the files).
 * Needs `soffice` (Debian libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/runCli.js';
import { writeDossierBook } from '../tests/fixtures/dossierBooks.js';
import { convertToPdf } from './convertWithSoffice.js';

const outDir = resolve(process.argv[2] ?? 'docs');
const work = mkdtempSync(join(tmpdir(), 'blocrank-dossier-'));
const book = await writeDossierBook(work, 1, true);
const folder = join(work, 'ho-so');
const code = await runCli(['dossier', book, '-o', folder], { stdout: () => {}, stderr: (t) => process.stderr.write(t) });
if (code !== 0) throw new Error(`blocrank dossier exited with ${code}`);
const files = readdirSync(folder);
const pick = (prefix: string) => files.find((f) => f.startsWith(prefix))!;
mkdirSync(outDir, { recursive: true });
for (const [prefix, name] of [
  ['bien-ban-', 'dossier-bien-ban.png'],
  ['to-trinh-', 'dossier-to-trinh.png'],
  ['bao-cao-thanh-tich-', 'dossier-bao-cao.png'],
] as const) {
  const pdf = convertToPdf(join(folder, pick(prefix)), work);
  const png = join(work, name.replace(/\.png$/, ''));
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  copyFileSync(`${png}.png`, join(outDir, name));
  console.log(`wrote ${join(outDir, name)}`);
}
if (process.env.KEEP_WORK) console.log(`work files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
