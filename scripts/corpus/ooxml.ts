/**
 * A small hand-written OOXML spreadsheet writer for the test corpus: one string template per part, the way
 * Excel lays them out, zipped with fflate at a fixed time so the same call gives the same bytes everywhere.
 * Test tooling only (scripts/make-corpus.ts); BlocRank itself never writes workbooks this way.
 */
import { zipSync, type Zippable } from 'fflate';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  x14ac: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
  x14: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main',
  xm: 'http://schemas.microsoft.com/office/excel/2006/main',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

export const REL = {
  officeDocument: `${NS.officeRel}/officeDocument`,
  coreProps: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extProps: `${NS.officeRel}/extended-properties`,
  worksheet: `${NS.officeRel}/worksheet`,
  styles: `${NS.officeRel}/styles`,
  sharedStrings: `${NS.officeRel}/sharedStrings`,
  table: `${NS.officeRel}/table`,
  comments: `${NS.officeRel}/comments`,
  vmlDrawing: `${NS.officeRel}/vmlDrawing`,
  printerSettings: `${NS.officeRel}/printerSettings`,
  customXml: `${NS.officeRel}/customXml`,
  customXmlProps: `${NS.officeRel}/customXmlProps`,
  hyperlink: `${NS.officeRel}/hyperlink`,
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  person: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
} as const;

/** The time stamped on every zip entry and in docProps: fixed, so regeneration is byte-identical. */
export const FIXED_TIME = new Date(Date.UTC(2025, 0, 15, 8, 30, 0));

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function colName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export const a1 = (col: number, row: number): string => `${colName(col)}${row}`;

/** Style indexes of STYLES_XML's cellXfs. */
export const S = { none: 0, header: 1, num: 2, title: 3, text: 4, italic: 5, bold: 6, subtitle: 7, group: 8 } as const;

export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="${NS.x14ac}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0#"/></numFmts><fonts count="5" x14ac:knownFonts="1"><font><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="14"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><i/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/><i/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** A cell: a value (string → shared string unless `inline`), a formula with its cached value, a style. */
export interface CellSpec {
  readonly col: number;
  readonly v?: string | number | boolean | null;
  /** Rich text runs (a shared string with several runs). */
  readonly rich?: readonly { readonly text: string; readonly bold?: boolean }[];
  readonly inline?: boolean;
  readonly f?: string;
  /** A shared formula: the master carries `ref` and the text; the others only `si`. */
  readonly shared?: { readonly si: number; readonly ref?: string };
  readonly s?: number;
}

export interface RowSpec {
  readonly r: number;
  readonly cells: readonly CellSpec[];
  readonly hidden?: boolean;
  readonly ht?: number;
}

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
}

/** Raw XML for the elements after sheetData, in the order the schema requires. */
export interface SheetSlots {
  readonly sheetProtection?: string;
  readonly autoFilter?: string;
  readonly conditionalFormatting?: string;
  readonly dataValidations?: string;
  readonly hyperlinks?: string;
  readonly pageSetup?: string;
  readonly headerFooter?: string;
  readonly legacyDrawing?: string;
  readonly tableParts?: string;
  readonly extLst?: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly RowSpec[];
  readonly merges?: readonly string[];
  readonly cols?: string;
  readonly views?: string;
  readonly dimension?: string;
  readonly slots?: SheetSlots;
  readonly rels?: readonly Rel[];
  /** Writers that leave out `r` on rows and cells (valid: positions follow document order). */
  readonly omitRefs?: boolean;
}

export interface ExtraPart {
  readonly path: string;
  readonly content: string | Uint8Array;
  readonly contentType?: string;
}

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly definedNames?: string;
  readonly workbookProtection?: string;
  readonly calcPr?: string;
  readonly parts?: readonly ExtraPart[];
  readonly defaults?: readonly { readonly ext: string; readonly type: string }[];
  readonly workbookRels?: readonly Rel[];
  readonly workbookExtLst?: string;
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function relsXml(rels: readonly Rel[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `${xmlHead}<Relationships xmlns="${NS.rel}">${items.join('')}</Relationships>`;
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  add(xml: string): number {
    this.count++;
    const known = this.index.get(xml);
    if (known !== undefined) return known;
    this.list.push(xml);
    this.index.set(xml, this.list.length - 1);
    return this.list.length - 1;
  }
}

const tText = (s: string) => `<t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t>`;

function cellXml(cell: CellSpec, row: number, strings: Strings, omitRefs: boolean): string {
  const ref = omitRefs ? '' : ` r="${a1(cell.col, row)}"`;
  const s = cell.s ? ` s="${cell.s}"` : '';
  if (cell.rich) {
    const runs = cell.rich.map((run) => `<r>${run.bold ? '<rPr><b/><sz val="12"/><rFont val="Times New Roman"/><family val="1"/></rPr>' : '<rPr><sz val="12"/><rFont val="Times New Roman"/><family val="1"/></rPr>'}${tText(run.text)}</r>`);
    return `<c${ref}${s} t="s"><v>${strings.add(runs.join(''))}</v></c>`;
  }
  let f = '';
  if (cell.f !== undefined || cell.shared) {
    if (cell.shared && cell.shared.ref === undefined) f = `<f t="shared" si="${cell.shared.si}"/>`;
    else if (cell.shared) f = `<f t="shared" ref="${cell.shared.ref}" si="${cell.shared.si}">${esc(cell.f ?? '')}</f>`;
    else f = `<f>${esc(cell.f!)}</f>`;
  }
  const v = cell.v;
  if (v === null || v === undefined) return f ? `<c${ref}${s}>${f}</c>` : `<c${ref}${s}/>`;
  if (typeof v === 'number') return `<c${ref}${s}>${f}<v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c${ref}${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (f) return `<c${ref}${s} t="str">${f}<v>${esc(v)}</v></c>`;
  if (cell.inline) return `<c${ref}${s} t="inlineStr"><is>${tText(v)}</is></c>`;
  return `<c${ref}${s} t="s"><v>${strings.add(tText(v))}</v></c>`;
}

function sheetXml(sheet: SheetSpec, strings: Strings, selected: boolean): string {
  const omit = sheet.omitRefs ?? false;
  const rows = [...sheet.rows].sort((a, b) => a.r - b.r);
  let maxCol = 1;
  let maxRow = 1;
  const body: string[] = [];
  let previous = 0;
  for (const row of rows) {
    // Without r attributes, a skipped row must still be there as an empty element.
    if (omit) for (let gap = previous + 1; gap < row.r; gap++) body.push('<row/>');
    previous = row.r;
    const sorted = [...row.cells].sort((a, b) => a.col - b.col);
    // Without r attributes a cell's column is its position: gaps are filled with empty cells.
    const cells = omit && sorted.length ? Array.from({ length: sorted[sorted.length - 1]!.col }, (_, i) => sorted.find((c) => c.col === i + 1) ?? { col: i + 1 }) : sorted;
    for (const c of cells) maxCol = Math.max(maxCol, c.col);
    maxRow = Math.max(maxRow, row.r);
    const span = cells.length ? ` spans="${cells[0]!.col}:${cells[cells.length - 1]!.col}"` : '';
    const attrs = `${omit ? '' : ` r="${row.r}"`}${omit ? '' : span}${row.hidden ? ' hidden="1"' : ''}${row.ht ? ` ht="${row.ht}" customHeight="1"` : ''}${omit ? '' : ' x14ac:dyDescent="0.25"'}`;
    body.push(cells.length ? `<row${attrs}>${cells.map((c) => cellXml(c, row.r, strings, omit)).join('')}</row>` : `<row${attrs}/>`);
  }
  const dimension = sheet.dimension ?? `A1:${a1(maxCol, maxRow)}`;
  const slots = sheet.slots ?? {};
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const views = sheet.views ?? `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>`;
  return (
    `${xmlHead}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="${NS.x14ac}">` +
    `<dimension ref="${dimension}"/>${views}<sheetFormatPr defaultRowHeight="15.75" x14ac:dyDescent="0.25"/>${sheet.cols ?? ''}` +
    `<sheetData>${body.join('')}</sheetData>` +
    (slots.sheetProtection ?? '') +
    (slots.autoFilter ?? '') +
    merges +
    (slots.conditionalFormatting ?? '') +
    (slots.dataValidations ?? '') +
    (slots.hyperlinks ?? '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (slots.pageSetup ?? '') +
    (slots.headerFooter ?? '') +
    (slots.legacyDrawing ?? '') +
    (slots.tableParts ?? '') +
    (slots.extLst ?? '') +
    '</worksheet>'
  );
}

const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

/** The package of a workbook, entries in the order Excel writes them, zipped at FIXED_TIME. */
export function buildXlsx(book: BookSpec): Uint8Array {
  const strings = new Strings();
  const sheetParts = book.sheets.map((sheet, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, xml: sheetXml(sheet, strings, i === 0), sheet }));
  const sst = `${xmlHead}<sst xmlns="${NS.main}" count="${strings.count}" uniqueCount="${strings.list.length}">${strings.list.map((si) => `<si>${si}</si>`).join('')}</sst>`;
  const n = book.sheets.length;
  const workbookRels: Rel[] = [
    ...book.sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${n + 1}`, type: REL.styles, target: 'styles.xml' },
    { id: `rId${n + 2}`, type: REL.sharedStrings, target: 'sharedStrings.xml' },
    ...(book.workbookRels ?? []),
  ];
  const workbook =
    `${xmlHead}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
    (book.workbookProtection ?? '') +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>' +
    `<sheets>${book.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (book.definedNames ?? '') +
    (book.calcPr ?? '<calcPr calcId="191029"/>') +
    (book.workbookExtLst ?? '') +
    '</workbook>';
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', CT.workbook],
    ...sheetParts.map((p): [string, string] => [`/${p.path}`, CT.worksheet]),
    ['/xl/styles.xml', CT.styles],
    ['/xl/sharedStrings.xml', CT.sharedStrings],
    ...(book.parts ?? []).filter((p) => p.contentType).map((p): [string, string] => [`/${p.path}`, p.contentType!]),
    ['/docProps/core.xml', CT.core],
    ['/docProps/app.xml', CT.app],
  ];
  const defaults = [
    { ext: 'rels', type: 'application/vnd.openxmlformats-package.relationships+xml' },
    { ext: 'xml', type: 'application/xml' },
    ...(book.defaults ?? []),
  ];
  const contentTypes =
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    defaults.map((d) => `<Default Extension="${d.ext}" ContentType="${d.type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="${esc(part)}" ContentType="${type}"/>`).join('') +
    '</Types>';
  const rootRels = relsXml([
    { id: 'rId3', type: REL.extProps, target: 'docProps/app.xml' },
    { id: 'rId2', type: REL.coreProps, target: 'docProps/core.xml' },
    { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
  ]);
  const stamp = FIXED_TIME.toISOString().replace(/\.\d+Z$/, 'Z');
  const core =
    `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Văn phòng Khối</dc:creator><cp:lastModifiedBy>Cán bộ thi đua</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
  const app =
    `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${book.sheets.map((s) => `<vt:lpstr>${esc(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`;

  const enc = (s: string) => new TextEncoder().encode(s);
  const files: [string, Uint8Array][] = [
    ['[Content_Types].xml', enc(contentTypes)],
    ['_rels/.rels', enc(rootRels)],
    ['xl/workbook.xml', enc(workbook)],
    ['xl/_rels/workbook.xml.rels', enc(relsXml(workbookRels))],
    ...sheetParts.map((p): [string, Uint8Array] => [p.path, enc(p.xml)]),
    ['xl/styles.xml', enc(STYLES_XML)],
    ['xl/sharedStrings.xml', enc(sst)],
    ...sheetParts.filter((p) => p.sheet.rels?.length).map((p): [string, Uint8Array] => [p.path.replace('worksheets/', 'worksheets/_rels/') + '.rels', enc(relsXml(p.sheet.rels!))]),
    ...(book.parts ?? []).map((p): [string, Uint8Array] => [p.path, typeof p.content === 'string' ? enc(p.content) : p.content]),
    ['docProps/core.xml', enc(core)],
    ['docProps/app.xml', enc(app)],
  ];
  return zipFixed(files);
}

/** Zips entries in the given order, every entry stamped FIXED_TIME (DOS time is local: the caller pins TZ=UTC). */
export function zipFixed(files: readonly (readonly [string, Uint8Array, (0 | 6)?])[]): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, data, level = 6] of files) zippable[path] = [data, { mtime: FIXED_TIME, level }];
  return zipSync(zippable);
}
