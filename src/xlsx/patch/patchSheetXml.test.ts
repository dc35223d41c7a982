import { describe, expect, it } from 'vitest';
import { MalformedSheetError, patchSheetXml, type RenderCell } from './patchSheetXml.js';

const WS = (inner: string, head = '<dimension ref="A1:C3"/>') => `<worksheet xmlns="urn:m">${head}<sheetData>${inner}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;
/** Writes "R{row}C{col}" as an inline string, keeping the existing format and noting what it saw. */
const seen: string[] = [];
const render: RenderCell = (t, existing, left, rowStyle) => {
  seen.push(`${t.row}:${t.col} existing=${existing ? `${existing.s}${existing.formula ? 'f' : ''}` : '-'} left=${left} row=${rowStyle}`);
  return `<c r="${String.fromCharCode(64 + t.col)}${t.row}"${existing?.s ? ` s="${existing.s}"` : ''}><v>${t.row * 100 + t.col}</v></c>`;
};

describe('patchSheetXml', () => {
  it('replaces and inserts cells in column order, creates rows in order, leaves every other byte', () => {
    const xml = WS('<row r="1" spans="1:3"><c r="A1" s="3"><v>1</v></c><c r="C1"><v>3</v></c></row>\n<row r="3"><c r="B3" s="2"><v>9</v></c></row>');
    seen.length = 0;
    const out = patchSheetXml(xml, [{ row: 1, col: 2 }, { row: 1, col: 4 }, { row: 2, col: 1 }, { row: 3, col: 2 }, { row: 5, col: 1 }], render);
    expect(out).toBe(
      WS(
        '<row r="1" spans="1:4"><c r="A1" s="3"><v>1</v></c><c r="B1"><v>102</v></c><c r="C1"><v>3</v></c><c r="D1"><v>104</v></c></row>\n' +
          '<row r="2"><c r="A2"><v>201</v></c></row><row r="3"><c r="B3" s="2"><v>302</v></c></row><row r="5"><c r="A5"><v>501</v></c></row>',
        '<dimension ref="A1:D5"/>',
      ),
    );
    expect(seen).toEqual(['1:2 existing=- left=3 row=null', '1:4 existing=- left=0 row=null', '2:1 existing=- left=null row=null', '3:2 existing=2 left=null row=null', '5:1 existing=- left=null row=null']);
  });

  it('never replaces a cell holding a formula', () => {
    const xml = WS('<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1"><f t="shared" si="0"/><v>1</v></c></row>');
    expect(patchSheetXml(xml, [{ row: 1, col: 1 }, { row: 1, col: 2 }], render)).toBe(xml);
  });

  it('keeps rows and cells without r= in place: one inserted before them gets its r=', () => {
    const xml = WS('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const out = patchSheetXml(xml, [{ row: 1, col: 1 }, { row: 2, col: 3 }], render);
    // A1 replaced (B1 after it keeps following it); C2 appended after the r-less cell A2.
    expect(out).toBe(WS('<row><c r="A1"><v>101</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="C2"><v>203</v></c></row>'));
    const before = WS('<row r="3"><c><v>1</v></c></row>');
    expect(patchSheetXml(before, [{ row: 2, col: 1 }], render)).toBe(WS('<row r="2"><c r="A2"><v>201</v></c></row><row r="3"><c><v>1</v></c></row>'));
    const inserted = patchSheetXml(WS('<row r="1"><c><v>1</v></c></row><row><c><v>5</v></c></row>'), [{ row: 1, col: 1 }], render);
    expect(inserted).toContain('<row><c><v>5</v></c></row>');
  });

  it('adds widths for created columns, splitting only the span that covers them', () => {
    const xml = WS('<row r="1"><c r="A1"><v>1</v></c></row>', '<dimension ref="A1"/><cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="6" width="12" style="4" customWidth="1"/></cols>');
    const out = patchSheetXml(xml, [{ row: 1, col: 4 }], render, { widths: new Map([[4, 30]]) });
    expect(out).toContain(
      '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="3" width="12" style="4" customWidth="1"/><col min="4" max="4" width="30" style="4" customWidth="1"/><col min="5" max="6" width="12" style="4" customWidth="1"/></cols>',
    );
    expect(out).toContain('<dimension ref="A1:D1"/>');
    const bare = patchSheetXml(WS('<row r="1"><c r="A1"><v>1</v></c></row>'), [{ row: 1, col: 8 }], render, { widths: new Map([[8, 11]]) });
    expect(bare).toContain('<cols><col min="8" max="8" width="11" customWidth="1"/></cols><sheetData>');
  });

  it('writes into an empty sheetData and keeps a namespace prefix', () => {
    expect(patchSheetXml('<worksheet><sheetData/></worksheet>', [{ row: 2, col: 1 }], render)).toBe('<worksheet><sheetData><row r="2"><c r="A2"><v>201</v></c></row></sheetData></worksheet>');
    const prefixed = '<x:worksheet xmlns:x="urn:m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(patchSheetXml(prefixed, [{ row: 1, col: 2 }], render)).toBe(
      '<x:worksheet xmlns:x="urn:m"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>102</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });
});

describe('patchSheetXml on a damaged sheet', () => {
  it('throws MalformedSheetError (the writer turns it into PART_UNREADABLE), never writes a half-spliced row', () => {
    expect(() => patchSheetXml('<worksheet><cols/></worksheet>', [{ row: 1, col: 1 }], render)).toThrow(MalformedSheetError);
    expect(() => patchSheetXml(WS('<row r="1"><c r="A1"><v>1</v>'), [{ row: 1, col: 2 }], render)).toThrow(MalformedSheetError);
    expect(() => patchSheetXml(WS('<row r="1"><c r="A1"><v>1</v></row>'), [{ row: 1, col: 2 }], render)).toThrow(MalformedSheetError);
  });
});
