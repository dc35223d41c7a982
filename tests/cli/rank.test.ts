import { createHash } from 'node:crypto';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);

const BAC_NINH = 'examples/bac-ninh-2018.xlsx';
const THAM_MUU = 'examples/tham-muu-tong-hop-2025-en.xlsx';
const DAK_NONG = 'examples/dak-nong-2024-co-loi.xlsx';
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
const exists = (path: string) => stat(path).then(() => true, () => false);

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function copyExample(example: string, name = 'book.xlsx'): Promise<string> {
  const path = join(dir, name);
  await copyFile(example, path);
  return path;
}

async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  ws.eachRow((row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1)));
  return Array.from(rows, (r) => r ?? []);
}

describe('blocrank rank', () => {
  it('ranks the Bắc Ninh example: table on stdout, a ranked copy written, the input untouched', async () => {
    const input = await copyExample(BAC_NINH, 'bac-ninh.xlsx');
    const before = await sha(input);
    const run = await runBlocrank('rank', input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Khối thi đua các cơ quan Đảng tỉnh — kết quả thi đua năm 2018');
    expect(run.stdout).toMatch(/1\s+Ban Tổ chức Tỉnh ủy\s+103,5\s+Xuất sắc\s+Cờ Chính phủ/);
    expect(run.stdout).toContain(`Đã ghi: ${join(dir, 'bac-ninh.ranked.xlsx')}`);
    expect(await sha(input)).toBe(before);

    const rows = await sheetRows(join(dir, 'bac-ninh.ranked.xlsx'), 'Chấm điểm');
    const header = rows[2]!;
    const col = (name: string) => header.indexOf(name);
    for (const name of ['Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']) expect(col(name)).toBeGreaterThan(0);
    const banToChuc = rows.find((r) => r[1] === 'Ban Tổ chức Tỉnh ủy')!;
    expect(banToChuc[col('Tổng điểm')]).toBe(103.5);
    expect(banToChuc[col('Xếp hạng')]).toBe(1);
    // The band of the bloc's scale: the official rating is the superior's, never computed here.
    expect(banToChuc[col('Xếp loại')]).toBe('Xuất sắc');
    expect(banToChuc[col('Đề nghị khen thưởng')]).toBe('Cờ thi đua của Chính phủ');
    expect(String(banToChuc[col('Giải thích')])).toMatch(/^Xếp hạng 1\/11\. Tổng điểm 103,5\/100, gồm 04 điểm thưởng — mức xuất sắc theo thang điểm của Khối\./);
    // Reviews of 2018: the Government flag under khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP.
    expect(String(banToChuc[col('Giải thích')])).toContain('(khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP)');
    // Created result columns are readable: sensible widths, explanations wrapped.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'bac-ninh.ranked.xlsx'));
    const ws = wb.getWorksheet('Chấm điểm')!;
    expect(ws.getColumn(col('Xếp loại') + 1).width).toBe(30);
    expect(ws.getColumn(col('Giải thích') + 1).width).toBe(90);
    expect(ws.getCell(4, col('Giải thích') + 1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Nothing but the result columns changed: every input cell is still there as it was.
    const original = await sheetRows(input, 'Chấm điểm');
    original.forEach((row, r) => row.forEach((v, c) => c < col('Tổng điểm') && expect(rows[r]![c]).toEqual(v)));
  });

  it('prints exactly one JSON object with --json, in row order, exact totals', async () => {
    const input = await copyExample(THAM_MUU, 'tham-muu.xlsx');
    const run = await runBlocrank('rank', input, '--json', '--lang', 'en');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['year', 'bloc', 'maxBase', 'units', 'issues']);
    expect(json).toMatchObject({ year: 2025, bloc: 'Khối thi đua các cơ quan Tham mưu - Tổng hợp', maxBase: 100 });
    expect(json.units).toHaveLength(7);
    expect(Object.keys(json.units[0])).toEqual(['row', 'unit', 'total', 'rank', 'tied', 'grade', 'awards', 'explanation']);
    expect(json.units.map((u: { row: number }) => u.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const byName = Object.fromEntries(json.units.map((u: { unit: string }) => [u.unit, u]));
    expect(byName['Sở Nội vụ']).toMatchObject({ rank: 1, tied: false, grade: 'HTXSNV', awards: ['CO_CHINH_PHU', 'CO_UBND_TINH'] });
    expect(byName['Sở Nội vụ'].explanation).toContain('to be confirmed: Party and mass organisations completed their tasks excellently');
    expect(byName['Văn phòng UBND tỉnh']).toMatchObject({ rank: 2, awards: [] });
    // Kỷ luật = Under review: held, khoản 4 Điều 4 of Decree 152/2025.
    expect(byName['Văn phòng UBND tỉnh'].explanation).toContain('Not proposed for now');
    expect(byName['Văn phòng UBND tỉnh'].explanation).toContain('Article 4(4) of Decree No. 152/2025/ND-CP');
    expect(byName['Thanh tra tỉnh']).toMatchObject({ rank: 4, tied: true, awards: [] });
    expect(byName['Sở Tư pháp']).toMatchObject({ rank: 4, tied: true, awards: [] });
    expect(json.issues.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['TIE_UNRESOLVED', 'AWARD_TIE_PENDING', 'CERTIFICATES_AUTO_DEFAULT']),
    );
    for (const i of json.issues) expect(Object.keys(i)).toEqual(expect.arrayContaining(['severity', 'code', 'message']));
  });

  it('data errors: exit 1, JSON still printed with null ranks, nothing written', async () => {
    const input = await copyExample(DAK_NONG, 'dak-nong.xlsx');
    const run = await runBlocrank('rank', input, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.units.every((u: { rank: unknown; awards: unknown[] }) => u.rank === null && u.awards.length === 0)).toBe(true);
    expect(json.units.find((u: { unit: string }) => u.unit === 'Báo Đắk Nông').total).toBe(88);
    expect(json.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; cell: string }) => [i.code, i.cell])).toEqual([
      ['VALUE_INVALID', 'G4'],
      ['EXCEL_ERROR', 'I5'],
      ['SCORE_ABOVE_MAX', 'C2'],
      ['SCORE_BLANK', 'E3'],
    ]);
    expect(json.issues[0].message).toMatch(/^Trang "Chấm điểm", ô G4: /);
    expect(await exists(join(dir, 'dak-nong.ranked.xlsx'))).toBe(false);
  });

  it('data errors without --json: the errors on stderr, in the workbook language, exit 1', async () => {
    const input = await copyExample(DAK_NONG, 'dak-nong-2.xlsx');
    const run = await runBlocrank('rank', input);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Trang "Chấm điểm", ô C2: Điểm 32 của đơn vị "Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh" vượt điểm tối đa 30 của tiêu chí A1.');
    expect(run.stderr).toContain('không ghi tệp nào');
  });

  it('refuses to overwrite an existing output without --force, and never writes over the input', async () => {
    const input = await copyExample(BAC_NINH, 'force.xlsx');
    expect((await runBlocrank('rank', input)).code).toBe(0);
    const again = await runBlocrank('rank', input);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runBlocrank('rank', input, '--force')).code).toBe(0);
    const before = await sha(input);
    const self = await runBlocrank('rank', input, '-o', input, '--force');
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('bản sao');
    expect(await sha(input)).toBe(before);
  });

  it('is idempotent: ranking the ranked copy writes the same result cells', async () => {
    const input = await copyExample(BAC_NINH, 'idem.xlsx');
    await runBlocrank('rank', input, '-o', join(dir, 'idem-1.xlsx'));
    await runBlocrank('rank', join(dir, 'idem-1.xlsx'), '-o', join(dir, 'idem-2.xlsx'));
    expect(await sheetRows(join(dir, 'idem-2.xlsx'), 'Chấm điểm')).toEqual(await sheetRows(join(dir, 'idem-1.xlsx'), 'Chấm điểm'));
  });

  it('usage errors and unreadable files exit 2 with a message', async () => {
    expect((await runBlocrank()).code).toBe(2);
    const unknown = await runBlocrank('frobnicate');
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Lệnh không hợp lệ: "frobnicate"')]);
    expect((await runBlocrank('rank')).code).toBe(2);
    expect((await runBlocrank('rank', 'x.xlsx', '--lang', 'fr')).code).toBe(2);
    expect((await runBlocrank('rank', 'x.xlsx', '--bogus')).code).toBe(2);
    const missing = await runBlocrank('rank', join(dir, 'nope.xlsx'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('Không tìm thấy tệp')]);
    const junk = join(dir, 'junk.xlsx');
    await writeFile(junk, 'not a workbook');
    const unreadable = await runBlocrank('rank', junk, '--json');
    expect(unreadable.code).toBe(2);
    expect(JSON.parse(unreadable.stdout).issues[0]).toMatchObject({ code: 'FILE_KIND_REFUSED', message: expect.stringContaining('không phải sổ Excel') });
    expect((await runBlocrank('--help')).code).toBe(0);
    expect((await runBlocrank('--version')).stdout).toMatch(/^blocrank \d+\.\d+\.\d+/);
  });

  it('carries over content no library knows (charts, macros…) byte for byte, without a warning', async () => {
    const zip = await JSZip.loadAsync(await readFile(BAC_NINH));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const input = join(dir, 'with-chart.xlsx');
    await writeFile(input, await zip.generateAsync({ type: 'uint8array' }));
    const output = join(dir, 'with-chart.ranked.xlsx');
    const run = await runBlocrank('rank', input, '--json', '-o', output);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).issues.filter((i: { severity: string }) => i.severity !== 'info')).toEqual([]);
    const copy = await JSZip.loadAsync(await readFile(output));
    expect(await copy.file('xl/charts/chart1.xml')!.async('string')).toContain('c:chartSpace');
    expect([...(await copy.file('xl/vbaProject.bin')!.async('uint8array'))]).toEqual([1, 2, 3]);
  });
});

describe('formula-like text stays text', () => {
  it('unit names and pledge cells beginning with = + - @ are written as strings, never formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(BAC_NINH);
    const scores = wb.getWorksheet('Chấm điểm')!;
    const names = ['=1+1', '+Ban A', '-Ban B', '@Ban C'];
    names.forEach((n, i) => (scores.getCell(4 + i, 2).value = n));
    const settings = wb.getWorksheet('Cấu hình')!;
    settings.eachRow((row) => {
      if (row.getCell(1).value === 'Khối trưởng') row.getCell(2).value = '=1+1';
      if (row.getCell(1).value === 'Khối phó') row.getCell(2).value = '+Ban A';
    });
    const input = join(dir, 'formula.xlsx');
    await wb.xlsx.writeFile(input);

    const ranked = join(dir, 'formula.ranked.xlsx');
    expect((await runBlocrank('rank', input, '-o', ranked)).code).toBe(0);
    const pledged = join(dir, 'formula.pledge.xlsx');
    const run = await runBlocrank('pledge', input, '-o', pledged);
    expect(run.code).toBe(0);
    for (const file of [ranked, pledged]) {
      const zip = await JSZip.loadAsync(await readFile(file));
      for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
        expect(await zip.file(name)!.async('string'), `${file} ${name}`).not.toMatch(/<f[ >]/);
      }
    }
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(pledged);
    const sheet = out.getWorksheet('Giao ước 2019')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['=1+1', '+BAN A']));
  });
});
