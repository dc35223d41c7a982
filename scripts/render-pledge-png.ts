/**
 * Renders the pledge of the bundled example examples/tham-muu-tong-hop-2025-en.xlsx (members as of 2025, signers
 * filled for some units) to .docx, converts it to PDF with LibreOffice and writes page 1 (and
 * page 2) as PNG into docs/: `node --import tsx scripts/render-pledge-png.ts [outDir]` (KEEP_WORK=1 keeps
 * the .docx and .pdf in a temporary folder).
 * Needs `soffice` (Debian libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPledge } from '../src/core/pledge/buildPledge.js';
import { packPledgeDocx } from '../src/docx/packPledgeDocx.js';
import { readBloc } from '../src/grid/readBloc.js';
import { readBookFile } from '../src/cli/readBookFile.js';
import { convertToPdf } from './convertWithSoffice.js';

const outDir = resolve(process.argv[2] ?? 'docs');
const work = mkdtempSync(join(tmpdir(), 'blocrank-pledge-'));
const loaded = await readBookFile('examples/tham-muu-tong-hop-2025-en.xlsx');
const book = loaded.value ? readBloc(loaded.value.grid).value : null;
if (!book) throw new Error('examples/tham-muu-tong-hop-2025-en.xlsx did not read');
const result = buildPledge(book.input, null);
if (!result.value) throw new Error(`pledge not built: ${JSON.stringify(result.issues)}`);
const docx = join(work, 'giao-uoc-2026.docx');
writeFileSync(docx, await packPledgeDocx(result.value));
const pdf = convertToPdf(docx, work);
mkdirSync(outDir, { recursive: true });
for (const pageNo of [1, 2]) {
  const prefix = join(work, `page${pageNo}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    String(pageNo),
    '-l',
    String(pageNo),
    '-singlefile',
    pdf,
    prefix,
  ]);
  copyFileSync(`${prefix}.png`, join(outDir, `pledge-page${pageNo}.png`));
}
if (process.env.KEEP_WORK) console.log(`work files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`wrote ${join(outDir, 'pledge-page1.png')} and ${join(outDir, 'pledge-page2.png')}`);
