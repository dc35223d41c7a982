/**
 * `npm run bench`: prints speed (median ms) and ratios against baselines measured in the same run.
 * Sections: engine, grid (reading grids); more sections register in SECTIONS as the adapters grow.
 */
import { benchCli } from './cli.js';
import { benchCliStart } from './cli-start.js';
import { benchDossier } from './dossier.js';
import { benchEngine } from './engine.js';
import { benchFunctions } from './functions.js';
import { benchGrid } from './grid.js';
import { printRows, type Row } from './harness.js';
import { benchTaskpane } from './taskpane.js';
import { benchTaskpaneHost } from './taskpane-host.js';
import { benchWeb } from './web.js';
import { benchXlsx } from './xlsx.js';

const SECTIONS: Record<string, () => Row[] | Promise<Row[]>> = {
  engine: benchEngine,
  grid: benchGrid,
  excel: benchTaskpaneHost,
  functions: benchFunctions,
  cli: benchCli,
  'cli-start': benchCliStart,
  taskpane: benchTaskpane,
  xlsx: benchXlsx,
  dossier: benchDossier,
  web: benchWeb,
};

const only = process.argv.slice(2);
const rows: Row[] = [];
for (const [name, run] of Object.entries(SECTIONS)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.error(`… ${name}`);
  rows.push(...(await run()));
}
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
printRows(rows);
