// "Mở ví dụ": the example bloc the pane inserts (src/grid/examples.ts through the Excel adapter and the
// in-memory host) holds the same cells as the bundled .xlsx that `npm run examples` writes from the same data,
// and ranks to the real Bắc Ninh 2018 result (1 Government flag + 2 provincial flags + 4 certificates).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlocActions } from '../src/excel/createBlocActions';
import { MemoryExcel } from '../src/excel/testing/memoryExcel';
import type { CellValue } from '../src/grid/types';
import { readBookFile } from '../src/cli/readBookFile';

const ROOT = join(import.meta.dirname, '..');
const norm = (v: CellValue | undefined): unknown =>
  v === null || v === undefined || v === '' ? null : typeof v === 'object' && 'error' in v ? v.error : v;

describe('Mở ví dụ', () => {
  for (const [file, sheetLang] of [
    ['examples/bac-ninh-2018.xlsx', 'vi'],
    ['examples/tham-muu-tong-hop-2025-en.xlsx', 'en'],
  ] as const) {
    it(`adds ${file} as new sheets, cell for cell, then ranks it`, async () => {
      const excel = new MemoryExcel();
      excel.workbook.addSheet('Sheet1', [['ghi chú của tôi']]);
      const actions = createBlocActions(excel);
      const outcome = await actions.openExample({ lang: 'vi', sheetLang });
      expect(outcome.ok).toBe(true);
      const bundled = (await readBookFile(join(ROOT, file))).value!.grid;
      expect(excel.workbook.sheetNames()).toEqual(['Sheet1', ...bundled.sheets.map((s) => s.name)]);
      expect(excel.workbook.sheet('Sheet1')!.at('A1').value).toBe('ghi chú của tôi');
      for (const sheet of bundled.sheets) {
        const inserted = excel.workbook.sheet(sheet.name)!.values();
        const rows = Math.max(sheet.rows.length, inserted.length);
        for (let r = 0; r < rows; r++) {
          const width = Math.max(sheet.rows[r]?.length ?? 0, inserted[r]?.length ?? 0);
          for (let c = 0; c < width; c++)
            expect(norm(inserted[r]?.[c] as CellValue), `${sheet.name} r${r + 1} c${c + 1}`).toEqual(
              norm(sheet.rows[r]?.[c]),
            );
        }
      }
      const ranked = await actions.rank({ lang: 'vi' });
      expect(ranked.status).toBe('ranked');
      if (ranked.status === 'ranked' && sheetLang === 'vi') {
        expect(ranked.summary).toMatchObject({ provincialFlags: 2, certificates: 4 });
        expect(ranked.summary.governmentNominee).not.toBeNull();
      }
    });
  }

  it('refuses where the workbook has bloc sheets already, touching nothing', async () => {
    const excel = new MemoryExcel();
    excel.workbook.addSheet('Chấm điểm', [['Đơn vị']]);
    const outcome = await createBlocActions(excel).openExample({ lang: 'vi', sheetLang: 'vi' });
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]!.code).toBe('EXCEL_SHEETS_EXIST');
    expect(excel.workbook.sheetNames()).toEqual(['Chấm điểm']);
  });
});
