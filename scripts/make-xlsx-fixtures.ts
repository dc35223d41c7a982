/**
 * Writes the package-test fixtures to a folder for a look in Excel or LibreOffice (the tests build the same
 * bytes in memory): `node --import tsx scripts/make-xlsx-fixtures.ts [folder]` (default ./xlsx-fixtures).
 * excel-like.xlsx / .xlsm are hand-written OOXML as Excel writes it (tables, shared formulas, x14 validations,
 * sparklines, defined names, threaded comments, customXml, printer settings, a value in XFD, r-less cells,
 * a hidden row, a merged title); with LibreOffice installed, libreoffice-saved.xlsx is the same book saved by it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { excelLikeBook } from '../tests/xlsx/excelLikeBook.js';
import { convertAll } from './convertWithSoffice.js';

const dir = resolve(process.argv[2] ?? 'xlsx-fixtures');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'excel-like.xlsx'), excelLikeBook());
writeFileSync(join(dir, 'excel-like.xlsm'), excelLikeBook({ macro: true }));
writeFileSync(join(dir, 'excel-like-signature.xlsx'), excelLikeBook({ signatureBlock: true }));
try {
  execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'blocrank-fixtures-'));
  convertAll([join(dir, 'excel-like.xlsx')], 'xlsx', work, work);
  renameSync(join(work, 'excel-like.xlsx'), join(dir, 'libreoffice-saved.xlsx'));
  rmSync(work, { recursive: true, force: true });
} catch {
  console.warn('soffice not found: libreoffice-saved.xlsx not written');
}
console.log(`fixtures written to ${dir}`);
