import { describe, expect, it } from 'vitest';
import { StylesEditor } from './stylesEditor.js';

const STYLES =
  '<styleSheet xmlns="urn:m"><fonts count="1"><font><sz val="13"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>';

describe('StylesEditor', () => {
  it('clones a format with the award fill, appending one fill and one xf, never editing existing ones', () => {
    const s = new StylesEditor(STYLES);
    const award = s.withAwardFill(1);
    expect(award).toBe(2);
    expect(s.withAwardFill(1)).toBe(2);
    const xml = s.toString();
    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf('<fills')))).toBe(true);
    expect(xml).toContain('<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/>');
    expect(xml).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf><xf numFmtId="2" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>',
    );
  });

  it('finds its own clones again in a part it wrote (a second run appends nothing) and returns to the original', () => {
    const first = new StylesEditor(STYLES);
    const wrapped = first.withAlignment(1, { vertical: 'top', wrapText: '1' });
    const award = first.withAwardFill(wrapped);
    const again = new StylesEditor(first.toString());
    expect(again.withAwardFill(again.baseOf(award))).toBe(award);
    expect(again.baseOf(award)).toBe(wrapped);
    expect(again.withAlignment(again.baseOf(award), { vertical: 'top', wrapText: '1' })).toBe(wrapped);
    expect(again.changed).toBe(false);
    expect(again.toString()).toBe(first.toString());
    expect(first.toString()).toContain('<alignment horizontal="right" vertical="top" wrapText="1"/>');
  });

  it('adds SheetSpec styles: fonts, fills, borders, custom number formats, each found or appended', () => {
    const s = new StylesEditor(STYLES);
    const a = s.addCellStyle({ bold: true, size: 14, fill: 'ddebf7', border: ['top', 'bottom'], numberFormat: '0.0', horizontal: 'center', vertical: 'middle', wrap: true });
    const b = s.addCellStyle({ bold: true, size: 14, fill: 'DDEBF7', border: ['top', 'bottom'], numberFormat: '0.0', horizontal: 'center', vertical: 'middle', wrap: true });
    expect(a).toBe(b);
    expect(s.addCellStyle({ numberFormat: '@' })).toBe(3);
    const xml = s.toString();
    expect(xml).toMatch(/^<styleSheet xmlns="urn:m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"\/><\/numFmts><fonts count="2">/);
    expect(xml).toContain('<font><b/><sz val="14"/><name val="Times New Roman"/></font>');
    expect(xml).toContain('<border><left/><right/><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>');
    expect(xml).toContain('<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>');
    expect(xml).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
  });
});

describe('StylesEditor and copies made by earlier BlocRank versions', () => {
  it('an award fill written another way (ExcelJS) is recognised: a cell that loses its award loses the yellow', () => {
    const legacy = STYLES.replace('</fills>', '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills>').replace(
      '</cellXfs>',
      '<xf numFmtId="2" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>',
    );
    const s = new StylesEditor(legacy);
    expect(s.baseOf(2)).toBe(1);
    // Still an award: a clone with the award fill (the one this version writes), the legacy format left as it was.
    const award = s.withAwardFill(s.baseOf(2));
    expect(award).toBe(3);
    expect(s.toString()).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>');
  });
});
