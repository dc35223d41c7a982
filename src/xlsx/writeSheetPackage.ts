import type { SheetSpec } from '../grid/sheetSpec.js';
import { relsPathOf } from './packageParts.js';
import { StylesEditor } from './patch/stylesEditor.js';
import type { PackageSheet, XlsxPackage } from './readXlsx.js';
import { sheetSpecXml } from './sheetSpecXml.js';
import { escapeXml } from './xml/xmlText.js';
import { inflateString } from './zip/inflateEntry.js';
import type { ZipDirectory } from './zip/readZip.js';
import { writeZip } from './zip/writeZip.js';

const enc = new TextEncoder();
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const STYLES_REL = `${REL_NS}/styles`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The styles part of a new workbook: Calibri 11, the two fills Excel reserves, no border, the Normal style. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * A copy of the package with one more worksheet written from `spec` (the pledge sheet), or with the
 * sheet `replace` rewritten in place (`--force`). Added: the worksheet part, its `<sheet>` in the workbook,
 * its relationship and content-type override, appended cell formats. Every other part is copied raw.
 *
 * @example writeWithSheet(opened.value, pledgeSheet(model))
 */
export function writeWithSheet(pkg: XlsxPackage, spec: SheetSpec, replace?: PackageSheet): Uint8Array {
  const { zip, workbookPath } = pkg;
  const changed = new Map<string, Uint8Array>();
  const add: { name: string; data: Uint8Array }[] = [];
  const contentTypes: string[] = [];
  const relations: string[] = [];
  const relsPath = relsPathOf(workbookPath);
  const wbDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  let relsXml = zip.byName.has(relsPath) ? inflateString(zip, zip.byName.get(relsPath)!) : '';
  const nextRelId = newRelId(relsXml);

  const stylesXml = pkg.stylesPath ? inflateString(zip, zip.byName.get(pkg.stylesPath)!) : MINIMAL_STYLES;
  const styles = new StylesEditor(stylesXml);
  // A styles part without cell formats or fills (some minimal writers) is left alone: the sheet is unstyled.
  const usable = styles.patchable ? styles : null;
  const sheetXml = enc.encode(sheetSpecXml(spec, usable));
  if (!pkg.stylesPath) {
    const stylesPath = `${wbDir}styles.xml`;
    add.push({ name: stylesPath, data: enc.encode(styles.toString()) });
    relations.push(`<Relationship Id="${nextRelId(0)}" Type="${STYLES_REL}" Target="${relativeTarget(wbDir, stylesPath)}"/>`);
    contentTypes.push(`<Override PartName="/${stylesPath}" ContentType="${STYLES_TYPE}"/>`);
  } else if (usable?.changed) changed.set(pkg.stylesPath, enc.encode(usable.toString()));

  if (replace?.path) {
    changed.set(replace.path, sheetXml);
  } else {
    let n = 1;
    while (zip.byName.has(`${wbDir}worksheets/sheet${n}.xml`)) n++;
    const path = `${wbDir}worksheets/sheet${n}.xml`;
    const rId = nextRelId(1);
    add.push({ name: path, data: sheetXml });
    relations.push(`<Relationship Id="${rId}" Type="${WORKSHEET_REL}" Target="${relativeTarget(wbDir, path)}"/>`);
    contentTypes.push(`<Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/>`);
    const wbXml = inflateString(zip, zip.byName.get(workbookPath)!);
    const sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
    changed.set(workbookPath, enc.encode(withSheet(wbXml, spec.name, sheetId, rId)));
  }
  if (relations.length > 0) {
    relsXml = insertBefore(relsXml, 'Relationships', relations.join(''));
    changed.set(relsPath, enc.encode(relsXml));
  }
  if (contentTypes.length > 0) {
    const ct = inflateString(zip, zip.byName.get('[Content_Types].xml')!);
    changed.set('[Content_Types].xml', enc.encode(insertBefore(ct, 'Types', contentTypes.join(''))));
  }
  return writeZip(zip, { replace: changed, add });
}

/**
 * A new workbook package holding `specs` (the template): a minimal skeleton — content types, package and
 * workbook relationships, the workbook, the styles — and each sheet through the same sheet writer.
 * Deterministic: the same specs give the same bytes.
 *
 * @example newWorkbook(templateSheets({ lang: 'vi', units: 10, year: 2026 }))
 */
export function newWorkbook(specs: readonly SheetSpec[]): Uint8Array {
  const styles = new StylesEditor(MINIMAL_STYLES);
  const sheets = specs.map((spec, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc.encode(sheetSpecXml(spec, styles)) }));
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const contentTypes =
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/>` +
    specs.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WORKSHEET_TYPE}"/>`).join('') +
    '</Types>';
  const rootRels =
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    specs.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets><calcPr fullCalcOnLoad="1"/></workbook>';
  const workbookRels =
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    specs.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${specs.length + 1}" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`;
  const empty: ZipDirectory = { bytes: new Uint8Array(0), entries: [], byName: new Map(), comment: new Uint8Array(0) };
  return writeZip(empty, {
    add: [
      { name: '[Content_Types].xml', data: enc.encode(contentTypes) },
      { name: '_rels/.rels', data: enc.encode(rootRels) },
      { name: 'xl/workbook.xml', data: enc.encode(workbook) },
      { name: 'xl/_rels/workbook.xml.rels', data: enc.encode(workbookRels) },
      ...sheets,
      { name: 'xl/styles.xml', data: enc.encode(styles.toString()) },
    ],
  });
}

/** A relationship id not used in the part yet: rId{max+1+k}. */
function newRelId(relsXml: string): (k: number) => string {
  const used = [...relsXml.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const base = Math.max(0, ...used) + 1;
  return (k) => `rId${base + k}`;
}

function relativeTarget(dir: string, path: string): string {
  return path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
}

/** Inserts xml before the closing tag of the root element `name` (any prefix). */
function insertBefore(xml: string, name: string, insert: string): string {
  const m = new RegExp(`</(\\w+:)?${name}>\\s*$`).exec(xml);
  if (m) {
    const p = m[1] ?? '';
    return xml.slice(0, m.index) + (p ? insert.replace(/<(\w)/g, `<${p}$1`) : insert) + xml.slice(m.index);
  }
  // `<Relationships …/>`: an empty root.
  const empty = new RegExp(`<(\\w+:)?${name}\\b([^>]*)/>`).exec(xml);
  if (!empty) return xml;
  const p = empty[1] ?? '';
  return `${xml.slice(0, empty.index)}<${p}${name}${empty[2]}>${insert}</${p}${name}>${xml.slice(empty.index + empty[0].length)}`;
}

/** The workbook with one more `<sheet>` at the end of `<sheets>`. */
function withSheet(xml: string, name: string, sheetId: number, rId: string): string {
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(xml)?.[1];
  const id = relPrefix ? `${relPrefix}:id="${rId}"` : `xmlns:r="${REL_NS}" r:id="${rId}"`;
  const sheet = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${id}/>`;
  const close = xml.indexOf(`</${p}sheets>`);
  return xml.slice(0, close) + sheet + xml.slice(close);
}
