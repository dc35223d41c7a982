import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { inflateBytes, inflateEntry, inflateString, PartCorruptError, PartTooLargeError } from './inflateEntry.js';
import { readZip, ZipFormatError } from './readZip.js';
import { writeZip } from './writeZip.js';

const FILES = { 'a.xml': strToU8('<a>Ủy ban</a>'), 'dir/b.bin': new Uint8Array([1, 2, 3]), 'c.txt': strToU8('x'.repeat(10_000)) };

/** A zip written in streaming mode: sizes and CRC in data descriptors after the data (as JSZip and ExcelJS write). */
function streamedZip(): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(FILES)) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((o, p) => (out.set(p, o), o + p.length), 0);
  return out;
}

describe('readZip, inflateEntry, writeZip', () => {
  it('crc32 matches the zip standard', () => {
    expect(crc32(strToU8('abc'))).toBe(0x352441c2);
    expect(crc32(strToU8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  for (const [label, zip] of [
    ['sizes in headers', zipSync(FILES)],
    ['data descriptors', streamedZip()],
  ] as const) {
    it(`reads the directory and inflates entries (${label})`, () => {
      const dir = readZip(zip);
      expect(dir.entries.map((e) => e.name)).toEqual(Object.keys(FILES));
      expect(inflateString(dir, dir.byName.get('a.xml')!)).toBe('<a>Ủy ban</a>');
      expect([...inflateBytes(dir, dir.byName.get('dir/b.bin')!)]).toEqual([1, 2, 3]);
    });

    it(`copies unchanged entries raw and re-deflates only changed ones (${label})`, () => {
      const dir = readZip(zip);
      const out = writeZip(dir, { replace: new Map([['a.xml', strToU8('<a>Tỉnh ủy</a>')]]), add: [{ name: 'new.xml', data: strToU8('<n/>') }] });
      const copy = readZip(out);
      expect(copy.entries.map((e) => e.name)).toEqual([...Object.keys(FILES), 'new.xml']);
      for (const name of ['dir/b.bin', 'c.txt']) {
        const a = dir.byName.get(name)!;
        const b = copy.byName.get(name)!;
        expect(Buffer.from(out.subarray(b.localOffset, b.recordEnd)).equals(Buffer.from(zip.subarray(a.localOffset, a.recordEnd)))).toBe(true);
      }
      expect(unzipSync(out)).toEqual({ ...FILES, 'a.xml': strToU8('<a>Tỉnh ủy</a>'), 'new.xml': strToU8('<n/>') });
      // Deterministic.
      expect(writeZip(dir, { replace: new Map([['a.xml', strToU8('<a>Tỉnh ủy</a>')]]), add: [{ name: 'new.xml', data: strToU8('<n/>') }] })).toEqual(out);
      // No change: the very same bytes.
      expect(Buffer.from(writeZip(dir, {})).equals(Buffer.from(zip))).toBe(true);
    });
  }

  it('stops inflating at the cap whatever the directory says, and names damaged data', () => {
    const zeros = new Uint8Array(5_000_000);
    const dir = readZip(zipSync({ 'big.xml': zeros }));
    const entry = dir.byName.get('big.xml')!;
    expect(() => inflateEntry(dir, entry, () => {}, 1_000_000)).toThrow(PartTooLargeError);
    // A directory that lies about the size: counted while inflating.
    const lying = { ...entry, size: 10 };
    let seen = 0;
    expect(() => inflateEntry(dir, lying, (c) => (seen += c.length), 1_000_000)).toThrow(PartTooLargeError);
    expect(seen).toBeLessThanOrEqual(1_000_000);
    const broken = zipSync({ 'x.xml': strToU8('hello hello hello') });
    const d = readZip(broken);
    const e = d.byName.get('x.xml')!;
    broken.fill(0xff, e.dataOffset, e.dataOffset + e.compressedSize);
    expect(() => inflateBytes(d, e)).toThrow(PartCorruptError);
  });

  it('refuses bytes that are not a zip, or a cut one', () => {
    expect(() => readZip(strToU8('a,b,c\n'))).toThrow(ZipFormatError);
    const zip = zipSync(FILES);
    try {
      readZip(zip.subarray(0, zip.length - 30));
      expect.unreachable();
    } catch (e) {
      expect((e as ZipFormatError).kind).toBe('truncated');
    }
  });
});
