import { Inflate } from 'fflate';
import type { ZipDirectory, ZipEntry } from './readZip.js';

/** Parts read from a package are capped at 256 MB uncompressed each (DOMAIN §6). */
export const PART_CAP_BYTES = 256 * 1024 * 1024;

/** A part that decompresses past the cap: reading stops there. */
export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly cap: number,
  ) {
    super(`${part} is larger than ${cap} bytes uncompressed`);
  }
}

/** A part whose compressed data is damaged or uses a method other than stored/deflate. */
export class PartCorruptError extends Error {
  constructor(readonly part: string) {
    super(`${part} cannot be decompressed`);
  }
}

/** Compressed input is fed in slices this small so one slice of a zip bomb inflates to a few MB at most. */
const SLICE = 8 * 1024;

/**
 * Decompresses one entry as a stream of chunks, never holding more than one chunk, and stops with
 * `PartTooLargeError` as soon as the output passes `cap` (whatever size the directory claims).
 *
 * @example inflateEntry(zip, zip.byName.get('xl/workbook.xml')!, (c) => parts.push(c))
 */
export function inflateEntry(zip: ZipDirectory, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, cap = PART_CAP_BYTES): void {
  if (entry.size > cap) throw new PartTooLargeError(entry.name, cap);
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    onChunk(data);
    return;
  }
  if (entry.method !== 8) throw new PartCorruptError(entry.name);
  let total = 0;
  // An error of the consumer (a parser, a cap) passes through as it is; only the inflater's own become PartCorruptError.
  let consumerError: { error: unknown } | null = null;
  const inflate = new Inflate((chunk) => {
    try {
      total += chunk.length;
      if (total > cap) throw new PartTooLargeError(entry.name, cap);
      if (chunk.length > 0) onChunk(chunk);
    } catch (error) {
      consumerError = { error };
      throw error;
    }
  });
  try {
    if (data.length === 0) inflate.push(data, true);
    for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
  } catch {
    if (consumerError) throw (consumerError as { error: unknown }).error;
    throw new PartCorruptError(entry.name);
  }
}

/** Decompresses one entry as UTF-8 text in pieces (a character split between chunks is kept whole). */
export function inflateText(zip: ZipDirectory, entry: ZipEntry, onText: (text: string) => void, cap = PART_CAP_BYTES): void {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  inflateEntry(
    zip,
    entry,
    (chunk) => {
      let text = decoder.decode(chunk, { stream: true });
      // A byte-order mark is not part of the XML.
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      if (text) onText(text);
    },
    cap,
  );
  const rest = decoder.decode();
  if (rest) onText(rest);
}

/** A whole entry as bytes (for the parts a patch rewrites). */
export function inflateBytes(zip: ZipDirectory, entry: ZipEntry, cap = PART_CAP_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflateEntry(
    zip,
    entry,
    (c) => {
      chunks.push(c.slice());
      total += c.length;
    },
    cap,
  );
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) out.set(c, (o += c.length) - c.length);
  return out;
}

/** A whole entry as text. */
export function inflateString(zip: ZipDirectory, entry: ZipEntry, cap = PART_CAP_BYTES): string {
  const parts: string[] = [];
  inflateText(zip, entry, (t) => parts.push(t), cap);
  return parts.join('');
}
