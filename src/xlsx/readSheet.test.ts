import { describe, expect, it } from 'vitest';
import { numberFormatKind } from './numberFormatKind.js';
import { MAX_CELLS_PER_SHEET, percentText, readSheet, SheetTooLargeError } from './readSheet.js';

const SST = ['Đơn vị', 'Ban Tổ chức Tỉnh ủy'];
/** s=0 General, s=1 date (14), s=2 percent (9), s=3 custom date, s=4 custom "0.0" */
const FORMATS = [0, 14, 9, 164, 165].map((id, i) => numberFormatKind(id, i === 3 ? '[$-42A]dd/mm/yyyy;@' : i === 4 ? '0.0"%"' : undefined));

const read = (sheetData: string, extra = '', maxCells?: number) =>
  readSheet('Chấm điểm', (w) => w(`<worksheet xmlns="urn:main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`), {
    sharedStrings: SST,
    formats: FORMATS,
    date1904: false,
    maxCells,
  });

describe('readSheet', () => {
  it('reads every kind of cell value as the grid expects it', () => {
    const sheet = read(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Sở </t></r><r><rPr><b/></rPr><t>Nội vụ</t></r><rPh><t>x</t></rPh></is></c>' +
        '<c r="C1"><v>8.5</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>A1&amp;"!"</f><v>Đơn vị!</v></c>' +
        '<c r="G1" s="1"><v>45658</v></c><c r="H1" s="2"><v>0.755</v></c><c r="I1" s="3"><v>45658.5</v></c><c r="J1" s="4"><v>75</v></c>' +
        '<c r="K1" t="d"><v>2025-01-01T00:00:00Z</v></c><c r="L1" t="inlineStr"><is><t>line_x000D_break</t></is></c><c r="M1" s="2"/><c r="N1"><v></v></c></row>',
    );
    expect(sheet.rows[0]).toEqual([
      'Đơn vị',
      'Sở Nội vụ',
      8.5,
      true,
      { error: '#N/A' },
      'Đơn vị!',
      new Date(Date.UTC(2025, 0, 1)),
      '75,5%',
      new Date(Date.UTC(2025, 0, 1, 12)),
      75,
      new Date(Date.UTC(2025, 0, 1)),
      'line\rbreak',
    ]);
  });

  it('reads cached values of normal, shared and array formulas and names the formula cells', () => {
    const sheet = read(
      '<row r="2"><c r="A2"><f>SUM(B2:C2)</f><v>3</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">B2*2</f><v>4</v></c><c r="E2"><f t="array" ref="E2:E3">B2:B3*2</f><v>6</v></c></row>' +
        '<row r="3"><c r="D3"><f t="shared" si="0"/><v>0</v></c><c r="F3"><f>NA()</f></c></row>',
    );
    expect(sheet.rows[1]).toEqual([3, undefined, undefined, 4, 6].map((v) => v));
    expect(sheet.rows[2]![3]).toBe(0);
    expect([...sheet.formulaCells!].map(([r, cols]) => [r, [...cols]])).toEqual([
      [2, [1, 4, 5]],
      [3, [4, 6]],
    ]);
  });

  it('follows rows and cells without r=, keeps hidden rows and merges', () => {
    const sheet = read(
      '<row><c><v>1</v></c><c t="s"><v>1</v></c></row><row r="4" hidden="1"><c r="C4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>',
    );
    expect(sheet.rows[0]).toEqual([1, 'Ban Tổ chức Tỉnh ủy']);
    expect(sheet.rows[3]!.slice(2)).toEqual([2, 3]);
    expect(sheet.rows[4]).toEqual([4]);
    expect([...sheet.hiddenRows!]).toEqual([4]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
  });

  it('a value in XFD and in row 1,048,576 costs one cell each; empty styled cells cost nothing', () => {
    const sheet = read(`<row r="1"><c r="XFD1"><v>1</v></c></row>${'<row r="5" s="2" customFormat="1"><c r="A5" s="2"/></row>'.repeat(3)}<row r="1048576"><c r="A1048576"><v>2</v></c></row>`);
    expect(sheet.rows).toHaveLength(1_048_576);
    expect(sheet.rows[0]![16383]).toBe(1);
    expect(Object.keys(sheet.rows[0]!)).toEqual(['16383']);
    expect(sheet.rows[1_048_575]).toEqual([2]);
    expect(sheet.rows[4]).toEqual([]);
  });

  it('refuses a sheet with more cells than the cap', () => {
    expect(MAX_CELLS_PER_SHEET).toBe(1_000_000);
    expect(() => read('<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>', '', 2)).toThrow(SheetTooLargeError);
  });

  it('writes a percentage as the clerk sees it', () => {
    expect(percentText(0.75)).toBe('75%');
    expect(percentText(0.755)).toBe('75,5%');
  });
});
