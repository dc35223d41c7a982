/**
 * `npm run corpus`: writes the fixture corpus into tests/fixtures/corpus/ — workbooks made the way clerks
 * make them, each with its clean twin (same units and scores, plain layout) and `<name>.expect.json` (which
 * rows are units, which must be skipped, which columns a ranking may write), plus hostile inputs.
 *
 *   node --import tsx scripts/make-corpus.ts            hand-written fixtures, twins, hostile inputs
 *   node --import tsx scripts/make-corpus.ts --tools    also re-make the LibreOffice- and openpyxl-written ones
 *   node --import tsx scripts/make-corpus.ts --check    regenerate in memory and compare with the committed files
 *   … --out <dir>                                       write elsewhere
 *
 * Hand-written files are byte-identical on every run and machine (fixed zip times, TZ pinned to UTC). Files
 * written by LibreOffice and openpyxl are committed outputs: `--tools` re-makes them, normalising their
 * timestamps, and needs soffice and /usr/bin/python3 with openpyxl.
 */
process.env.TZ = 'UTC';

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { BLOCS, twinBook, type Expectation } from './corpus/blocs.js';
import { fixtureBook, FIXTURES, LIBREOFFICE, OPENPYXL } from './corpus/fixtures.js';
import { hostileFiles } from './corpus/hostile.js';
import { buildXlsx, FIXED_TIME, zipFixed, type BookSpec } from './corpus/ooxml.js';

export const CORPUS_DIR = join('tests', 'fixtures', 'corpus');

export interface CorpusFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2) + '\n');

/** Every file the script makes without outside tools, as [relative path, bytes]. */
export function handWritten(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const bloc of Object.values(BLOCS)) files.push({ path: `${bloc.key}.clean.xlsx`, bytes: buildXlsx(twinBook(bloc)) });
  const expectations: Expectation[] = [];
  for (const spec of FIXTURES) {
    const { book, expectation } = fixtureBook(spec);
    files.push({ path: expectation.fixture, bytes: buildXlsx(book) });
    expectations.push(expectation);
  }
  for (const lo of LIBREOFFICE) {
    const source = expectations.find((e) => e.fixture === `${lo.from}.xlsx`)!;
    expectations.push({ ...source, fixture: `${lo.name}.xlsx`, maker: 'LibreOffice', features: [...source.features, `resaved from ${source.fixture}`] });
  }
  for (const spec of OPENPYXL) expectations.push({ ...fixtureBook(spec, 'openpyxl').expectation, features: ['openpyxl'] });
  for (const e of expectations) files.push({ path: e.fixture.replace(/\.xlsx$/, '.expect.json'), bytes: json(e) });
  files.push({ path: 'manifest.json', bytes: json({ fixtures: expectations.map((e) => ({ fixture: e.fixture, maker: e.maker })) }) });
  const hostile = hostileFiles(files.find((f) => f.path === `${FIXTURES[0]!.name}.xlsx`)!.bytes);
  for (const h of hostile) files.push({ path: join('hostile', h.file), bytes: h.bytes });
  files.push({
    path: join('hostile', 'manifest.json'),
    bytes: json({
      files: [...hostile.map(({ file, kind, what }) => ({ file, kind, what })), { file: 'thu-muc.xlsx', kind: 'folder', what: 'a folder named like a workbook' }],
    }),
  });
  files.push({ path: join('hostile', 'thu-muc.xlsx', 'README.txt'), bytes: strToU8('A folder named like a workbook: blocrank must refuse it as input (exit 2).\n') });
  return files;
}

/** Re-zips a package written by another tool at FIXED_TIME with its own timestamps pinned, entries in order. */
export function normalisePackage(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = FIXED_TIME.toISOString().replace(/\.\d+Z$/, 'Z');
  return zipFixed(
    Object.entries(entries).map(([path, data]): [string, Uint8Array] => {
      if (path === 'docProps/core.xml') {
        const xml = strFromU8(data)
          .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`)
          .replace(/<cp:revision>[^<]*<\/cp:revision>/, '<cp:revision>1</cp:revision>');
        return [path, strToU8(xml)];
      }
      if (path === 'docProps/app.xml') return [path, strToU8(strFromU8(data).replace(/<TotalTime>\d+<\/TotalTime>/, '<TotalTime>0</TotalTime>'))];
      return [path, data];
    }),
  );
}

function viaLibreOffice(source: Uint8Array, work: string, name: string): Uint8Array {
  const dir = join(work, name);
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, `${name}.xlsx`), source);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, `${name}.xlsx`)], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return normalisePackage(readFileSync(join(dir, 'out', `${name}.xlsx`)));
}

const OPENPYXL_SCRIPT = String.raw`
import json, sys, datetime
from openpyxl import Workbook
from openpyxl.styles import Font
spec = json.load(sys.stdin)
wb = Workbook()
wb.remove(wb.active)
for sheet in spec["sheets"]:
    ws = wb.create_sheet(sheet["name"])
    for row in sheet["rows"]:
        for cell in row["cells"]:
            c = ws.cell(row=row["r"], column=cell["c"])
            if cell.get("f") is not None:
                c.value = "=" + cell["f"]
            elif cell.get("v") is not None:
                c.value = cell["v"]
            if cell.get("bold"):
                c.font = Font(bold=True)
        if row.get("hidden"):
            ws.row_dimensions[row["r"]].hidden = True
    for m in sheet["merges"]:
        ws.merge_cells(m)
stamp = datetime.datetime(2025, 1, 15, 8, 30, 0)
wb.properties.created = stamp
wb.properties.modified = stamp
wb.properties.creator = "openpyxl"
wb.save(spec["out"])
`;

function viaOpenpyxl(book: BookSpec, work: string, name: string): Uint8Array {
  const out = join(work, `${name}.xlsx`);
  const spec = {
    out,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      merges: s.merges ?? [],
      rows: s.rows.map((r) => ({
        r: r.r,
        hidden: r.hidden ?? false,
        cells: r.cells
          .filter((c) => c.v !== undefined || c.f !== undefined || c.rich)
          .map((c) => ({ c: c.col, v: c.rich ? c.rich.map((x) => x.text).join('') : (c.v ?? null), f: c.f ?? null, bold: c.s === 1 || c.s === 6 || c.s === 8 })),
      })),
    })),
  };
  execFileSync('/usr/bin/python3', ['-c', OPENPYXL_SCRIPT], { input: JSON.stringify(spec), stdio: ['pipe', 'ignore', 'inherit'] });
  return normalisePackage(readFileSync(out));
}

/** The files made with LibreOffice and openpyxl (slow; needs both installed). */
export function toolWritten(): CorpusFile[] {
  const work = mkdtempSync(join(tmpdir(), 'blocrank-corpus-'));
  try {
    const files: CorpusFile[] = [];
    for (const lo of LIBREOFFICE) {
      const spec = FIXTURES.find((f) => f.name === lo.from)!;
      files.push({ path: `${lo.name}.xlsx`, bytes: viaLibreOffice(buildXlsx(fixtureBook(spec).book), work, lo.name) });
    }
    for (const spec of OPENPYXL) files.push({ path: `${spec.name}.xlsx`, bytes: viaOpenpyxl(fixtureBook(spec).book, work, spec.name) });
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1]! : CORPUS_DIR;
  const files = [...handWritten(), ...(args.includes('--tools') ? toolWritten() : [])];
  if (args.includes('--check')) {
    const differ = files.filter((f) => !existsSync(join(out, f.path)) || Buffer.compare(readFileSync(join(out, f.path)), Buffer.from(f.bytes)) !== 0);
    for (const f of differ) console.error(`differs: ${f.path}`);
    console.log(differ.length ? `${differ.length} of ${files.length} files differ` : `all ${files.length} files identical`);
    process.exitCode = differ.length ? 1 : 0;
    return;
  }
  for (const f of files) {
    mkdirSync(join(out, f.path, '..'), { recursive: true });
    writeFileSync(join(out, f.path), f.bytes);
  }
  console.log(`wrote ${files.length} files into ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
