// Generates the bundled example workbooks in examples/ (run: npm run examples). One home for their content:
// `exampleSheets` (src/grid/examples.ts, also the pane's "Mở ví dụ"), written by the package writer the web
// page's blank workbook uses. Member lists are the real ones of DOMAIN.md section 8; the scores are made up but
// plausible.
import { mkdir, writeFile } from 'node:fs/promises';
import { BAC_NINH_2018, DAK_NONG_2024, exampleSheets, THAM_MUU_2025, type ExampleBloc } from '../src/grid/examples.js';
import { newWorkbook } from '../src/xlsx/writeSheetPackage.js';

const EXAMPLES: ReadonlyArray<{ readonly file: string; readonly bloc: ExampleBloc }> = [
  { file: 'examples/bac-ninh-2018.xlsx', bloc: BAC_NINH_2018 },
  { file: 'examples/tham-muu-tong-hop-2025-en.xlsx', bloc: THAM_MUU_2025 },
  { file: 'examples/dak-nong-2024-co-loi.xlsx', bloc: DAK_NONG_2024 },
];

await mkdir('examples', { recursive: true });
for (const { file, bloc } of EXAMPLES) {
  await writeFile(file, newWorkbook(exampleSheets(bloc)));
  console.log(`wrote ${file}`);
}
