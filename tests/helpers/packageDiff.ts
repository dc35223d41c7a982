import { DOMParser } from '@xmldom/xmldom';
import { inflateSync } from 'fflate';

/**
 * An independent look at two zip packages (it shares no code with src/xlsx, so it checks the writer rather
 * than agreeing with it): each entry's raw local record (header + compressed bytes) and its text.
 */
export interface RawEntry {
  readonly name: string;
  /** Local header + compressed data, as stored. */
  readonly raw: Uint8Array;
  /** The uncompressed bytes. */
  readonly data: Uint8Array;
}

export function rawEntries(zip: Uint8Array): RawEntry[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('bad central record');
    const method = v.getUint16(p + 10, true);
    const csize = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const local = v.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    const dataStart = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    const compressed = zip.subarray(dataStart, dataStart + csize);
    out.push({ name, raw: zip.subarray(local, dataStart + csize), data: method === 0 ? compressed : inflateSync(compressed) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export interface PackageDiff {
  /** Entry names in the output, in order. */
  readonly order: readonly string[];
  /** Entries whose raw local record differs (their content may or may not). */
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Which entries of `output` are not byte-identical (raw) to those of `input`. */
export function diffPackages(input: Uint8Array, output: Uint8Array): PackageDiff {
  const a = new Map(rawEntries(input).map((e) => [e.name, e]));
  const outEntries = rawEntries(output);
  const b = new Map(outEntries.map((e) => [e.name, e]));
  return {
    order: outEntries.map((e) => e.name),
    changed: [...a.keys()].filter((n) => b.has(n) && !same(a.get(n)!.raw, b.get(n)!.raw)),
    added: [...b.keys()].filter((n) => !a.has(n)),
    removed: [...a.keys()].filter((n) => !b.has(n)),
  };
}

/** The text of one entry. */
export function entryText(zip: Uint8Array, name: string): string {
  const e = rawEntries(zip).find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  return new TextDecoder().decode(e.data);
}

/**
 * Every `<c>` of a worksheet by its position (`row:col`), as written — r-less rows and cells numbered the
 * way Excel does (each follows the previous one).
 */
export function sheetCells(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  let row = 0;
  const rowRe = /<(?:\w+:)?row\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/(?:\w+:)?row>|(?=<(?:\w+:)?row\b)|(?=<\/(?:\w+:)?sheetData>))/g;
  for (const m of xml.matchAll(rowRe)) {
    const r = /\sr="(\d+)"/.exec(m[1]!);
    row = r ? Number(r[1]) : row + 1;
    if (m[2] === '/') continue;
    let col = 0;
    for (const c of m[3]!.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g)) {
      const ref = /\sr="([A-Z]+)\d+"/.exec(c[1]!);
      col = ref ? [...ref[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
      cells.set(`${row}:${col}`, c[0]);
    }
  }
  return cells;
}

/** The worksheet with its `<sheetData>`, `<dimension>` and `<cols>` cut out: what must stay byte-identical. */
export function sheetOutsideData(xml: string): string {
  return xml
    .replace(/<(\w+:)?sheetData\b[\s\S]*?<\/\1?sheetData>|<(\w+:)?sheetData\/>/, '<sheetData/>')
    .replace(/<(\w+:)?dimension\b[^>]*\/>/, '<dimension/>')
    .replace(/<(\w+:)?cols>[\s\S]*?<\/\1?cols>/, '<cols/>');
}

/** The `<xf>` items of cellXfs and the `<fill>` items of a styles part, in order. */
export function styleItems(stylesXml: string): { xfs: string[]; fills: string[] } {
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const fills = /<(?:\w+:)?fills\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fills>/.exec(stylesXml)?.[1] ?? '';
  return {
    xfs: cellXfs.match(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g) ?? [],
    fills: fills.match(/<(?:\w+:)?fill\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?fill>)/g) ?? [],
  };
}

/** Names of the XML parts (.xml, .rels, .vml) that are not well-formed XML, with the parser's complaint. */
export function malformedXmlParts(zip: Uint8Array, names?: readonly string[]): string[] {
  const bad: string[] = [];
  for (const e of rawEntries(zip)) {
    if (names && !names.includes(e.name)) continue;
    if (!/\.(xml|rels|vml)$/.test(e.name)) continue;
    const problems: string[] = [];
    try {
      new DOMParser({ onError: (level, msg) => level !== 'warning' && problems.push(msg) }).parseFromString(new TextDecoder().decode(e.data), 'text/xml');
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
    if (problems.length > 0) bad.push(`${e.name}: ${problems[0]}`);
  }
  return bad;
}
