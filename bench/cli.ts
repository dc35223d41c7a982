import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/runCli.js';
import { templateSheets } from '../src/grid/templateSheets.js';
import { writeSheetSpec } from '../scripts/lib/writeSheetSpecExcelJs.js';
import { measureAsync, rng, type Row } from './harness.js';

const MAXIMA = [30, 10, 15, 5, 10, 10, 15, 5, 10];

/** A filled bloc workbook of `n` units built from the template, as a clerk's file would be. */
export async function writeBenchWorkbook(path: string, n: number): Promise<void> {
  const random = rng(7);
  const workbook = new ExcelJS.Workbook();
  const [settings, criteria, scores] = templateSheets({ lang: 'vi', units: n, year: 2025, bloc: 'Khối thử tải' });
  writeSheetSpec(workbook, settings!);
  writeSheetSpec(workbook, criteria!);
  const ws = writeSheetSpec(workbook, scores!);
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(i + 2);
    row.getCell(2).value = `Đơn vị ${i + 1}`;
    MAXIMA.forEach((max, c) => (row.getCell(3 + c).value = Math.round(random() * max * 4) / 4));
    row.getCell(12).value = random() < 0.1 ? 1 : null;
    row.getCell(13).value = Math.floor(random() * 12);
    row.getCell(14).value = Math.floor(random() * 100);
    row.getCell(15).value = random() < 0.02 ? 'Có' : 'Không';
    row.getCell(16).value = 'Có';
    row.getCell(17).value = 'Có';
  }
  await workbook.xlsx.writeFile(path);
}

export async function benchCli(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'blocrank-bench-'));
  try {
    const input = join(dir, 'bloc-10k.xlsx');
    await writeBenchWorkbook(input, 10_000);
    const quiet = { stdout: () => {}, stderr: () => {} };
    const exceljs = await measureAsync(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      await wb.xlsx.writeBuffer();
    });
    const cli = await measureAsync(async () => {
      const code = await runCli(['rank', input, '-o', join(dir, 'out.xlsx'), '--force'], quiet);
      if (code !== 0) throw new Error(`blocrank rank exited ${code}`);
    });
    const t0 = performance.now();
    execFileSync(process.execPath, ['bin/blocrank.mjs', 'rank', input, '-o', join(dir, 'out2.xlsx'), '--force'], { stdio: 'ignore' });
    const spawned = performance.now() - t0;
    return [
      {
        section: 'cli',
        case: 'blocrank rank, 10,000-unit workbook (in-process)',
        ms: cli.medianMs,
        baselineMs: exceljs.medianMs,
        budget: '≤ 3× ExcelJS read+write',
        note: `as a new process: ${spawned.toFixed(0)} ms`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
