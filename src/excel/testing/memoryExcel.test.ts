import { describe, expect, it, vi } from 'vitest';
import { installMemoryExcel, MemoryExcel, MemoryExcelError, MemoryWorkbook } from './memoryExcel.js';

const bookWith = (rows: Array<Array<string | number | boolean | null>>) => {
  const workbook = new MemoryWorkbook();
  workbook.addSheet('Data', rows);
  return new MemoryExcel({ workbook });
};

describe('MemoryExcel (the in-memory Excel host)', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, like Office.js', async () => {
    const excel = bookWith([['a', 1]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a', 1]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('refuses to load an unknown property and to set a misspelt member', async () => {
    const excel = bookWith([['a']]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => range.load('valuez')).toThrow(MemoryExcelError);
      expect(() => {
        (range.format.fill as unknown as Record<string, unknown>).colour = 'red';
      }).toThrow(TypeError);
    });
  });

  it('counts syncs and runs queued commands in order at sync', async () => {
    const excel = bookWith([['a']]);
    await excel.run(async (context) => {
      const spy = vi.spyOn(context, 'sync');
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.load('values');
      range.values = [['b']];
      expect(excel.workbook.sheet('Data')!.at('A1').value).toBe('a');
      await context.sync();
      // The load ran before the write: it saw the old value.
      expect(range.values).toEqual([['a']]);
      expect(excel.workbook.sheet('Data')!.at('A1').value).toBe('b');
      expect(spy).toHaveBeenCalledTimes(1);
    });
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0]!.commands).toBe(2);
  });

  it('rejects a failing command, keeps the commands before it and drops the rest', async () => {
    const excel = bookWith([['a']]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [['first']];
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [['x']];
      sheet.getRange('A2').values = [['never']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    const sheet = excel.workbook.sheet('Data')!;
    expect(sheet.at('A1').value).toBe('first');
    expect(sheet.at('A2').value).toBe('');
  });

  it('parses written values like typed input, unless the cell is formatted as Text', async () => {
    const excel = bookWith([]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1:F1').values = [['=SUM(B1)', '12', 'TRUE', '#N/A', "'=x", '-abc']];
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['=SUM(B1)']];
      await context.sync();
    });
    const s = excel.workbook.sheet('Data')!;
    expect(s.at('A1')).toMatchObject({ formula: '=SUM(B1)' });
    expect(s.at('B1').value).toBe(12);
    expect(s.at('C1').value).toBe(true);
    expect(s.at('D1')).toMatchObject({ error: '#N/A' });
    expect(s.at('E1')).toMatchObject({ value: '=x', quotePrefix: true, formula: null });
    expect(s.at('F1').formula).toBe('=-abc');
    expect(s.at('A2')).toMatchObject({ value: '=SUM(B1)', formula: null, numberFormat: '@' });
  });

  it('checks the shape of a written array, and null leaves a cell unchanged', async () => {
    const excel = bookWith([['a', 'b']]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      range.values = [['x', null]] as unknown as string[][];
      await context.sync();
      range.values = [['x', 'y', 'z']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(excel.workbook.sheet('Data')!.values()).toEqual([['x', 'b']]);
  });

  it('gives the used range or a null object, and loads sheet names', async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet('Empty');
    const data = workbook.addSheet('Data');
    data.setValues('C3', [[1, 2]]);
    const excel = new MemoryExcel({ workbook });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const empty = sheets.getItem('Empty').getUsedRangeOrNullObject(true).load('address');
      const used = sheets.getItem('data').getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex,address');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Empty', 'Data']);
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect([used.rowIndex, used.columnIndex, used.address, used.values]).toEqual([2, 2, 'Data!C3:D3', [[1, 2]]]);
    });
  });

  it('refuses a request or a response over the payload limit', async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet('Data').setValues('A1', [['x'.repeat(2000)]]);
    const excel = new MemoryExcel({ workbook, requestLimit: 1000, responseLimit: 1000 });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.values = [['y'.repeat(2000)]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      range.load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(excel.syncs.map((s) => s.failed)).toEqual(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
  });

  it('adds sheets (refusing a taken name), formats cells and reads cell properties', async () => {
    const excel = bookWith([]);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add('New');
      const range = added.getRange('A1:B2');
      range.setCellProperties([
        [{ format: { fill: { color: '#FFF2CC' }, font: { bold: true } } }, {}],
        [{}, { format: { horizontalAlignment: 'Center', wrapText: true } }],
      ]);
      range.getCell(1, 0).format.fill.color = 'DDEBF7';
      added.freezePanes.freezeRows(1);
      range.dataValidation.rule = { decimal: { formula1: 0, formula2: 10, operator: 'Between' } };
      range.merge(false);
      added.pageLayout.paperSize = 'A4';
      const props = range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } });
      await context.sync();
      expect(props.value[0]![0]).toEqual({ format: { fill: { color: '#FFF2CC', pattern: 'Solid' }, font: { bold: true } } });
      expect(props.value[0]![1]).toEqual({ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false } } });
      sheets.add('new');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
    const s = excel.workbook.sheet('New')!;
    expect(s.at('A2').fill).toEqual({ color: '#DDEBF7', pattern: 'Solid' });
    expect(s.at('B2')).toMatchObject({ horizontalAlignment: 'Center', wrapText: true });
    expect(s.frozenRows).toBe(1);
    expect(s.merges).toEqual(['A1:B2']);
    expect(s.validations[0]!.address).toBe('A1:B2');
    expect(s.pageLayout.paperSize).toBe('A4');
  });

  it('selects a range only on the active sheet', async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet('One');
    workbook.addSheet('Two');
    const excel = new MemoryExcel({ workbook });
    await excel.run(async (context) => {
      const two = context.workbook.worksheets.getItem('Two');
      two.getRange('B3').select();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      two.activate();
      two.getRange('B3').select();
      await context.sync();
    });
    expect(workbook.selection).toEqual({ sheet: 'Two', address: 'B3' });
  });

  it('installs a global Office and Excel for a bundled task pane', async () => {
    const target: Record<string, unknown> = {};
    const host = installMemoryExcel(target);
    const office = target.Office as { onReady(): Promise<{ host: string }>; HostType: { Excel: string } };
    expect((await office.onReady()).host).toBe(office.HostType.Excel);
    host.workbook.addSheet('A', [['x']]);
    const excel = target.Excel as { run: MemoryExcel['run'] };
    const value = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('A').getRange('A1').load('values');
      await context.sync();
      return r.values[0]![0];
    });
    expect(value).toBe('x');
    expect(host.runs).toBe(1);
  });
});

describe('events, ids and the document settings (issue 13)', () => {
  it('fires onChanged after a write or a clerk’s edit, with the sheet id and the address; remove stops it', async () => {
    const excel = new MemoryExcel();
    const sheet = excel.workbook.addSheet('Chấm điểm', [['Đơn vị']]);
    const events: Array<{ worksheetId: string; address: string }> = [];
    const registration = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const r = sheets.onChanged.add(async (e) => void events.push({ worksheetId: e.worksheetId, address: e.address }));
      await context.sync();
      expect(sheets.items[0]!.id).toBe(sheet.id);
      // Nothing fires before the write's request has run.
      context.workbook.worksheets.getItem(sheet.id).getRange('B2:C3').values = [
        [1, 2],
        [3, 4],
      ];
      expect(events).toEqual([]);
      await context.sync();
      return r;
    });
    excel.edit('Chấm điểm', 'D5', [['x']]);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual([
      { worksheetId: sheet.id, address: 'B2:C3' },
      { worksheetId: sheet.id, address: 'D5' },
    ]);
    expect(sheet.at('D5').value).toBe('x');
    await excel.run(async () => {
      registration.remove();
      await registration.context.sync();
    });
    excel.edit('Chấm điểm', 'D6', [['y']]);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toHaveLength(2);
  });

  it('keeps the document’s add-in settings only once saveAsync has run, with the workbook', async () => {
    const target: Record<string, unknown> = {};
    const host = installMemoryExcel(target);
    const settings = (target.Office as { context: { document: { settings: Office.Settings } } }).context.document.settings;
    settings.set('k', '{"a":1}');
    expect(settings.get('k')).toBe('{"a":1}');
    expect(host.workbook.settings.has('k')).toBe(false);
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    expect(host.workbook.settings.get('k')).toBe('{"a":1}');
    // A pane opened again on the same workbook finds them.
    const again: Record<string, unknown> = {};
    installMemoryExcel(again, host);
    expect((again.Office as { context: { document: { settings: Office.Settings } } }).context.document.settings.get('k')).toBe('{"a":1}');
  });
});
