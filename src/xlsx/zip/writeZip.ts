import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import type { ZipDirectory, ZipEntry } from './readZip.js';

export interface ZipChanges {
  /** New contents of existing entries (re-deflated), by name. */
  readonly replace?: ReadonlyMap<string, Uint8Array>;
  /** Entries dropped from the copy. */
  readonly remove?: ReadonlySet<string>;
  /** New entries, appended after the existing ones in this order. */
  readonly add?: readonly { readonly name: string; readonly data: Uint8Array }[];
}

const enc = new TextEncoder();
/**
 * fflate's level 5: measured on a 10,000-unit ranked copy (18 MB of changed XML) about 1.5× faster than
 * level 6 for 5 % more bytes. fflate is pure JavaScript, so the bytes are the same on every platform.
 */
const DEFLATE_LEVEL = 5;

/**
 * A copy of a zip with some entries changed: every unchanged entry is copied raw (local header, compressed
 * bytes, data descriptor, central record — same order, same timestamps); changed and new entries are
 * deflated at one fixed level by fflate (pure JavaScript), which gives the same bytes on every run and platform. New entries take the timestamp of the
 * first entry, so nothing depends on the clock.
 *
 * @example writeZip(zip, { replace: new Map([['xl/workbook.xml', bytes]]) })
 */
export function writeZip(zip: ZipDirectory, changes: ZipChanges): Uint8Array {
  const src = zip.bytes;
  const srcView = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    pieces.push(b);
    offset += b.length;
  };
  const first = zip.entries[0];
  const time = first ? srcView.getUint16(first.centralStart + 12, true) : 0;
  const date = first ? srcView.getUint16(first.centralStart + 14, true) : 0x21; // 1980-01-01
  for (const e of zip.entries) {
    if (changes.remove?.has(e.name)) continue;
    const data = changes.replace?.get(e.name);
    const localOffset = offset;
    if (!data) {
      push(src.subarray(e.localOffset, e.recordEnd));
      const rec = src.slice(e.centralStart, e.centralEnd);
      new DataView(rec.buffer).setUint32(42, localOffset, true);
      if (localOffset > 0xfffffffe) throw new RangeError('zip larger than 4 GB');
      central.push(rec);
      continue;
    }
    const { local, record } = deflatedEntry(e, data, localOffset, srcView);
    push(local);
    central.push(record);
  }
  for (const a of changes.add ?? []) {
    const name = enc.encode(a.name);
    const compressed = deflateSync(a.data, { level: DEFLATE_LEVEL });
    const crc = crc32(a.data);
    const local = header(0x04034b50, 30, name, new Uint8Array(0));
    const lv = new DataView(local.buffer);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, a.data.length, true);
    lv.setUint16(26, name.length, true);
    const localOffset = offset;
    push(local);
    push(compressed);
    const rec = header(0x02014b50, 46, name, new Uint8Array(0));
    const rv = new DataView(rec.buffer);
    rv.setUint16(4, 20, true);
    rv.setUint16(6, 20, true);
    rv.setUint16(8, 0x0800, true);
    rv.setUint16(10, 8, true);
    rv.setUint16(12, time, true);
    rv.setUint16(14, date, true);
    rv.setUint32(16, crc, true);
    rv.setUint32(20, compressed.length, true);
    rv.setUint32(24, a.data.length, true);
    rv.setUint16(28, name.length, true);
    rv.setUint32(42, localOffset, true);
    central.push(rec);
  }
  const cdOffset = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdOffset;
  const end = new Uint8Array(22 + zip.comment.length);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, cdOffset, true);
  ev.setUint16(20, zip.comment.length, true);
  end.set(zip.comment, 22);
  push(end);
  const out = new Uint8Array(offset);
  let o = 0;
  for (const p of pieces) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A changed entry: its original local header and central record with method, sizes and CRC updated. */
function deflatedEntry(e: ZipEntry, data: Uint8Array, localOffset: number, srcView: DataView): { local: Uint8Array; record: Uint8Array } {
  const compressed = deflateSync(data, { level: DEFLATE_LEVEL });
  const crc = crc32(data);
  const src = new Uint8Array(srcView.buffer, srcView.byteOffset, srcView.byteLength);
  const headerLength = e.dataOffset - e.localOffset;
  const local = new Uint8Array(headerLength + compressed.length);
  local.set(src.subarray(e.localOffset, e.dataOffset));
  local.set(compressed, headerLength);
  const lv = new DataView(local.buffer);
  // No data descriptor any more: sizes and CRC are in the header.
  const flags = e.flags & ~0x0008;
  lv.setUint16(6, flags, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, compressed.length, true);
  lv.setUint32(22, data.length, true);
  const record = src.slice(e.centralStart, e.centralEnd);
  const rv = new DataView(record.buffer);
  rv.setUint16(8, flags, true);
  rv.setUint16(10, 8, true);
  rv.setUint32(16, crc, true);
  rv.setUint32(20, compressed.length, true);
  rv.setUint32(24, data.length, true);
  rv.setUint32(42, localOffset, true);
  return { local, record };
}

function header(signature: number, size: number, name: Uint8Array, extra: Uint8Array): Uint8Array {
  const b = new Uint8Array(size + name.length + extra.length);
  new DataView(b.buffer).setUint32(0, signature, true);
  b.set(name, size);
  b.set(extra, size + name.length);
  return b;
}
