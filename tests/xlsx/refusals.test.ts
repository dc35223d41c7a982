import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAll } from '../../scripts/convertWithSoffice.js';
import { issueText } from '../../src/core/messages.js';
import { readXlsx } from '../../src/xlsx/readXlsx.js';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';
import { excelLikeBook } from './excelLikeBook.js';

afterAll(removeTempDirs);

let dir: string;
beforeAll(async () => {
  dir = await tempDir('blocrank-refuse-');
});

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file's first bytes and a directory entry name (UTF-16LE), as .xls and encrypted files hold. */
function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB);
  const name = Array.from(streamName).flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

const book = excelLikeBook();
const KINDS: readonly { kind: string; name: string; bytes: () => Uint8Array; vi: string; en: string }[] = [
  { kind: 'xls', name: 'so-cu.xls', bytes: () => compoundFile('Workbook'), vi: 'Excel 97-2003 (.xls)', en: 'Excel 97-2003 file (.xls)' },
  { kind: 'encrypted', name: 'mat-khau.xlsx', bytes: () => compoundFile('EncryptionInfo'), vi: 'mật khẩu', en: 'password' },
  {
    kind: 'ods',
    name: 'bang.ods',
    bytes: () => zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }),
    vi: 'OpenDocument (.ods)',
    en: 'OpenDocument spreadsheet (.ods)',
  },
  { kind: 'docx', name: 'van-ban.docx', bytes: () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }), vi: 'văn bản Word', en: 'Word document' },
  { kind: 'csv', name: 'diem.csv', bytes: () => strToU8('STT,Đơn vị,A1\r\n1,Sở Nội vụ,8\r\n'), vi: 'tệp văn bản (CSV)', en: 'text file (CSV)' },
  { kind: 'notZip', name: 'anh.png', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), vi: 'không phải sổ Excel', en: 'not an Excel workbook' },
  { kind: 'truncated', name: 'dang-tai.xlsx', bytes: () => book.slice(0, Math.floor(book.length / 2)), vi: 'không đầy đủ', en: 'incomplete' },
  { kind: 'notWorkbook', name: 'nen.zip', bytes: () => zipSync({ 'readme.txt': strToU8('hello') }), vi: 'không chứa sổ Excel', en: 'holds no Excel workbook' },
];

describe('files that are not an .xlsx/.xlsm workbook are refused with what they are and what to do', () => {
  for (const k of KINDS) {
    it(`${k.kind}: FILE_KIND_REFUSED, exit 2, in the clerk's language, no library text`, async () => {
      const opened = readXlsx(k.bytes(), { path: k.name });
      expect(opened.value).toBeNull();
      expect(opened.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'FILE_KIND_REFUSED', params: { path: k.name, kind: k.kind } })]);
      expect(issueText(opened.issues[0]!, 'vi')).toContain(k.vi);
      expect(issueText(opened.issues[0]!, 'en')).toContain(k.en);
      const file = join(dir, k.name);
      await writeFile(file, k.bytes());
      for (const lang of ['vi', 'en'] as const) {
        const run = await runBlocrank('rank', file, '--lang', lang);
        expect(run.code).toBe(2);
        expect(run.stderr + run.stdout).toContain(lang === 'vi' ? k.vi : k.en);
        expect(run.stderr + run.stdout).not.toMatch(/\w+Error\b|Error:|\n\s+at |central directory|invalid (block|stored|distance)/i);
      }
      expect((await runBlocrank('pledge', file, '--json')).code).toBe(2);
    });
  }

  it.skipIf(!hasSoffice)(`real .xls and .ods files saved by LibreOffice are recognised${hasSoffice ? '' : ' — skipped: soffice not found'}`, async () => {
    const src = join(dir, 'that.xlsx');
    await writeFile(src, book);
    convertAll([src], 'xls', join(dir, 'xls'), dir);
    convertAll([src], 'ods', join(dir, 'ods'), dir);
    expect(readXlsx(new Uint8Array(await readFile(join(dir, 'xls', 'that.xls'))), { path: 'that.xls' }).issues[0]!.params.kind).toBe('xls');
    expect(readXlsx(new Uint8Array(await readFile(join(dir, 'ods', 'that.ods'))), { path: 'that.ods' }).issues[0]!.params.kind).toBe('ods');
  }, 120_000);

  it('a folder is refused, not read', async () => {
    const run = await runBlocrank('rank', dir, '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues[0].code).toBe('INPUT_IS_FOLDER');
  });
});

describe('damaged parts and caps', () => {
  /** The Excel-like book with one entry's compressed bytes replaced by garbage (its directory intact). */
  function withGarbage(name: string): Uint8Array {
    const files = unzipSync(book);
    const out: Record<string, Uint8Array | [Uint8Array, { level: 0 | 6 }]> = {};
    for (const [n, data] of Object.entries(files)) out[n] = n === name ? [new Uint8Array(300).fill(0xff), { level: 0 }] : data;
    // Stored as 300 bytes of 0xff, then marked deflated: the inflater meets an invalid block.
    const zip = zipSync(out);
    const v = new DataView(zip.buffer);
    for (let p = 0; p < zip.length - 4; p++) {
      const sig = v.getUint32(p, true);
      if (sig !== 0x04034b50 && sig !== 0x02014b50) continue;
      const nameAt = sig === 0x04034b50 ? p + 30 : p + 46;
      const nameLen = v.getUint16(sig === 0x04034b50 ? p + 26 : p + 28, true);
      if (new TextDecoder().decode(zip.subarray(nameAt, nameAt + nameLen)) === name) v.setUint16(sig === 0x04034b50 ? p + 8 : p + 10, 8, true);
    }
    return zip;
  }

  it('a sheet nobody reads is never decompressed: a damaged one does not matter', async () => {
    const file = join(dir, 'ghi-chu-hong.xlsx');
    await writeFile(file, withGarbage('xl/worksheets/sheet4.xml'));
    const out = join(dir, 'ghi-chu-hong.ranked.xlsx');
    expect((await runBlocrank('rank', file, '-o', out)).code).toBe(0);
    // …and is carried over as it was.
    const a = unzipSync(new Uint8Array(await readFile(out)), { filter: (f) => f.name === 'xl/worksheets/sheet3.xml' });
    expect(Object.keys(a)).toEqual(['xl/worksheets/sheet3.xml']);
    expect(existsSync(out)).toBe(true);
  });

  it('a damaged part that must be read: PART_UNREADABLE naming it, exit 2', async () => {
    const opened = readXlsx(withGarbage('xl/worksheets/sheet3.xml'), { path: 'b.xlsx' });
    expect(opened.issues).toEqual([expect.objectContaining({ code: 'PART_UNREADABLE', params: { path: 'b.xlsx', part: 'xl/worksheets/sheet3.xml' } })]);
    const file = join(dir, 'hong.xlsx');
    await writeFile(file, withGarbage('xl/sharedStrings.xml'));
    const run = await runBlocrank('rank', file, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"xl/sharedStrings.xml" cannot be read');
  });

  it('a part past the cap stops reading: PART_TOO_LARGE; too many cells: SHEET_TOO_LARGE', () => {
    const big = readXlsx(book, { path: 'b.xlsx', partCap: 4000 });
    expect(big.issues).toEqual([expect.objectContaining({ code: 'PART_TOO_LARGE', params: expect.objectContaining({ path: 'b.xlsx' }) })]);
    const many = readXlsx(book, { path: 'b.xlsx', maxCells: 12 });
    expect(many.issues).toEqual([expect.objectContaining({ code: 'SHEET_TOO_LARGE', params: { path: 'b.xlsx', sheet: 'Cấu hình', cells: 12 } })]);
  });

  it('malformed XML in a read part: PART_UNREADABLE, never a parser message', () => {
    const files = unzipSync(book);
    files['xl/worksheets/sheet2.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData><c r="B');
    const opened = readXlsx(zipSync(files), { path: 'm.xlsx' });
    expect(opened.issues.map((i) => [i.code, i.params.part])).toEqual([['PART_UNREADABLE', 'xl/worksheets/sheet2.xml']]);
  });
});
