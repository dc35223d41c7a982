// Generates the bundled example workbooks in examples/ from the preset template (run: npm run examples).
// Member lists are the real ones of DOMAIN.md section 8; the scores are made up but plausible.
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { BAC_NINH_2018, DAK_NONG_2024, shiftDown, THAM_MUU_2025, type ExampleBloc } from '../src/grid/examples.js';
import { SETTING_ITEMS } from '../src/grid/names.js';
import type { SheetSpec } from '../src/grid/sheetSpec.js';
import { templateSheets } from '../src/grid/templateSheets.js';
import type { CellValue } from '../src/grid/types.js';
import { writeSheetSpec } from './lib/writeSheetSpecExcelJs.js';

interface Example extends ExampleBloc {
  readonly file: string;
}

const EXAMPLES: readonly Example[] = [
  { file: 'examples/bac-ninh-2018.xlsx', ...BAC_NINH_2018 },
  { file: 'examples/tham-muu-tong-hop-2025-en.xlsx', ...THAM_MUU_2025 },
  { file: 'examples/dak-nong-2024-co-loi.xlsx', ...DAK_NONG_2024 },
];

async function build(example: Example): Promise<void> {
  const specs = templateSheets({ lang: example.lang, units: example.units.length });
  const [settingsSpec, criteriaSpec, scoresSpec] = specs as [SheetSpec, SheetSpec, SheetSpec];
  const workbook = new ExcelJS.Workbook();
  const settingsSheet = writeSheetSpec(workbook, settingsSpec);
  writeSheetSpec(workbook, criteriaSpec);
  const title = example.title;
  const scores = writeSheetSpec(workbook, title ? shiftDown(scoresSpec, 2) : scoresSpec);
  if (title) {
    scores.getCell(1, 1).value = title;
    scores.getCell(1, 1).font = { bold: true, size: 14 };
    scores.mergeCells(1, 1, 1, 12);
  }
  // Settings: find each item's row by its label in the workbook's language.
  for (const [key, value] of Object.entries(example.settings)) {
    const label = (SETTING_ITEMS as Record<string, { vi: readonly string[]; en: readonly string[] }>)[key]![
      example.lang
    ][0]!;
    settingsSheet.eachRow((row) => {
      if (row.getCell(1).value === label) row.getCell(2).value = value;
    });
  }
  const headerRow = title ? 3 : 1;
  example.units.forEach((u, i) => {
    const row = scores.getRow(headerRow + 1 + i);
    row.getCell(2).value = u.name;
    u.points.forEach((p, c) => {
      row.getCell(3 + c).value = p as ExcelJS.CellValue;
    });
    const facts: CellValue[] = [
      u.votes ?? null,
      (u.women ?? null) as CellValue,
      u.discipline ?? null,
      u.exceeded ?? null,
      u.strong ?? null,
      u.official ?? null,
      u.signerTitle ?? null,
      u.signer ?? null,
      u.note ?? null,
    ];
    facts.forEach((f, c) => {
      row.getCell(13 + c).value = f as ExcelJS.CellValue;
    });
  });
  if (example.pledge) {
    const sheet = workbook.addWorksheet(example.lang === 'vi' ? 'Giao ước' : 'Pledge');
    sheet.getCell(1, 1).value = example.lang === 'vi' ? 'Nội dung' : 'Content';
    example.pledge.forEach((text, i) => (sheet.getCell(i + 2, 1).value = text));
  }
  workbook.creator = 'BlocRank';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  await workbook.xlsx.writeFile(example.file);
  console.log(`wrote ${example.file}`);
}

await mkdir('examples', { recursive: true });
for (const example of EXAMPLES) await build(example);
