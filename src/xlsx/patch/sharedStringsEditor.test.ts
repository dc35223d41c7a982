import { describe, expect, it } from 'vitest';
import { SharedStringsEditor } from './sharedStringsEditor.js';

const SST = '<sst xmlns="urn:m" count="9" uniqueCount="3"><si><t>Xuất sắc</t></si><si><r><t>Tốt</t></r></si><si><t xml:space="preserve">A &amp; B</t></si></sst>';

describe('SharedStringsEditor', () => {
  it('reuses plain items, appends new ones escaped, and keeps the rest of the part', () => {
    const sst = new SharedStringsEditor(SST);
    expect(sst.indexOf('Xuất sắc')).toBe(0);
    expect(sst.indexOf('A & B')).toBe(2);
    // A rich-text item is not reused for plain text.
    expect(sst.indexOf('Tốt')).toBe(3);
    expect(sst.indexOf('=SUM(A1) <b>_x000D_\u0001')).toBe(4);
    expect(sst.indexOf('Tốt')).toBe(3);
    expect(sst.toString()).toBe(
      '<sst xmlns="urn:m" count="9" uniqueCount="5"><si><t>Xuất sắc</t></si><si><r><t>Tốt</t></r></si><si><t xml:space="preserve">A &amp; B</t></si>' +
        '<si><t xml:space="preserve">Tốt</t></si><si><t xml:space="preserve">=SUM(A1) &lt;b&gt;_x005F_x000D__x0001_</t></si></sst>',
    );
  });

  it('changes nothing when every string is there (a second run)', () => {
    const sst = new SharedStringsEditor(SST);
    sst.indexOf('Xuất sắc');
    expect(sst.toString()).toBe(SST);
  });
});
