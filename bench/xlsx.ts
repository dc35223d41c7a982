/**
 * `npm run bench -- xlsx`: the package reader and patching writer end to end (the `blocrank rank` command),
 * each run in a fresh process so its peak memory (maxRSS) is its own. Bench files are generated in a temp
 * folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { XmlStream } from '../src/xlsx/xml/XmlStream.js';
import { excelLikeBook } from '../tests/xlsx/excelLikeBook.js';
import { writeBenchWorkbook } from './cli.js';
import { measurePair, type Row } from './harness.js';

interface ChildRun {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly code: number;
  readonly issues: readonly string[];
}

function child(mode: 'rank' | 'exceljs', ...args: string[]): ChildRun & { wallMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/xlsx-child.ts', mode, ...args], { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 || !r.stdout) throw new Error(`bench child ${mode} failed: ${r.stderr?.slice(0, 500)}`);
  return { ...(JSON.parse(r.stdout) as ChildRun), wallMs };
}

/** Median (by work time) of `runs` child runs of each, interleaved so machine load hits both. */
function pair(runs: number, a: () => ChildRun, b: () => ChildRun): { a: ChildRun; b: ChildRun } {
  const as: ChildRun[] = [];
  const bs: ChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    bs.push(b());
    as.push(a());
  }
  const median = (xs: ChildRun[]) => [...xs].sort((x, y) => x.ms - y.ms)[Math.floor(xs.length / 2)]!;
  return { a: median(as), b: median(bs) };
}

const mb = (x: number) => `${x.toFixed(0)} MB`;

/** A deflate stream of `size` bytes of one repeated byte, written through zlib in 1 MB pieces. */
async function deflateRepeated(byte: number, size: number): Promise<{ data: Uint8Array; crc: number }> {
  const chunk = Buffer.alloc(1 << 20, byte);
  let crc = 0;
  const parts: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise((resolve) => z.on('end', resolve));
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!z.write(piece)) await new Promise((resolve) => z.once('drain', resolve));
  }
  z.end();
  await done;
  return { data: Buffer.concat(parts), crc };
}

/**
 * A zip whose entries are given as already-deflated data (so a 900 MB part costs 900 KB to build): the
 * small entries of `base` plus `bombs`.
 */
function zipWithDeflated(base: Record<string, Uint8Array>, bombs: readonly { name: string; data: Uint8Array; crc: number; size: number }[]): Uint8Array {
  // Built by hand: fflate's local record of each small entry, then the prepared ones, then one central directory.
  const enc = new TextEncoder();
  const entries: { name: Uint8Array; crc: number; csize: number; size: number; offset: number }[] = [];
  const pieces: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(base)) {
    const deflated = zipSync({ [name]: data }, { level: 6 });
    const v = new DataView(deflated.buffer);
    const csize = v.getUint32(18, true);
    const local = deflated.subarray(0, 30 + v.getUint16(26, true) + v.getUint16(28, true) + csize);
    entries.push({ name: enc.encode(name), crc: v.getUint32(14, true), csize, size: v.getUint32(22, true), offset });
    pieces.push(local);
    offset += local.length;
  }
  for (const b of bombs) {
    const name = enc.encode(b.name);
    const h = new Uint8Array(30 + name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, 8, true);
    v.setUint16(12, 0x21, true);
    v.setUint32(14, b.crc, true);
    v.setUint32(18, b.data.length, true);
    v.setUint32(22, b.size, true);
    v.setUint16(26, name.length, true);
    h.set(name, 30);
    entries.push({ name, crc: b.crc, csize: b.data.length, size: b.size, offset });
    pieces.push(h, b.data);
    offset += h.length + b.data.length;
  }
  const cdStart = offset;
  for (const e of entries) {
    const c = new Uint8Array(46 + e.name.length);
    const v = new DataView(c.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(10, 8, true);
    v.setUint16(14, 0x21, true);
    v.setUint32(16, e.crc, true);
    v.setUint32(20, e.csize, true);
    v.setUint32(24, e.size, true);
    v.setUint16(28, e.name.length, true);
    v.setUint32(42, e.offset, true);
    c.set(e.name, 46);
    pieces.push(c);
    offset += c.length;
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, offset - cdStart, true);
  ev.setUint32(16, cdStart, true);
  pieces.push(end);
  return Buffer.concat(pieces);
}

/** A scores sheet of 1,048,576 rows: every row formatted (Excel writes those when a clerk formats whole columns); `values` puts a unit in each. */
function millionRowSheet(values: boolean): string {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:J1048576"/><sheetData>';
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Đơn vị</t></is></c>' +
    ['A1', 'A2', 'B1', 'B2', 'T1', 'K1'].map((h, i) => `<c r="${String.fromCharCode(67 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('') + '</row>';
  const rows: string[] = [head, header];
  for (let r = 2; r <= 1_048_576; r++) {
    if (values || r <= 11) rows.push(`<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>Đơn vị ${r - 1}</t></is></c><c r="C${r}"><v>30</v></c><c r="D${r}"><v>15</v></c><c r="E${r}"><v>${10 + (r % 10)}</v></c><c r="F${r}"><v>12</v></c></row>`);
    else rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
  }
  rows.push('</sheetData></worksheet>');
  return rows.join('');
}

/**
 * The tokenizer choice: src/xlsx's XmlStream against saxes (the streaming parser the brief offered) on the
 * same worksheet text in 64 KB chunks, each counting elements and collecting the text of `<v>` and `<t>`.
 */
export function benchTokenizer(): Row[] {
  const xml = new TextDecoder().decode(unzipSync(excelLikeBook({ units: 10_000 }))['xl/worksheets/sheet3.xml']!);
  const chunks: string[] = [];
  for (let i = 0; i < xml.length; i += 65536) chunks.push(xml.slice(i, i + 65536));
  const ours = () => {
    let elements = 0;
    let inValue = 0;
    let text = 0;
    const s = new XmlStream({
      open: (name) => {
        elements++;
        if (name === 'v' || name === 't') inValue++;
      },
      close: (name) => {
        if (name === 'v' || name === 't') inValue--;
      },
      capturing: () => inValue > 0,
      text: (t) => (text += t.length),
    });
    for (const c of chunks) s.write(c);
    s.end();
    return elements + text;
  };
  const saxes = () => {
    let elements = 0;
    let inValue = 0;
    let text = 0;
    const p = new SaxesParser();
    p.on('opentag', (tag) => {
      elements++;
      if (tag.name === 'v' || tag.name === 't') inValue++;
    });
    p.on('closetag', (tag) => {
      if (tag.name === 'v' || tag.name === 't') inValue--;
    });
    p.on('text', (t) => {
      if (inValue > 0) text += t.length;
    });
    for (const c of chunks) p.write(c);
    p.close();
    return elements + text;
  };
  if (ours() !== saxes()) throw new Error('XmlStream and saxes disagree on the sheet');
  const m = measurePair(ours, saxes, { runs: 5, warmup: 1 });
  // Text nobody reads (a part padded with whitespace, as a zip bomb is): skipped, not tokenised.
  const pad = ' '.repeat(1 << 20);
  const padded = (feed: (t: string) => void) => {
    feed('<worksheet><sheetData>');
    for (let i = 0; i < 64; i++) feed(pad);
    feed('</sheetData></worksheet>');
  };
  const pm = measurePair(
    () => {
      const s = new XmlStream({ open() {}, capturing: () => false });
      padded((t) => s.write(t));
      s.end();
    },
    () => {
      const p = new SaxesParser();
      p.on('text', () => {});
      padded((t) => p.write(t));
      p.close();
    },
    { runs: 3, warmup: 1 },
  );
  return [
    {
      section: 'xlsx',
      case: `XML tokenizer: XmlStream vs saxes, 10,000-unit sheet (${(xml.length / 1048576).toFixed(1)} M chars)`,
      ms: m.fn.medianMs,
      baselineMs: m.baseline.medianMs,
      note: 'baseline: saxes with the same handlers',
    },
    { section: 'xlsx', case: 'XML tokenizer: XmlStream vs saxes, 64 MB of whitespace in a part', ms: pm.fn.medianMs, baselineMs: pm.baseline.medianMs, note: 'text nobody captures is skipped by indexOf' },
  ];
}

export async function benchXlsx(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'blocrank-bench-xlsx-'));
  const rows: Row[] = benchTokenizer();
  try {
    // ---- 10k units: ExcelJS-written (the template) and Excel-like (hand-written OOXML) --------------------
    const plain = join(dir, 'bloc-10k.xlsx');
    await writeBenchWorkbook(plain, 10_000);
    const { a: ours, b: exceljs } = pair(3, () => child('rank', plain, '-o', join(dir, 'out-10k.xlsx')), () => child('exceljs', plain));
    if (ours.code !== 0) throw new Error(`rank exited ${ours.code}: ${ours.issues.join('; ')}`);
    rows.push({
      section: 'xlsx',
      case: `blocrank rank, 10,000 units (${(statSync(plain).size / 1048576).toFixed(1)} MB), fresh process`,
      ms: ours.ms,
      baselineMs: exceljs.ms,
      budget: '≤ 1× ExcelJS read+write',
      note: `peak RSS ${mb(ours.maxRssMb)} vs ExcelJS ${mb(exceljs.maxRssMb)}; ms = work without Node start-up`,
    });

    const whole = join(dir, 'whole-col.xlsx');
    const bounded = join(dir, 'bounded.xlsx');
    writeFileSync(whole, excelLikeBook({ units: 10_000 }));
    writeFileSync(bounded, excelLikeBook({ units: 10_000, wholeColumnValidation: false }));
    const { a: w, b: wo } = pair(3, () => child('rank', whole, '-o', join(dir, 'o1.xlsx')), () => child('rank', bounded, '-o', join(dir, 'o2.xlsx')));
    if (w.code !== 0 || wo.code !== 0) throw new Error(`rank exited ${w.code}/${wo.code}: ${[...w.issues, ...wo.issues].slice(0, 3).join('; ')}`);
    rows.push({
      section: 'xlsx',
      case: 'Excel-like 10,000 units, validation C1:H1048576 vs C3:H10002',
      ms: w.ms,
      baselineMs: wo.ms,
      budget: '≤ 3× without',
      note: `peak RSS ${mb(w.maxRssMb)} vs ${mb(wo.maxRssMb)}`,
    });

    // ---- zip bombs ---------------------------------------------------------------------------------------
    const base = unzipSync(excelLikeBook());
    const gb = await deflateRepeated(0, 900 * 1048576);
    const bombs = [1, 2, 3, 4, 5].map((i) => ({ name: `xl/media/image${i}.bin`, data: gb.data, crc: gb.crc, size: 900 * 1048576 }));
    const unread = join(dir, 'bomb-unread.xlsx');
    writeFileSync(unread, zipWithDeflated(base, bombs));
    const u = child('rank', unread, '-o', join(dir, 'bomb-out.xlsx'));
    rows.push({
      section: 'xlsx',
      case: `${(statSync(unread).size / 1048576).toFixed(1)} MB file, unread parts inflate to 4.5 GB`,
      ms: u.ms,
      budget: '< 10 s, < 300 MB',
      note: `exit ${u.code}${u.code === 0 ? ' (ranked, parts copied raw)' : ''}; peak RSS ${mb(u.maxRssMb)}`,
    });
    const spaces = await deflateRepeated(0x20, 900 * 1048576);
    // The scores sheet itself as the bomb: its XML is a start tag followed by 900 MB of spaces.
    const sheetBomb = { ...base };
    delete sheetBomb['xl/worksheets/sheet3.xml'];
    // 900 MB of spaces and no tag: text the reader must scan (and may not keep) until the 256 MB cap.
    const inBombFile = join(dir, 'bomb-sheet.xlsx');
    writeFileSync(inBombFile, zipWithDeflated(sheetBomb, [{ name: 'xl/worksheets/sheet3.xml', data: spaces.data, crc: spaces.crc, size: 900 * 1048576 }]));
    // The same with a directory that lies (it says 9 KB): the reader counts what it inflates and stops at 256 MB.
    const lyingFile = join(dir, 'bomb-sheet-lying.xlsx');
    writeFileSync(lyingFile, zipWithDeflated(sheetBomb, [{ name: 'xl/worksheets/sheet3.xml', data: spaces.data, crc: spaces.crc, size: 9000 }]));
    for (const [file, what] of [
      [inBombFile, 'scores sheet inflates to 900 MB'],
      [lyingFile, 'scores sheet inflates to 900 MB, directory says 9 KB'],
    ] as const) {
      const s = child('rank', file, '-o', join(dir, 'bomb-sheet-out.xlsx'));
      rows.push({
        section: 'xlsx',
        case: `${(statSync(file).size / 1048576).toFixed(1)} MB file, ${what}`,
        ms: s.ms,
        budget: '< 10 s, < 300 MB',
        note: `exit ${s.code}: ${s.issues[0]?.slice(0, 40) ?? ''}…; peak RSS ${mb(s.maxRssMb)}`,
      });
    }

    // ---- 1,048,576-row scores sheet ---------------------------------------------------------------------
    for (const values of [false, true]) {
      const files = { ...base };
      files['xl/worksheets/sheet3.xml'] = new TextEncoder().encode(millionRowSheet(values));
      const file = join(dir, `million-${values}.xlsx`);
      writeFileSync(file, zipSync(files, { level: 6 }));
      const m = child('rank', file, '-o', join(dir, `million-${values}-out.xlsx`));
      rows.push({
        section: 'xlsx',
        case: `1,048,576-row scores sheet, ${values ? 'a unit on every row' : '10 units, every row formatted'} (${(statSync(file).size / 1048576).toFixed(1)} MB)`,
        ms: m.ms,
        note: `exit ${m.code}${m.code === 0 ? ' (ranked)' : `: ${m.issues[0]?.slice(0, 70) ?? ''}…`}; peak RSS ${mb(m.maxRssMb)}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
