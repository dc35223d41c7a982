/** One entry of a zip package, located in its bytes (nothing decompressed). */
export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Start of the local header. */
  readonly localOffset: number;
  /** Start of the compressed data. */
  readonly dataOffset: number;
  /** End of the local record: data plus its data descriptor when there is one. */
  readonly recordEnd: number;
  /** The raw central-directory record of this entry. */
  readonly centralStart: number;
  readonly centralEnd: number;
}

export interface ZipDirectory {
  readonly bytes: Uint8Array;
  /** In central-directory order (which is the order a copy keeps). */
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
  /** The end-of-central-directory comment, kept in a copy. */
  readonly comment: Uint8Array;
}

/** Why bytes are not a readable zip: not one at all, or cut short / damaged. */
export class ZipFormatError extends Error {
  constructor(readonly kind: 'notZip' | 'truncated' | 'encrypted') {
    super(kind);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a zip's directory: end of central directory (zip64 too), central records, local headers. Nothing
 * is decompressed. Throws `ZipFormatError` for bytes that are not a zip or a damaged one.
 *
 * @example readZip(bytes).byName.get('xl/workbook.xml')?.size
 */
export function readZip(input: Uint8Array): ZipDirectory {
  // A plain Uint8Array view: a Node Buffer's slice() shares memory, which a writer must never patch.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) throw new ZipFormatError(startsWithLocalHeader(view) ? 'truncated' : 'notZip');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  if (eocd + 22 + commentLength > bytes.length) throw new ZipFormatError('truncated');
  const comment = bytes.subarray(eocd + 22, eocd + 22 + commentLength);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) throw new ZipFormatError('truncated');
    count = Number(view.getBigUint64(at + 32, true));
    cdSize = Number(view.getBigUint64(at + 40, true));
    cdOffset = Number(view.getBigUint64(at + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) throw new ZipFormatError('truncated');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('truncated');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLen;
    if (end > bytes.length) throw new ZipFormatError('truncated');
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // zip64 extended information: the 8-byte fields present are those set to 0xffffffff, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = view.getUint16(e, true);
        const len = view.getUint16(e + 2, true);
        if (id === 1) {
          let f = e + 4;
          if (size === 0xffffffff) {
            size = Number(view.getBigUint64(f, true));
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(view.getBigUint64(f, true));
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(f, true));
          break;
        }
        e += 4 + len;
      }
    }
    if (flags & 1) throw new ZipFormatError('encrypted');
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) throw new ZipFormatError('truncated');
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    let recordEnd = dataOffset + compressedSize;
    if (recordEnd > bytes.length) throw new ZipFormatError('truncated');
    if (flags & 8) {
      const sig = recordEnd + 4 <= bytes.length && view.getUint32(recordEnd, true) === DESCRIPTOR;
      recordEnd += sig ? 16 : 12;
      if (recordEnd > bytes.length) throw new ZipFormatError('truncated');
    }
    const entry: ZipEntry = { name, flags, method, crc, compressedSize, size, localOffset, dataOffset, recordEnd, centralStart: p, centralEnd: end };
    entries.push(entry);
    if (!byName.has(name)) byName.set(name, entry);
    p = end;
  }
  return { bytes, entries, byName, comment };
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

function startsWithLocalHeader(view: DataView): boolean {
  return view.byteLength >= 4 && view.getUint32(0, true) === LOCAL;
}
