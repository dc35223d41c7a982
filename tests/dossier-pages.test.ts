/**
 * The year-end dossier as a reader sees it (DOMAIN.md §10, issue 11): for blocs of 5, 9 and 15 units, with
 * and without a `Bình bầu` sheet, `blocrank dossier` writes the minutes, the submission (annex inside) and one
 * achievement report per proposed unit. The tables of the documents (read from their XML) carry exactly the
 * numbers of `rank --json` and `dossier --json`; the pages (LibreOffice → PDF → pdftotext, skipped without
 * soffice) keep signature blocks whole, never leave "Nơi nhận" alone, print the căn cứ lines of the registry
 * exactly, and show dotted lines where the workbook is silent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../src/core/format.js';
import { AWARD_NAMES, BAND_LABELS } from '../src/core/labels.js';
import { documentsInForce, reviewDate } from '../src/core/legal.js';
import type { AwardCode, GradeCode } from '../src/core/model.js';
import { DOSSIER_BLOCS, writeDossierBook } from './fixtures/dossierBooks.js';
import { runBlocrank } from './helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from './helpers/tempDir.js';

afterAll(removeTempDirs);

const hasTool = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
const tools = hasTool('soffice', ['--version']) && hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const pts = (n: number) => formatNumber(n, 'vi', 2);
const pct = (share: number) => `${formatNumber(share * 100, 'vi', 1)}\u00a0%`;

interface RankUnit {
  unit: string;
  total: number;
  rank: number;
  grade: GradeCode;
  awards: AwardCode[];
}
interface DossierProposal {
  unit: string;
  award: AwardCode;
  votes: number | null;
  voters: number;
  approval: number | null;
  status: 'passed' | 'failed' | 'pending';
}
interface Case {
  readonly id: string;
  readonly bloc: number;
  readonly ballot: boolean;
  readonly n: number;
  readonly year: number;
  book: string;
  folder: string;
  code: number;
  rank: RankUnit[];
  proposals: DossierProposal[];
  documents: string[];
  /** document.xml of each document, by file name. */
  xml: Map<string, string>;
  /** Each document's pages as pdftotext reads them, by file name (empty without soffice). */
  pages: Map<string, string[]>;
}

const CASES: Case[] = DOSSIER_BLOCS.flatMap((b, bloc) =>
  [false, true].map((ballot) => ({
    id: `${b.id}${ballot ? ' with a ballot' : ' without a ballot'}`,
    bloc,
    ballot,
    n: b.input.units.length,
    year: b.input.settings.year,
    book: '',
    folder: '',
    code: -1,
    rank: [],
    proposals: [],
    documents: [],
    xml: new Map(),
    pages: new Map(),
  })),
);

/** The text of each table row of a document.xml: one string per cell (paragraphs joined by a space). */
function tableRows(xml: string): string[][] {
  const text = (s: string) =>
    [...s.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join(' ')
      .replace(/&amp;/g, '&')
      .trim();
  // Data tables only (their header row repeats on every page); the borderless header and signature tables are left out.
  const data = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t).filter((t) => t.includes('<w:tblHeader/>')).join('');
  return [...data.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => text(cell!)));
}
const plain = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const sent = (c: Case) => c.proposals.filter((p) => p.status !== 'failed');

let dir: string;
beforeAll(async () => {
  dir = await tempDir('blocrank-dossier-pages-');
  for (const c of CASES) {
    c.book = await writeDossierBook(dir, c.bloc, c.ballot);
    c.folder = join(dir, `${basename(c.book, '.xlsx')}.ho-so`);
    const run = await runBlocrank('dossier', c.book, '--json', '-o', c.folder);
    c.code = run.code;
    const out = JSON.parse(run.stdout);
    c.proposals = out.proposals;
    c.documents = out.documents;
    c.rank = JSON.parse((await runBlocrank('rank', c.book, '--json', '-o', join(dir, `${basename(c.book, '.xlsx')}.kq.xlsx`))).stdout).units;
    for (const path of c.documents) c.xml.set(basename(path), strFromU8(unzipSync(await readFile(path))['word/document.xml']!));
    if (!tools) continue;
    const pdfDir = join(c.folder, 'pdf');
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...c.documents], {
      stdio: 'ignore',
      timeout: 200_000,
    });
    for (const path of c.documents) {
      const pdf = join(pdfDir, basename(path).replace(/\.docx$/, '.pdf'));
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      c.pages.set(
        basename(path),
        Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
      );
    }
  }
}, 600_000);

for (const c of CASES) {
  describe(`${c.id} (${c.n} units)`, () => {
    const bb = () => `bien-ban-binh-xet-${c.year}.docx`;
    const tt = () => `to-trinh-de-nghi-khen-thuong-${c.year}.docx`;

    it('writes the minutes, the submission and one report per proposed unit (failed proposals make none)', () => {
      expect(c.code).toBe(0);
      const names = c.documents.map((d) => basename(d));
      expect(names.slice(0, 2)).toEqual([bb(), tt()]);
      const units = [...new Set(sent(c).map((p) => p.unit))];
      expect(names.slice(2)).toHaveLength(units.length);
      for (const name of names.slice(2)) expect(name).toMatch(/^bao-cao-thanh-tich-[a-z0-9-]+\.docx$/);
      expect(readdirSync(c.folder).filter((f) => f.endsWith('.docx')).sort()).toEqual([...names].sort());
    });

    it('minutes: the ranking table is rank --json (rank, unit, total, band of the bloc scale)', () => {
      const rows = tableRows(c.xml.get(bb())!);
      expect(rows[0]).toEqual(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Xếp loại theo thang điểm của Khối']);
      const expected = [...c.rank].sort((a, b) => a.rank - b.rank).map((u) => [String(u.rank), u.unit, pts(u.total), BAND_LABELS[u.grade].vi]);
      expect(rows.slice(1)).toEqual(expected);
    });

    it('minutes: each proposal with its secret-ballot result, dotted when not counted', () => {
      const text = plain(c.xml.get(bb())!);
      for (const p of c.proposals) {
        const head = `Đề nghị tặng “${AWARD_NAMES[p.award].vi}” cho ${p.unit}: bỏ phiếu kín, kết quả `;
        if (p.votes === null) expect(text).toContain(`${head}……/${c.ballot ? p.voters : '……'} phiếu, đạt ……\u00a0%`);
        else expect(text).toContain(`${head}${p.votes}/${p.voters} phiếu, đạt ${pct(p.approval!)}`);
      }
      if (c.ballot) {
        expect(text).toContain('Thời gian: 08 giờ 00, ngày 15 tháng 12 năm');
        expect(text).toContain('Thư ký: Lê Thị Thu.');
        expect(text).toContain(`Vắng mặt: 01 đơn vị: ${c.rank[c.n - 1]!.unit}.`);
        expect(text).toContain(`Có mặt: ${String(c.n - 1).padStart(2, '0')}/${String(c.n).padStart(2, '0')} đơn vị thành viên`);
      } else {
        for (const label of ['Thời gian', 'Địa điểm', 'Chủ trì', 'Thư ký']) expect(text).toContain(`${label}: ……………………………`);
        expect(text).toContain('Số thành viên bỏ phiếu: ……;');
        expect(text).toContain('Vắng mặt: không có.');
      }
      expect(text).not.toMatch(/Uỷ|hoà|phá hòa|suất/);
    });

    it('submission: the annex is dossier --json and rank --json (STT, unit, form, total, rank, votes)', () => {
      const rows = tableRows(c.xml.get(tt())!);
      expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tổng điểm', 'Xếp hạng', 'Số phiếu']);
      const byName = new Map(c.rank.map((u) => [u.unit, u]));
      expect(rows.slice(1)).toEqual(
        sent(c).map((p, k) => {
          const u = byName.get(p.unit)!;
          return [String(k + 1), p.unit, `“${AWARD_NAMES[p.award].vi}”`, pts(u.total), `${u.rank}/${c.n}`, p.votes === null ? `……/${c.ballot ? p.voters : '……'}` : `${p.votes}/${p.voters}`];
        }),
      );
      const text = plain(c.xml.get(tt())!);
      for (const doc of documentsInForce(reviewDate(c.year))) if (doc.verified) expect(text).toContain(`Căn cứ ${doc.basis};`);
      expect(text).toContain('Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ).');
      expect(text).toContain('Căn cứ Quyết định số ……/QĐ-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân tỉnh ……;');
    });

    it('reports: scores by criteria group, total, rank and band filled in; the form of the decree in force', () => {
      const byName = new Map(c.rank.map((u) => [u.unit, u]));
      const decree = c.year >= 2025 ? 'Nghị định số 152/2025/NĐ-CP' : 'Nghị định số 98/2023/NĐ-CP';
      for (const path of c.documents.slice(2)) {
        const xml = c.xml.get(basename(path))!;
        const text = plain(xml);
        const unit = [...byName.values()].find((u) => text.includes(`Tên tập thể đề nghị khen thưởng: ${u.unit}.`))!;
        expect(unit, basename(path)).toBeDefined();
        const rows = tableRows(xml);
        expect(rows[0]).toEqual(['Nhóm tiêu chí', 'Điểm đạt', 'Điểm tối đa']);
        expect(rows.find((r) => r[0] === 'Tổng điểm')).toEqual(['Tổng điểm', pts(unit.total), '100']);
        expect(text).toContain(`xếp hạng ${unit.rank}/${c.n}`);
        expect(text).toContain(`Phụ lục ban hành kèm theo ${decree}`);
        for (const p of sent(c).filter((x) => x.unit === unit.unit)) expect(text).toContain(`“${AWARD_NAMES[p.award].vi}”`);
        // the parts only the unit can write are marked and dotted
        expect(text).toContain('phần do đơn vị viết');
        const top = c.rank.find((u) => u.rank === 1)!;
        if (c.ballot && unit.unit === top.unit) expect(rows.some((r) => r[0] === String(c.year - 1) && r[2] === 'Cờ thi đua của UBND tỉnh')).toBe(true);
      }
    });

    describe.skipIf(!tools)(`pages read back by LibreOffice${tools ? '' : ' — skipped: soffice, pdftotext or pdfinfo not found'}`, () => {
      it('minutes: the totals of rank --json on the pages; the signatures of secretary and chair on one page, after text', () => {
        const pages = c.pages.get(bb())!;
        const all = squash(pages.join('\n'));
        for (const u of c.rank) expect(all).toContain(squash(`${u.unit}`));
        for (const u of c.rank) expect(all).toContain(pts(u.total));
        const page = pages.find((p) => p.includes('CHỦ TRÌ'))!;
        expect(page).toContain('THƯ KÝ');
        expect(page).toContain(c.ballot ? 'Lê Thị Thu' : '……………………………');
        expect(page).toContain('biên bản đã được thông');
      });

      it('submission: "Nơi nhận" beside the leader’s signature, never alone; căn cứ exact; the annex on its own page', () => {
        const pages = c.pages.get(tt())!;
        const page = pages.find((p) => p.includes('Nơi nhận:'))!;
        expect(page).toContain('KHỐI TRƯỞNG');
        expect(page).toContain('Kính trình Hội đồng');
        const text = squash(pages.join('\n'));
        for (const doc of documentsInForce(reviewDate(c.year))) if (doc.verified) expect(text).toContain(squash(`Căn cứ ${doc.basis};`));
        const annex = pages.findIndex((p) => p.includes('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'));
        expect(annex).toBeGreaterThan(pages.indexOf(page) - 1);
        for (const p of sent(c)) expect(squash(pages.slice(annex).join(''))).toContain(p.votes === null ? '……/' : `${p.votes}/${p.voters}`);
      });

      it('reports: the signature row whole on one page with text before it', () => {
        for (const path of c.documents.slice(2)) {
          const pages = c.pages.get(basename(path))!;
          const page = pages.find((p) => p.includes('XÁC NHẬN CỦA CẤP TRÌNH KHEN'))!;
          expect(page, basename(path)).toContain('(Ký, đóng dấu)');
          expect(page.match(/\(Ký, đóng dấu\)/g)).toHaveLength(2);
          expect(page).toMatch(/…{10,}/);
        }
      });
    });
  });
}

describe('blocrank dossier — the folder', () => {
  it('refuses a non-empty folder without --force; --force overwrites only its own files; a file as output is refused', async () => {
    const book = await writeDossierBook(dir, 0, true);
    const folder = join(dir, 'refuse');
    expect((await runBlocrank('dossier', book, '-o', folder)).code).toBe(0);
    const mine = join(folder, 'ghi-chu-cua-toi.txt');
    await writeFile(mine, 'của văn thư');
    const minutes = join(folder, 'bien-ban-binh-xet-2023.docx');
    const before = await readFile(minutes);
    const refused = await runBlocrank('dossier', book, '-o', folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Thư mục "${folder}" đã có tệp; thêm --force`);
    const forced = await runBlocrank('dossier', book, '-o', folder, '--force', '--json');
    expect(forced.code).toBe(0);
    // the submission's dotted decision line is announced, on the settings sheet
    expect(JSON.parse(forced.stdout).issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'DOSSIER_DECISION_MISSING', sheet: 'Cấu hình' }));
    expect(readFileSync(mine, 'utf8')).toBe('của văn thư');
    // deterministic: the same workbook gives the same bytes (dates of the review, never the clock)
    expect(Buffer.compare(await readFile(minutes), before)).toBe(0);
    const asFile = await runBlocrank('dossier', book, '-o', mine, '--json');
    expect(asFile.code).toBe(2);
    expect(JSON.parse(asFile.stdout).issues.map((i: { code: string }) => i.code)).toContain('DOSSIER_OUTPUT_NOT_FOLDER');
  });

  it('writes nothing with data errors (exit 1)', async () => {
    const folder = join(dir, 'errors');
    const run = await runBlocrank('dossier', 'examples/dak-nong-2024-co-loi.xlsx', '-o', folder, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).documents).toEqual([]);
    expect(spawnSync('ls', [folder]).status).not.toBe(0);
  });
});
