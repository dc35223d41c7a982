import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PLEDGE_STYLES } from '../../core/pledge/styles.js';
import { gap, para, paraOf, type DocBlock } from './blocks.js';
import { officialDocument, packDocx, reviewStamp } from './officialDocument.js';
import { DOC_STYLES, officialHeader, recipientsBlock, signatureCell, signatureColumn } from './officialParts.js';

const blocks: DocBlock[] = [
  officialHeader({ authority: 'UBND TỈNH TÂY NINH', issuer: 'Khối thi đua số 2', number: { value: null, suffix: '/TTr-' }, place: null }),
  para(DOC_STYLES.title, 'TỜ TRÌNH'),
  paraOf(DOC_STYLES.body, ['Căn cứ ', gap(DOC_STYLES.body), ';']),
  {
    kind: 'table',
    widths: [0.2, 0.8],
    header: [[para(DOC_STYLES.tableHead, 'STT')], [para(DOC_STYLES.tableHead, 'Đơn vị')]],
    rows: [[[para(DOC_STYLES.tableNumber, '1')], [para(DOC_STYLES.tableCell, 'Sở Tư pháp')]]],
  },
  { kind: 'columns', widths: [0.45, 0.55], columns: [recipientsBlock(['Như trên', 'Lưu: VT']), signatureColumn(signatureCell(['KHỐI TRƯỞNG'], null, 'Nguyễn Văn A'))] },
];

async function files(stamp?: string) {
  return unzipSync(await packDocx(officialDocument(blocks, { title: 'Thử' }), stamp ? { stamp } : {}));
}

describe('the shared document layer', () => {
  it('dates the file from the review, never the clock: same blocks, same bytes', async () => {
    const stamp = reviewStamp(2025);
    expect(stamp).toBe('2026-01-01T00:00:00Z');
    const a = await packDocx(officialDocument(blocks, { title: 'Thử' }), { stamp });
    await new Promise((r) => setTimeout(r, 1100));
    const b = await packDocx(officialDocument(blocks, { title: 'Thử' }), { stamp });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = strFromU8(unzipSync(a)['docProps/core.xml']!);
    expect(core).toMatch(/<dcterms:created[^>]*>2026-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2026-01-01T00:00:00Z<\/dcterms:modified>/);
  });

  it('repeats a data table’s header row on every page and never splits a row; dotted gaps are highlighted', async () => {
    const xml = strFromU8((await files())['word/document.xml']!);
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t).find((t) => t.includes('STT'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(table).toMatch(/<w:insideH w:val="single"/);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">……<\/w:t>/);
  });

  it('puts "Nơi nhận" and the signature in one row that cannot split, the signer under the space to sign', async () => {
    const xml = strFromU8((await files())['word/document.xml']!);
    const row = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([r]) => r).find((r) => r.includes('Nơi nhận:'))!;
    expect(row).toContain('<w:cantSplit/>');
    expect(row).toContain('KHỐI TRƯỞNG');
    expect(row).toContain('Nguyễn Văn A');
    expect(row).toContain(`w:after="${72 * 20}"`);
  });

  it('is A4 with Times New Roman and the header of Nghị định 30/2020', async () => {
    const xml = strFromU8((await files())['word/document.xml']!);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('KHỐI THI ĐUA SỐ 2');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(PLEDGE_STYLES.body.spaceBefore).toBeGreaterThanOrEqual(6);
  });
});
