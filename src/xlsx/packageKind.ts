import { inflateString } from './zip/inflateEntry.js';
import { readZip, ZipFormatError, type ZipDirectory } from './zip/readZip.js';

/** What a file that is not an .xlsx/.xlsm workbook turned out to be (`FILE_KIND_REFUSED`'s `kind`). */
export type RefusedKind = 'xls' | 'encrypted' | 'ods' | 'docx' | 'csv' | 'notZip' | 'truncated' | 'notWorkbook';

export type PackageKind = { readonly ok: true; readonly zip: ZipDirectory; readonly workbookPath: string } | { readonly ok: false; readonly kind: RefusedKind };

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML package keeps in its compound file. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * Tells a spreadsheet package apart from everything a clerk may pick by mistake: an OLE compound file
 * (an Excel 97-2003 .xls, or a password-protected .xlsx, which Office stores inside one), a CSV/text file,
 * an OpenDocument spreadsheet, a Word document, a damaged zip, a zip without a workbook.
 * Only the directory and two tiny parts are read.
 *
 * @example packageKind(csvBytes) // { ok: false, kind: 'csv' }
 */
export function packageKind(bytes: Uint8Array): PackageKind {
  if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: false, kind: indexOf(bytes, ENCRYPTION_INFO) >= 0 ? 'encrypted' : 'xls' };
  let zip: ZipDirectory;
  try {
    zip = readZip(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) return { ok: false, kind: e.kind === 'notZip' ? (looksLikeText(bytes) ? 'csv' : 'notZip') : e.kind };
    throw e;
  }
  const mimetype = zip.byName.get('mimetype');
  if (mimetype && mimetype.size < 200) {
    const text = safeString(zip, 'mimetype');
    if (text?.includes('opendocument.spreadsheet')) return { ok: false, kind: 'ods' };
    if (text?.includes('opendocument')) return { ok: false, kind: 'notWorkbook' };
  }
  if (zip.byName.has('word/document.xml')) return { ok: false, kind: 'docx' };
  const workbookPath = officeDocumentPath(zip);
  if (!workbookPath || !zip.byName.has(workbookPath) || !/\.xml$/i.test(workbookPath)) return { ok: false, kind: 'notWorkbook' };
  return { ok: true, zip, workbookPath };
}

/** The workbook part named by the package relationships, else the usual `xl/workbook.xml`. */
function officeDocumentPath(zip: ZipDirectory): string | null {
  const rels = zip.byName.get('_rels/.rels');
  if (rels && rels.size < 1_000_000) {
    const text = safeString(zip, '_rels/.rels') ?? '';
    for (const m of text.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])?.[1];
      if (target) return target.replace(/^\//, '');
    }
  }
  return zip.byName.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

function safeString(zip: ZipDirectory, name: string): string | null {
  try {
    return inflateString(zip, zip.byName.get(name)!, 1_000_000);
  } catch {
    return null;
  }
}

/** Text without NUL bytes in its first 4 KB, holding a separator: what a CSV export looks like. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  for (const b of head) if (b === 0) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return /[,;\t]/.test(text) || /\r?\n/.test(text);
}

function indexOf(bytes: Uint8Array, pattern: readonly number[]): number {
  const first = pattern[0]!;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return i;
  }
  return -1;
}
