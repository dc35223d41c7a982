/**
 * Renders the pledges of the test blocs of 5, 9, 11 and 15 units (tests/fixtures/pledgeBlocs.ts) to .docx,
 * PDF (LibreOffice) and one PNG per page, to look at them: `node --import tsx scripts/render-pledge-pages.ts
 * [outDir]` (default: a temporary folder, printed). Needs `soffice` and `pdftoppm`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPledge } from '../src/core/pledge/buildPledge.js';
import { packPledgeDocx } from '../src/docx/packPledgeDocx.js';
import { PLEDGE_BLOCS } from '../tests/fixtures/pledgeBlocs.js';
import { convertToPdf } from './convertWithSoffice.js';

const outDir = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'blocrank-pledges-')));
mkdirSync(outDir, { recursive: true });
for (const { id, input } of PLEDGE_BLOCS) {
  const result = buildPledge(input, null);
  if (!result.value) throw new Error(`${id}: pledge not built: ${JSON.stringify(result.issues)}`);
  const docx = join(outDir, `${id}.docx`);
  writeFileSync(docx, await packPledgeDocx(result.value));
  const pdf = convertToPdf(docx, outDir);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, id)]);
}
console.log(`wrote ${outDir}`);
