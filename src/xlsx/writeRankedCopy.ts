import { issue, type Result } from '../core/issue.js';
import { toA1 } from '../grid/toA1.js';
import type { CellWrite } from '../grid/types.js';
import { MalformedSheetError, patchSheetParts, type RenderCell, type SheetParts } from './patch/patchSheetXml.js';
import { SharedStringsEditor } from './patch/sharedStringsEditor.js';
import { StylesEditor } from './patch/stylesEditor.js';
import { withFullCalcOnLoad } from './patch/workbookXml.js';
import type { XlsxPackage } from './readXlsx.js';
import { escapeCellText } from './xml/xmlText.js';
import { inflateBytes, inflateString } from './zip/inflateEntry.js';
import { writeZip } from './zip/writeZip.js';

const enc = new TextEncoder();
/** Fatal: byte offsets of the kept tail are computed from the text, so the text must be the bytes exactly. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/**
 * The ranked copy: the input package with only what a ranking may change (DOMAIN §4) — the written cells
 * of the scores sheet (a cell holding a formula is skipped), its `<dimension>` and the widths of created
 * columns, appended cell formats and one fill, appended shared strings, and `fullCalcOnLoad` in the
 * workbook's `<calcPr>`. Every other part is copied raw. Award rows' result cells get a clone of their
 * format with the award fill; other result cells keep (or return to) their own format. Deterministic and
 * idempotent: ranking the copy again gives the same bytes.
 *
 * @example const copy = writeRankedCopy(opened.value, run.writes); if (copy.value) save(copy.value)
 */
export function writeRankedCopy(pkg: XlsxPackage, writes: readonly CellWrite[]): Result<Uint8Array | null> {
  const beyond = writes.find((w) => w.col > MAX_COLUMNS);
  if (beyond) {
    // Result columns go right of the last used one; a value in the sheet's last column leaves no room.
    return { ok: false, value: null, issues: [issue('error', 'RESULT_COLUMNS_BEYOND_SHEET', { sheet: beyond.sheet }, { sheet: beyond.sheet })] };
  }
  try {
    return { ok: true, value: patchPackage(pkg, writes), issues: [] };
  } catch (e) {
    // A part the reader accepted but the splicer cannot place cells in (no sheetData, an unfinished tag).
    if (e instanceof SheetPatchError) return { ok: false, value: null, issues: [issue('error', 'PART_UNREADABLE', { path: pkg.path, part: e.part })] };
    throw e;
  }
}

function patchPackage(pkg: XlsxPackage, writes: readonly CellWrite[]): Uint8Array {
  const { zip } = pkg;
  const replace = new Map<string, Uint8Array>();
  // A part whose text does not change is copied raw, never re-deflated.
  const put = (path: string, before: string, after: string) => {
    if (after !== before) replace.set(path, enc.encode(after));
  };
  const stylesXml = pkg.stylesPath ? inflateString(zip, zip.byName.get(pkg.stylesPath)!) : '';
  const styles = pkg.stylesPath ? new StylesEditor(stylesXml) : null;
  const usableStyles = styles?.patchable ? styles : null;
  const sstXml = pkg.sharedStringsPath ? inflateString(zip, zip.byName.get(pkg.sharedStringsPath)!) : '';
  const sst = pkg.sharedStringsPath ? new SharedStringsEditor(sstXml) : null;
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  for (const [name, sheetWrites] of bySheet) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet?.path) throw new Error(`writeRankedCopy: no worksheet "${name}"`);
    const byCell = new Map(sheetWrites.map((w) => [`${w.row}:${w.col}`, w]));
    const widths = new Map(sheetWrites.filter((w) => w.role === 'header' && w.width).map((w) => [w.col, w.width!]));
    // The same (role, wrap, format) always gives the same new format: computed once per distinct key.
    const styleCache = new Map<string, number>();
    const styleFor = (w: CellWrite, s: number): number => {
      if (!usableStyles) return s;
      const key = `${w.role}|${w.wrap ? 1 : 0}|${s}`;
      let out = styleCache.get(key);
      if (out === undefined) {
        if (w.role === 'header') out = usableStyles.withAlignment(s, { horizontal: 'center', vertical: 'center', wrapText: '1' });
        else {
          out = usableStyles.baseOf(s);
          if (w.wrap) out = usableStyles.withAlignment(out, { vertical: 'top', wrapText: '1' });
          if (w.role === 'award') out = usableStyles.withAwardFill(out);
        }
        styleCache.set(key, out);
      }
      return out;
    };
    const render: RenderCell = (t, existing, left, rowStyle) => {
      const w = byCell.get(`${t.row}:${t.col}`)!;
      if (existing?.formula) return null;
      const s = existing?.s ?? (w.role === 'header' ? left : rowStyle) ?? 0;
      return cellXml(toA1(t.row, t.col), styleFor(w, s), w.value, sst);
    };
    // The sheet is spliced as text, but its unchanged tail is taken from the inflated bytes as they are:
    // a large sheet is not copied and re-encoded as a whole.
    const bytes = inflateBytes(zip, zip.byName.get(sheet.path)!);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let xml: string;
    try {
      xml = utf8.decode(bom ? bytes.subarray(bom) : bytes);
    } catch {
      throw new SheetPatchError(sheet.path); // not valid UTF-8
    }
    let parts: SheetParts;
    try {
      parts = patchSheetParts(xml, sheetWrites, render, { widths });
    } catch (e) {
      if (e instanceof MalformedSheetError) throw new SheetPatchError(sheet.path);
      throw e;
    }
    if (parts.head.length === parts.from && parts.head === xml.slice(0, parts.from)) continue;
    const head = enc.encode(parts.head);
    const tail = bytes.subarray(bom + utf8Length(xml, parts.from));
    const out = new Uint8Array(bom + head.length + tail.length);
    out.set(bytes.subarray(0, bom));
    out.set(head, bom);
    out.set(tail, bom + head.length);
    replace.set(sheet.path, out);
  }
  if (styles && usableStyles) put(pkg.stylesPath!, stylesXml, styles.toString());
  if (sst) put(pkg.sharedStringsPath!, sstXml, sst.toString());
  if (writes.length > 0) {
    const wb = inflateString(zip, zip.byName.get(pkg.workbookPath)!);
    put(pkg.workbookPath, wb, withFullCalcOnLoad(wb));
  }
  return writeZip(zip, { replace });
}

/** UTF-8 length of `text.slice(0, end)`, without building it. */
function utf8Length(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

class SheetPatchError extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

/**
 * One `<c>`: numbers as numbers, every string as text — a shared string appended to the sst, or, when the
 * package has no shared strings part (minimal writers, our own template), an inline string: creating an sst
 * would add a part, a relationship and a content type, where inline text changes the sheet alone.
 */
function cellXml(ref: string, s: number, value: string | number | null, sst: SharedStringsEditor | null): string {
  const style = s ? ` s="${s}"` : '';
  if (value === null || value === '') return `<c r="${ref}"${style}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${style}><v>${String(value)}</v></c>`;
  // A string is never a formula: `=SUM(A1)` is stored as text, whatever it starts with.
  if (sst) return `<c r="${ref}"${style} t="s"><v>${sst.indexOf(value)}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}
