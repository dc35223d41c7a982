/**
 * One measured run in a fresh process, for bench/xlsx.ts: `rank` (the blocrank command, in-process here)
 * or `exceljs` (ExcelJS reading and writing the same file). Prints {ms, maxRssMb, code, issues} as JSON:
 * `ms` is the work alone (without Node's start-up), `maxRssMb` the process's peak resident memory.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../src/cli/runCli.js';

/**
 * This process's own peak resident memory in MB. Linux keeps `ru_maxrss` across exec, so a child spawned by
 * a large parent would report the parent's size; `VmHWM` belongs to the new address space and starts afresh.
 */
function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [mode, ...args] = process.argv.slice(2);
let out = '';
const t0 = performance.now();
let code = 0;
if (mode === 'rank') {
  code = await runCli(['rank', ...args, '--json', '--force'], { stdout: (t) => (out += t), stderr: () => {} });
} else if (mode === 'exceljs') {
  // Loaded only for the baseline, so the rank runs do not pay for it in time or memory.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(args[0]!);
  await wb.xlsx.writeBuffer();
}
const ms = performance.now() - t0;
let issues: string[];
try {
  issues = (JSON.parse(out || '{"issues":[]}') as { issues: { code: string; message: string }[] }).issues.map((i) => `${i.code}: ${i.message}`);
} catch {
  issues = [out.slice(0, 200)];
}
process.stdout.write(JSON.stringify({ ms, maxRssMb: peakRssMb(), code, issues }));
