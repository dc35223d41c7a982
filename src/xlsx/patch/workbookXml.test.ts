import { describe, expect, it } from 'vitest';
import { withFullCalcOnLoad } from './workbookXml.js';

describe('withFullCalcOnLoad', () => {
  it('sets it on an existing calcPr, creates calcPr where the schema puts it, and is idempotent', () => {
    expect(withFullCalcOnLoad('<workbook><sheets/><calcPr calcId="191029"/></workbook>')).toBe('<workbook><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>');
    expect(withFullCalcOnLoad('<workbook><calcPr calcId="1" fullCalcOnLoad="0"></calcPr></workbook>')).toBe('<workbook><calcPr calcId="1" fullCalcOnLoad="1"></calcPr></workbook>');
    expect(withFullCalcOnLoad('<workbook><sheets/><definedNames/><pivotCaches/><extLst/></workbook>')).toBe('<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><pivotCaches/><extLst/></workbook>');
    expect(withFullCalcOnLoad('<x:workbook><x:sheets/></x:workbook>')).toBe('<x:workbook><x:sheets/><x:calcPr fullCalcOnLoad="1"/></x:workbook>');
    const once = withFullCalcOnLoad('<workbook><sheets/></workbook>');
    expect(withFullCalcOnLoad(once)).toBe(once);
  });
});
