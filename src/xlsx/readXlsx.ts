import { issue, type Issue, type Result } from '../core/issue.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SHEET_NAMES } from '../grid/names.js';
import type { SheetGrid, WorkbookGrid } from '../grid/types.js';
import { packageKind } from './packageKind.js';
import { feedPart, partElements, readRelationships } from './packageParts.js';
import { readCellFormats } from './readStyles.js';
import { readSharedStrings } from './readSharedStrings.js';
import { MAX_CELLS_PER_SHEET, readSheet, SheetTooLargeError } from './readSheet.js';
import { PartCorruptError, PartTooLargeError } from './zip/inflateEntry.js';
import type { ZipDirectory } from './zip/readZip.js';
import { XmlReadError } from './xml/XmlStream.js';

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  /** The workbook relationship id (`r:id`). */
  readonly rId: string;
  /** Zip entry name of the worksheet part (null for a chart sheet or a dangling relationship). */
  readonly path: string | null;
}

/** An opened workbook package: where its parts are, and the grids of the sheets that were read. */
export interface XlsxPackage {
  /** The file's name as given to `readXlsx` (for messages). */
  readonly path: string;
  readonly zip: ZipDirectory;
  readonly workbookPath: string;
  readonly sheets: readonly PackageSheet[];
  /** The workbook is macro-enabled (.xlsm): its copy must stay .xlsm. */
  readonly macroEnabled: boolean;
  readonly stylesPath: string | null;
  readonly sharedStringsPath: string | null;
  readonly sharedStringCount: number;
  /** Every sheet in workbook order; only those read have rows (the others are empty and were never decompressed). */
  readonly grid: WorkbookGrid;
}

export interface ReadXlsxOptions {
  /** The file's name for messages. */
  readonly path: string;
  /** Which sheets to read: default, those whose name matches a bloc role (DOMAIN §4). */
  readonly readSheet?: (name: string) => boolean;
  readonly partCap?: number;
  readonly maxCells?: number;
}

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/** A bloc role sheet (settings, criteria, scores, history, pledge) by its name. */
export function isBlocSheetName(name: string): boolean {
  return matchHeader(name, SHEET_NAMES) !== null;
}

/**
 * Opens an .xlsx/.xlsm from its bytes and reads only what a ranking needs: content types, the workbook and
 * its relationships, the cell formats of the styles, the shared strings, and the worksheets whose name
 * matches a bloc role. No other part is decompressed. Each part is inflated and parsed as a stream with a
 * cap (256 MB uncompressed). Anything that is not a workbook is refused with `FILE_KIND_REFUSED`; no
 * library message reaches the user. Runs in Node and in the browser (bytes in, no I/O).
 *
 * @example const opened = readXlsx(bytes, { path: 'bloc.xlsx' }); opened.value?.grid.sheets.map((s) => s.name)
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): Result<XlsxPackage | null> {
  const { path } = options;
  const kind = packageKind(bytes);
  if (!kind.ok) return fail(issue('error', 'FILE_KIND_REFUSED', { path, kind: kind.kind }));
  const { zip, workbookPath } = kind;
  let part = workbookPath;
  try {
    const contentTypes = zip.byName.has('[Content_Types].xml')
      ? partElements(zip, (part = '[Content_Types].xml'), new Set(['Override']))
      : [];
    const macroEnabled = contentTypes.some((o) => o.attrs.PartName?.replace(/^\//, '') === workbookPath && o.attrs.ContentType === MACRO_MAIN);
    part = workbookPath;
    const wbElements = partElements(zip, workbookPath, new Set(['sheet', 'workbookPr']));
    const date1904 = wbElements.some((e) => e.name === 'workbookPr' && (e.attrs.date1904 === '1' || e.attrs.date1904 === 'true'));
    const rels = readRelationships(zip, workbookPath);
    const relById = new Map(rels.map((r) => [r.id, r]));
    const sheets: PackageSheet[] = wbElements
      .filter((e) => e.name === 'sheet')
      .map((e) => {
        const rel = relById.get(e.attrs.id ?? '');
        const target = rel && !rel.external && rel.type.endsWith('/worksheet') && zip.byName.has(rel.target) ? rel.target : null;
        return { name: e.attrs.name ?? '', sheetId: Number(e.attrs.sheetId ?? 0), rId: e.attrs.id ?? '', path: target };
      });
    // By the end of the type: transitional and strict OOXML name the same relationships under two roots.
    const stylesPath = rels.find((r) => r.type.endsWith('/styles') && zip.byName.has(r.target))?.target ?? null;
    const sstPath = rels.find((r) => r.type.endsWith('/sharedStrings') && zip.byName.has(r.target))?.target ?? null;
    const wanted = options.readSheet ?? isBlocSheetName;
    const toRead = sheets.filter((s) => s.path && wanted(s.name));
    let formats: CellFormats['kinds'] = [];
    let sharedStrings: string[] = [];
    if (toRead.length > 0) {
      if (stylesPath) formats = readCellFormats(feedPart(zip, (part = stylesPath), options.partCap)).kinds;
      if (sstPath) sharedStrings = readSharedStrings(feedPart(zip, (part = sstPath), options.partCap));
    }
    const grids: SheetGrid[] = [];
    for (const s of sheets) {
      if (!s.path || !toRead.includes(s)) {
        grids.push({ name: s.name, rows: [] });
        continue;
      }
      part = s.path;
      try {
        grids.push(readSheet(s.name, feedPart(zip, s.path, options.partCap), { sharedStrings, formats, date1904, maxCells: options.maxCells }));
      } catch (e) {
        // The message names the sheet and the file itself (there is no cell to point at).
        if (e instanceof SheetTooLargeError) return fail(issue('error', 'SHEET_TOO_LARGE', { path, sheet: s.name, cells: options.maxCells ?? MAX_CELLS_PER_SHEET }));
        throw e;
      }
    }
    return {
      ok: true,
      value: { path, zip, workbookPath, sheets, macroEnabled, stylesPath, sharedStringsPath: sstPath, sharedStringCount: sharedStrings.length, grid: { sheets: grids } },
      issues: [],
    };
  } catch (e) {
    if (e instanceof PartTooLargeError) return fail(issue('error', 'PART_TOO_LARGE', { path, part: e.part, mb: Math.round(e.cap / 1024 / 1024) }));
    if (e instanceof PartCorruptError || e instanceof XmlReadError) return fail(issue('error', 'PART_UNREADABLE', { path, part }));
    throw e;
  }
}

type CellFormats = ReturnType<typeof readCellFormats>;

function fail(i: Issue): Result<null> {
  return { ok: false, value: null, issues: [i] };
}
