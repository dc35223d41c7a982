/**
 * The pledge as a reader prints it (DOMAIN.md section 7): each test bloc's .docx converted by LibreOffice to
 * PDF and read back page by page with pdftotext. No signature cell is split across pages, "Nơi nhận" never
 * stands alone at the top of a page, and the căn cứ lines are exactly those of the registry.
 * `scripts/render-pledge-pages.ts` writes the same pages as PNG to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsInForce, reviewDate } from '../src/core/legal.js';
import { buildPledge } from '../src/core/pledge/buildPledge.js';
import type { PledgeDocument } from '../src/core/pledge/types.js';
import { packPledgeDocx } from '../src/docx/packPledgeDocx.js';
import { convertToPdf } from '../scripts/convertWithSoffice.js';
import { PLEDGE_BLOCS } from './fixtures/pledgeBlocs.js';

const hasTool = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
const tools = hasTool('soffice', ['--version']) && hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe.skipIf(!tools)('the pledge read back from PDF, blocs of 5, 9, 11 and 15 units', () => {
  let work: string;
  const rendered = new Map<string, { model: PledgeDocument; pages: string[] }>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'blocrank-pledge-pages-'));
    for (const { id, input } of PLEDGE_BLOCS) {
      const model = buildPledge(input, null).value!;
      const docx = join(work, `${id}.docx`);
      writeFileSync(docx, await packPledgeDocx(model));
      const pdf = convertToPdf(docx, work, { timeoutMs: 100_000 });
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const pages = Array.from({ length: count }, (_, i) =>
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
      );
      rendered.set(id, { model, pages });
    }
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const { id, input } of PLEDGE_BLOCS) {
    describe(`${id} (${input.units.length} units)`, () => {
      it('keeps every signature cell whole on one page: name, tag, title and signer', () => {
        const { model, pages } = rendered.get(id)!;
        const grid = model.sections.find((s) => s.id === 'signatures')!.blocks.find((b) => b.kind === 'signatures')!;
        if (grid.kind !== 'signatures') throw new Error('no grid');
        for (const cell of grid.cells) {
          const name = squash(cell.name.runs.map((r) => r.text).join(''));
          const page = pages.findIndex((p) => squash(p).includes(name));
          expect(page, cell.unit).toBeGreaterThanOrEqual(0);
          const signer = squash(cell.signer.runs.map((r) => r.text).join(''));
          if (!signer.startsWith('…')) expect(squash(pages[page]!), `${cell.unit} signer`).toContain(signer);
          const title = squash(cell.title.runs.map((r) => r.text).join(''));
          expect(squash(pages[page]!), `${cell.unit} title`).toContain(title);
          if (cell.tag) expect(squash(pages[page]!)).toContain(squash(cell.tag.runs[0]!.text));
        }
      });

      it('never leaves "Nơi nhận" alone on a page: a signature cell is on the same page', () => {
        const { model, pages } = rendered.get(id)!;
        const page = pages.find((p) => p.includes('Nơi nhận:'))!;
        expect(page).toBeDefined();
        const names = model.signatories.map((n) => squash(n.toUpperCase()));
        expect(names.some((n) => squash(page).includes(n))).toBe(true);
      });

      it('prints the căn cứ lines of the registry exactly, with dates in words, and no unverified document', () => {
        const { pages } = rendered.get(id)!;
        const text = squash(pages.join('\n'));
        for (const doc of documentsInForce(reviewDate(input.settings.year))) {
          if (doc.verified) expect(text).toContain(squash(`Căn cứ ${doc.basis};`));
        }
        expect(text).not.toContain('cầnkiểmtra');
        expect(text).not.toContain('THỦTRƯỞNGĐƠNVỊ');
      });
    });
  }

  it('cites the documents of each review year: 2003 Law and Nghị định 91 for 2018, Nghị định 152 for 2025', () => {
    const text = (id: string) => squash(rendered.get(id)!.pages.join('\n'));
    expect(text('bac-ninh-11')).toContain(squash('Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;'));
    expect(text('bac-ninh-11')).toContain(squash('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ'));
    expect(text('so-nganh-15')).toContain(
      squash(
        'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      ),
    );
    expect(text('dak-nong-5')).toContain(squash('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023'));
  });
});
