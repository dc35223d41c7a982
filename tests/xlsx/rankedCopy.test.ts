import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAll } from '../../scripts/convertWithSoffice.js';
import { readXlsx } from '../../src/xlsx/readXlsx.js';
import { expectFaithfulCopy } from '../helpers/faithfulCopy.js';
import { diffPackages, entryText, malformedXmlParts, rawEntries, sheetCells, styleItems } from '../helpers/packageDiff.js';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';
import { EXCEL_LIKE_HEADER_ROW, excelLikeBook } from './excelLikeBook.js';

afterAll(removeTempDirs);

const SCORES = 'xl/worksheets/sheet3.xml';
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
beforeAll(async () => {
  dir = await tempDir('blocrank-xlsx-');
});

async function rank(input: Uint8Array, name: string, ...extra: string[]): Promise<{ code: number; out: Uint8Array; json: { units: { row: number; awards: string[] }[]; issues: { code: string }[] } }> {
  const file = join(dir, name);
  await writeFile(file, input);
  const outName = name.replace(/\.(xlsx|xlsm)$/, '.ranked.$1');
  const run = await runBlocrank('rank', file, '--json', '--force', '-o', join(dir, outName), ...extra);
  const out = run.code === 0 ? new Uint8Array(await readFile(join(dir, outName))) : new Uint8Array(0);
  return { code: run.code, out, json: JSON.parse(run.stdout) };
}

describe('the ranked copy is the input package with only the result cells changed', () => {
  it('an Excel-like workbook: tables, x14 validations, sparklines, defined names, comments, customXml kept byte for byte', async () => {
    const input = excelLikeBook();
    const { code, out, json } = await rank(input, 'excel-like.xlsx');
    expect(code).toBe(0);
    const unitRows = json.units.map((u) => u.row);
    expect(unitRows).toEqual([3, 4, 5, 6, 7]);
    const awardRows = json.units.filter((u) => u.awards.length > 0).map((u) => u.row);
    expect(awardRows.length).toBeGreaterThan(0);
    // J (Tổng điểm) holds the clerk's shared formula: kept; K..N are created.
    expectFaithfulCopy(input, out, SCORES, 11, awardRows, unitRows);
    const after = entryText(out, SCORES);
    expect(after).toContain('<f t="shared" ref="J3:J12" si="0">SUM(C3:F3)+G3-H3</f>');
    // Created columns: headers in the header row, widths split out of the clerk's K:P span, nothing else.
    expect(after).toMatch(/<col min="11" max="11" width="9" customWidth="1"\/><col min="12" max="12" width="30" customWidth="1"\/><col min="13" max="13" width="34" customWidth="1"\/><col min="14" max="14" width="90" customWidth="1"\/><col min="15" max="16" width="12" customWidth="1"\/>/);
    expect(after).toContain('<dimension ref="A1:N12"/>');
    const read = readXlsx(out, { path: 'out.xlsx' }).value!;
    const scores = read.grid.sheets.find((s) => s.name === 'Chấm điểm')!;
    expect(scores.rows[EXCEL_LIKE_HEADER_ROW - 1]!.slice(10, 14)).toEqual(['Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']);
    // The hidden, r-less row and the row of r-less cells got their results in place.
    expect(scores.rows[4]![10]).toBe(json.units[2]!.row === 5 ? 4 : null);
    expect(typeof scores.rows[5]![10]).toBe('number');
  });

  it('ranking the ranked copy again gives the same bytes', async () => {
    const { out } = await rank(excelLikeBook(), 'idem.xlsx');
    const again = await rank(out, 'idem2.xlsx');
    expect(again.code).toBe(0);
    expect(Buffer.from(again.out).equals(Buffer.from(out))).toBe(true);
  });

  it('an award that goes away returns the cells to their own format (same as the other rows)', async () => {
    const first = await rank(excelLikeBook(), 'flip.xlsx');
    expect(first.json.units[0]!.awards.length).toBeGreaterThan(0);
    // The clerk lowers the leading unit's scores in the ranked copy (row 3, C3:F3) and ranks it again.
    const files = unzipSync(first.out);
    const sheet = new TextDecoder().decode(files[SCORES]!);
    const lowered = sheet.replace(/(<c r="[C-F]3" s="2"><v>)\d+(<\/v>)/g, '$15$2');
    expect(lowered).not.toBe(sheet);
    files[SCORES] = new TextEncoder().encode(lowered);
    const second = await rank(zipSync(files), 'flip-again.xlsx');
    expect(second.code).toBe(0);
    expect(second.json.units[0]!.awards).toEqual([]);
    const cells = sheetCells(entryText(second.out, SCORES));
    const styleOf = (at: string) => /\ss="(\d+)"/.exec(cells.get(at) ?? '')?.[1] ?? '0';
    // Row 3 lost its award: its result cells now have the formats of row 7, which never had one.
    const row7 = second.json.units.find((u) => u.row === 7)!;
    expect(row7.awards).toEqual([]);
    for (const col of [11, 12, 13, 14]) expect(styleOf(`3:${col}`), `column ${col}`).toBe(styleOf(`7:${col}`));
    // And the formats appended by the first run are reused, not appended again.
    expect(styleItems(entryText(second.out, 'xl/styles.xml')).xfs).toEqual(styleItems(entryText(first.out, 'xl/styles.xml')).xfs);
  });

  it('a value in the scores sheet\'s last column (XFD) leaves no room for result columns: said, nothing written', async () => {
    const files = unzipSync(excelLikeBook());
    files[SCORES] = new TextEncoder().encode(new TextDecoder().decode(files[SCORES]!).replace('</row><row r="4"', '<c r="XFD3"><v>1</v></c></row><row r="4"'));
    const { code, json } = await rank(zipSync(files), 'xfd.xlsx');
    expect(code).toBe(1);
    expect(json.issues.map((i) => i.code)).toContain('RESULT_COLUMNS_BEYOND_SHEET');
    expect(existsSync(join(dir, 'xfd.ranked.xlsx'))).toBe(false);
  });

  it('a minimal writer that prefixes every element (x:) is read and patched in its own prefix', async () => {
    const files = unzipSync(excelLikeBook());
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    // Only the SpreadsheetML elements (no prefix yet) take x:; r:, x14:, mc: … keep theirs.
    const prefixed = (xml: string) => xml.replace(/<(\/?)(?![\w]+:)(\w+)/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    for (const part of [SCORES, 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml']) {
      files[part] = new TextEncoder().encode(prefixed(new TextDecoder().decode(files[part]!)));
    }
    const input = zipSync(files);
    const { code, out, json } = await rank(input, 'prefixed.xlsx');
    expect(code).toBe(0);
    expect(json.units).toHaveLength(5);
    const awardRows = json.units.filter((u) => u.awards.length > 0).map((u) => u.row);
    expectFaithfulCopy(input, out, SCORES, 11, awardRows, json.units.map((u) => u.row));
    const sheet = entryText(out, SCORES);
    expect(sheet).toMatch(/<x:c r="K3" s="\d+"><x:v>1<\/x:v><\/x:c>/);
    expect(sheet).not.toMatch(/<c[ >]/);
    expect(entryText(out, 'xl/sharedStrings.xml')).toMatch(/<x:si><x:t xml:space="preserve">Xuất sắc|<x:si><x:t xml:space="preserve">/);
    expect(entryText(out, 'xl/styles.xml')).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFF2CC"/>');
    expect(entryText(out, 'xl/workbook.xml')).toContain('<x:calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it('.xlsm stays .xlsm with its macros; an .xlsx output name for it is refused', async () => {
    const input = excelLikeBook({ macro: true });
    const { code, out } = await rank(input, 'macro.xlsm');
    expect(code).toBe(0);
    const vba = (z: Uint8Array) => rawEntries(z).find((e) => e.name === 'xl/vbaProject.bin')!.raw;
    expect(Buffer.from(vba(out)).equals(Buffer.from(vba(input)))).toBe(true);
    expect(entryText(out, '[Content_Types].xml')).toContain('macroEnabled.main+xml');
    const file = join(dir, 'macro2.xlsm');
    await writeFile(file, input);
    // Named .xlsm: refused by its name before it is read.
    const refused = await runBlocrank('rank', file, '-o', join(dir, 'macro2.xlsx'), '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['OUTPUT_EXTENSION']);
    expect(existsSync(join(dir, 'macro2.xlsx'))).toBe(false);
    // Named .xlsx but holding macros: refused by what the package is.
    const disguised = join(dir, 'macro3.xlsx');
    await writeFile(disguised, input);
    const refusedByContent = await runBlocrank('rank', disguised, '-o', join(dir, 'macro3.out.xlsx'), '--json');
    expect(refusedByContent.code).toBe(2);
    expect(JSON.parse(refusedByContent.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['MACRO_OUTPUT_EXTENSION']);
    expect(existsSync(join(dir, 'macro3.out.xlsx'))).toBe(false);
  });

  it('pledge -o book.xlsx adds one sheet part and the entries it needs, nothing else', async () => {
    const input = excelLikeBook();
    const file = join(dir, 'pledge-in.xlsx');
    await writeFile(file, input);
    const out = join(dir, 'pledge-out.xlsx');
    expect((await runBlocrank('pledge', file, '-o', out)).code).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    const diff = diffPackages(input, bytes);
    expect(diff.added).toEqual(['xl/worksheets/sheet5.xml']);
    expect(diff.removed).toEqual([]);
    expect(malformedXmlParts(bytes)).toEqual([]);
    expect([...diff.changed].sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    const read = readXlsx(bytes, { path: 'x', readSheet: () => true }).value!;
    expect(read.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Tiêu chí', 'Chấm điểm', 'Ghi chú', 'Giao ước 2026']);
    const texts = read.grid.sheets[4]!.rows.flat().filter((v) => typeof v === 'string');
    expect(texts).toContain('GIAO ƯỚC THI ĐUA NĂM 2026');
    // Replaced with --force: the same part rewritten in place (same content, so the very same bytes).
    const again = join(dir, 'pledge-again.xlsx');
    expect((await runBlocrank('pledge', out, '-o', again, '--force')).code).toBe(0);
    expect(Buffer.from(await readFile(again)).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(!hasSoffice)(`LibreOffice: a file it saved is ranked faithfully, and it opens every output${hasSoffice ? '' : ' — skipped: soffice not found'}`, async () => {
    const src = join(dir, 'lo-src.xlsx');
    await writeFile(src, excelLikeBook());
    const loDir = join(dir, 'lo');
    convertAll([src], 'xlsx', loDir, dir);
    const saved = new Uint8Array(await readFile(join(loDir, 'lo-src.xlsx')));
    const opened = readXlsx(saved, { path: 'lo' }).value!;
    const scoresPath = opened.sheets.find((s) => s.name === 'Chấm điểm')!.path!;
    const { code, out, json } = await rank(saved, 'lo-saved.xlsx');
    expect(code).toBe(0);
    const awardRows = json.units.filter((u) => u.awards.length > 0).map((u) => u.row);
    expectFaithfulCopy(saved, out, scoresPath, 11, awardRows, json.units.map((u) => u.row));

    expect((await runBlocrank('template', '-o', join(dir, 'template.xlsx'))).code).toBe(0);
    expect(malformedXmlParts(new Uint8Array(await readFile(join(dir, 'template.xlsx'))))).toEqual([]);
    const outputs = ['template.xlsx', 'excel-like.ranked.xlsx', 'macro.ranked.xlsm', 'lo-saved.ranked.xlsx', 'pledge-out.xlsx', 'pledge-again.xlsx'].map((f) => join(dir, f)).filter(existsSync);
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    const pdfDir = join(dir, 'pdf');
    // Distinct names: LibreOffice names each PDF after its input.
    convertAll(outputs, 'pdf', pdfDir, dir);
    for (const f of outputs) {
      const pdf = join(pdfDir, `${f.split('/').pop()!.replace(/\.\w+$/, '')}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
    }
  }, 240_000);
});
