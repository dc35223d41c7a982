import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateSheets } from '../grid/templateSheets.js';
import type { CellWrite } from '../grid/types.js';
import { readXlsx } from './readXlsx.js';
import { writeRankedCopy } from './writeRankedCopy.js';
import { newWorkbook } from './writeSheetPackage.js';

const book = newWorkbook(templateSheets({ lang: 'vi', units: 3, year: 2025, bloc: 'Khối thử' }));
const text = (zip: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(zip)[name]!);

describe('writeRankedCopy', () => {
  it('writes strings as inline text in a package without shared strings; = + - @ stay text, never formulas', () => {
    const pkg = readXlsx(book, { path: 't.xlsx' }).value!;
    expect(pkg.sharedStringsPath).toBeNull();
    const writes: CellWrite[] = ['=SUM(A1)', '+Ban A', '-Ban B', '@Ban C'].map((value, i) => ({ sheet: 'Chấm điểm', row: 2 + i, col: 20, value, role: 'award' }));
    const out = writeRankedCopy(pkg, writes).value!;
    const sheet = text(out, 'xl/worksheets/sheet3.xml');
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
    expect(sheet).not.toMatch(/<f[ >]/);
    const back = readXlsx(out, { path: 'o.xlsx' }).value!.grid.sheets[2]!;
    expect([2, 3, 4, 5].map((r) => back.rows[r - 1]![19])).toEqual(['=SUM(A1)', '+Ban A', '-Ban B', '@Ban C']);
    // Nothing but the sheet, the styles (award fill) and the workbook's calcPr changed.
    const a = unzipSync(book);
    const b = unzipSync(out);
    const changed = Object.keys(a).filter((n) => Buffer.compare(Buffer.from(a[n]!), Buffer.from(b[n]!)) !== 0);
    expect(changed).toEqual(['xl/worksheets/sheet3.xml', 'xl/styles.xml']);
  });

  it('writes nothing for no writes: the same bytes', () => {
    const pkg = readXlsx(book, { path: 't.xlsx' }).value!;
    expect(Buffer.from(writeRankedCopy(pkg, []).value!).equals(Buffer.from(book))).toBe(true);
  });
});
