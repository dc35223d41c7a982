import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thamMuuTongHop } from '../../tests/fixtures/blocs.js';
import { buildPledge } from '../core/pledge/buildPledge.js';
import type { PledgeDocument } from '../core/pledge/types.js';
import { packPledgeDocx } from './packPledgeDocx.js';
import { renderPledgeDocx } from './renderPledgeDocx.js';
import { convertToPdf } from '../../scripts/convertWithSoffice.js';

interface Run {
  readonly text: string;
  readonly size: number | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly font: string | null;
  readonly highlight: string | null;
}
interface Para {
  readonly text: string;
  readonly jc: string | null;
  readonly firstLine: number | null;
  readonly runs: readonly Run[];
}

const attr = (xml: string, tag: string, name: string): string | null =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const flag = (rPr: string, tag: string): boolean => new RegExp(`<${tag}(?:/>| w:val="(?:true|1)"/>)`).test(rPr);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, body = '']) => {
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const size = attr(rPr, 'w:sz', 'w:val');
    return {
      text: unescape([...body.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1]).join('')),
      size: size === null ? null : Number(size) / 2,
      bold: flag(rPr, 'w:b'),
      italic: flag(rPr, 'w:i'),
      font: attr(rPr, 'w:rFonts', 'w:hAnsi'),
      highlight: attr(rPr, 'w:highlight', 'w:val'),
    };
  });
}

function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const runs = runsOf(body);
    const firstLine = attr(pPr, 'w:ind', 'w:firstLine');
    return {
      text: runs.map((r) => r.text).join(''),
      jc: attr(pPr, 'w:jc', 'w:val'),
      firstLine: firstLine === null ? null : Number(firstLine),
      runs,
    };
  });
}

const mm = (twips: string | null) => Number(twips) / (1440 / 25.4);

describe('renderPledgeDocx — .docx structure', () => {
  let model: PledgeDocument;
  let files: Record<string, Uint8Array>;
  let documentXml: string;
  let paragraphs: Para[];
  const find = (text: string): Para => {
    const p = paragraphs.find((x) => x.text === text);
    if (!p) throw new Error(`no paragraph "${text}"`);
    return p;
  };

  beforeAll(async () => {
    model = buildPledge(thamMuuTongHop(), null).value!;
    const bytes = await packPledgeDocx(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    files = unzipSync(bytes);
    documentXml = strFromU8(files['word/document.xml']!);
    paragraphs = paragraphsOf(documentXml);
  });

  it('returns a docx Document', () => {
    expect(renderPledgeDocx(model)).toBeInstanceOf(Document);
  });

  it('is A4 portrait with the margins of DOMAIN.md section 7', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)![0];
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sectPr, 'w:pgSz', 'w:orient')).not.toBe('landscape');
    expect(mm(attr(sectPr, 'w:pgMar', 'w:top'))).toBeCloseTo(20, 0);
    expect(mm(attr(sectPr, 'w:pgMar', 'w:bottom'))).toBeCloseTo(20, 0);
    expect(mm(attr(sectPr, 'w:pgMar', 'w:left'))).toBeCloseTo(30, 0);
    expect(mm(attr(sectPr, 'w:pgMar', 'w:right'))).toBeCloseTo(15, 0);
  });

  it('sets Times New Roman on every run and as the default', () => {
    const runs = paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(30);
    expect(new Set(runs.map((r) => r.font))).toEqual(new Set(['Times New Roman']));
    expect(strFromU8(files['word/styles.xml']!)).toMatch(/<w:rPrDefault>[\s\S]*w:ascii="Times New Roman"/);
  });

  it('writes the header of Nghị định 30/2020 in a borderless two-column table', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0];
    expect([...table.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => paragraphsOf(m[1]!).map((p) => p.text));
    expect(cells).toEqual([
      ['UBND TỈNH TÂY NINH', 'KHỐI THI ĐUA CÁC CƠ QUAN THAM MƯU - TỔNG HỢP', ''],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Tây Ninh, ngày …… tháng …… năm 2026'],
    ]);
    // The two short rules: empty paragraphs with a top border, indented from both sides.
    const rules = [
      ...table.matchAll(/<w:p><w:pPr><w:pBdr><w:top w:val="single"[\s\S]*?<w:ind w:left="(\d+)" w:right="(\d+)"\/>/g),
    ];
    expect(rules).toHaveLength(2);
    for (const [, left, right] of rules) expect(left).toBe(right);
  });

  it('uses the sizes and emphasis of section 7', () => {
    const style = (text: string) => {
      const r = find(text).runs[0]!;
      return { size: r.size, bold: r.bold, italic: r.italic };
    };
    expect(style('UBND TỈNH TÂY NINH')).toEqual({ size: 13, bold: false, italic: false });
    expect(style('KHỐI THI ĐUA CÁC CƠ QUAN THAM MƯU - TỔNG HỢP')).toEqual({ size: 13, bold: true, italic: false });
    expect(style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ size: 13, bold: true, italic: false });
    expect(style('Độc lập - Tự do - Hạnh phúc')).toEqual({ size: 14, bold: true, italic: false });
    expect(style('Tây Ninh, ngày …… tháng …… năm 2026')).toEqual({ size: 14, bold: false, italic: true });
    expect(style('GIAO ƯỚC THI ĐUA NĂM 2026')).toEqual({ size: 14, bold: true, italic: false });
    expect(style('Nơi nhận:')).toEqual({ size: 12, bold: true, italic: true });
    expect(style('- Lưu: VT, Khối.')).toEqual({ size: 11, bold: false, italic: false });
    expect(find('GIAO ƯỚC THI ĐUA NĂM 2026').jc).toBe('center');
  });

  it('justifies the body with a first-line indent of about 1 cm', () => {
    const body = paragraphs.filter((p) => /^(Căn cứ|Các đơn vị|\d\. )/.test(p.text));
    expect(body.length).toBeGreaterThanOrEqual(4 + 1 + 5 + 4);
    for (const p of body) {
      expect(p.jc).toBe('both');
      expect(mm(String(p.firstLine))).toBeCloseTo(10, 0);
      expect(p.runs.every((r) => r.size === 14)).toBe(true);
    }
  });

  it('lays the signatures out in a borderless 2-column table, leader first, then deputy, then the roster', () => {
    const from = documentXml.indexOf('<w:tbl>', documentXml.indexOf('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC THI ĐUA'));
    const grid = documentXml.slice(from, documentXml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
    expect([...grid.matchAll(/<w:gridCol /g)].length).toBeGreaterThanOrEqual(2);
    expect(grid).toMatch(/<w:insideV w:val="none"/);
    const texts = paragraphsOf(grid).map((p) => p.text);
    const names = texts.filter((t) => model.signatories.some((s) => s.toUpperCase() === t));
    expect(names).toEqual(model.signatories.map((s) => s.toUpperCase()));
    expect(names.slice(0, 2)).toEqual(['SỞ TƯ PHÁP', 'VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH']);
    expect(texts.filter((t) => t === 'KHỐI TRƯỞNG' || t === 'KHỐI PHÓ')).toEqual(['KHỐI TRƯỞNG', 'KHỐI PHÓ']);
    // No placeholder title: missing titles and names are dotted lines.
    expect(texts).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(texts.filter((t) => /^…+$/.test(t))).toHaveLength(14);
    // 7 units: the last one alone, centred across both columns.
    expect(grid).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*SỞ DÂN TỘC VÀ TÔN GIÁO/);
  });

  it('keeps every signature cell on one page and "Nơi nhận" with the last one', () => {
    const from = documentXml.indexOf('<w:tbl>', documentXml.indexOf('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC THI ĐUA'));
    const grid = documentXml.slice(from, documentXml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
    const rows = [...grid.matchAll(/<w:tr>([\s\S]*?)<\/w:trPr>/g)];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const [row] of rows) expect(row).toContain('<w:cantSplit/>');
    // "Nơi nhận" is inside the grid's last row, after the last signature cell: they move to a page together.
    expect(grid.indexOf('Nơi nhận:')).toBeGreaterThan(grid.indexOf('SỞ DÂN TỘC VÀ TÔN GIÁO'));
    expect(documentXml.indexOf('Nơi nhận:')).toBe(documentXml.lastIndexOf('Nơi nhận:'));
  });

  it('spaces the căn cứ paragraphs by at least 6 pt (Nghị định 30/2020)', () => {
    const basis = [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].filter((m) => m[1]!.includes('Căn cứ'));
    expect(basis.length).toBe(4);
    for (const [p] of basis) expect(Number(attr(p, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(120);
  });

  it('numbers pages in the top margin from page 2 on (different first page)', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)![0];
    expect(sectPr).toContain('<w:titlePg/>');
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sectPr)![1];
      return strFromU8(files[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]!);
    };
    const pageHeader = target('default');
    expect(pageHeader).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(pageHeader).toMatch(/<w:jc w:val="center"\/>/);
    expect(target('first')).not.toContain('PAGE');
  });

  it('highlights placeholders unless told not to', async () => {
    const draft = buildPledge(thamMuuTongHop({ blocDecision: null }), null).value!;
    const highlighted = paragraphsOf(strFromU8(unzipSync(await packPledgeDocx(draft))['word/document.xml']!));
    const run = highlighted.flatMap((p) => p.runs).find((r) => r.text.startsWith('Quyết định số ……'))!;
    expect(run.highlight).toBe('yellow');
    const plain = paragraphsOf(
      strFromU8(unzipSync(await packPledgeDocx(draft, { highlightPlaceholders: false }))['word/document.xml']!),
    );
    expect(plain.flatMap((p) => p.runs).find((r) => r.text.startsWith('Quyết định số ……'))!.highlight).toBeNull();
  });
});

const hasTool = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
const readerTools = hasTool('soffice', ['--version']) && hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);
const skipReason =
  'soffice, pdftotext or pdfinfo not found (install Debian libreoffice-writer-nogui and poppler-utils)';

describe.skipIf(!readerTools)(
  `renderPledgeDocx — a real reader (LibreOffice)${readerTools ? '' : ` — skipped: ${skipReason}`}`,
  () => {
    let work: string;
    let pdf: string;
    let model: PledgeDocument;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'blocrank-pledge-test-'));
      model = buildPledge(thamMuuTongHop(), null).value!;
      const docx = join(work, 'giao-uoc-2026.docx');
      writeFileSync(docx, await packPledgeDocx(model));
      pdf = convertToPdf(docx, work, { timeoutMs: 100_000 });
    });
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('converts to an A4 PDF', () => {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Number(w)).toBeCloseTo(595.3, 0);
      expect(Number(h)).toBeCloseTo(841.9, 0);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
    });

    it('shows every signatory, the title and the page number of page 2', () => {
      const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      for (const name of model.signatories) expect(text).toContain(squash(name.toUpperCase()));
      expect(text).toContain(squash('GIAO ƯỚC THI ĐUA NĂM 2026'));
      const page2 = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
      expect(page2.trimStart().startsWith('2')).toBe(true);
      const page1 = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      expect(page1.trimStart().startsWith('UBND')).toBe(true);
    });
  },
);
