/**
 * The corpus fixtures: each a bloc, a scores-sheet layout and the package features Excel writes around it
 * (tables, x14 validations, sparklines, defined names, printer settings, customXml, comments…).
 */
import { BLOCS, criteriaSheet, CRITERIA, scoresSheet, settingsSheet, type Bloc, type Expectation, type Layout, type ScoresSheet } from './blocs.js';
import { a1, colName, esc, NS, REL, type BookSpec, type ExtraPart, type Rel, type SheetSlots, type SheetSpec } from './ooxml.js';

export type Feature =
  | 'table'
  | 'x14Validation'
  | 'wholeColumnValidation'
  | 'definedNames'
  | 'printerSettings'
  | 'customXml'
  | 'legacyComments'
  | 'threadedComments'
  | 'sparklines'
  | 'internalHyperlinks'
  | 'workbookProtection'
  | 'omitRefs'
  | 'autoFilter';

export interface FixtureSpec {
  readonly name: string;
  readonly bloc: Bloc;
  readonly layout: Layout;
  readonly features: readonly Feature[];
}

const SCORES_INDEX = 2; // Cấu hình, Tiêu chí, Chấm điểm
const SCORES_PART = `xl/worksheets/sheet${SCORES_INDEX + 1}.xml`;
const TITLES = (b: Bloc) => [`BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM ${b.year}`, b.bloc.toUpperCase()];

export const FIXTURES: readonly FixtureSpec[] = [
  { name: 'e01-title-max-signature', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!), maxRow: 'Điểm tối đa', summaryRows: ['Tổng cộng'], signature: true }, features: [] },
  { name: 'e02-two-row-header', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!).slice(0, 1), twoRowHeader: true, maxRow: 'Điểm chuẩn', summaryRows: ['Bình quân'] }, features: [] },
  { name: 'e03-roman-groups-autofilter', bloc: BLOCS.bacNinh!, layout: { groups: 'stt', blankAfter: [5, 7], summaryRows: ['Tổng cộng', 'Trung bình'] }, features: ['autoFilter'] },
  { name: 'e04-heading-names', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!), groups: 'name', summaryRows: ['Cộng'], signature: true }, features: [] },
  { name: 'e05-table-shared-totals', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!), total: 'shared', fillPast: 4 }, features: ['table'] },
  { name: 'e06-rank-formula-agrees', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!).slice(0, 1), total: 'plain', rank: 'agree', summaryRows: ['Tổng cộng'] }, features: [] },
  { name: 'e07-rank-formula-disagrees', bloc: BLOCS.thamMuu!, layout: { total: 'shared', rank: 'disagree' }, features: [] },
  { name: 'e08-x14-validation', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!), maxRow: 'Điểm tối đa' }, features: ['x14Validation'] },
  { name: 'e09-whole-column-validation', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!).slice(0, 1) }, features: ['wholeColumnValidation'] },
  { name: 'e10-names-print-settings', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!), summaryRows: ['Tổng cộng'], signature: true }, features: ['definedNames', 'printerSettings'] },
  { name: 'e11-customxml-comments', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!).slice(0, 1) }, features: ['customXml', 'legacyComments', 'threadedComments'] },
  { name: 'e12-sparklines-links', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!).slice(0, 1), describedCodes: true }, features: ['sparklines', 'internalHyperlinks'] },
  { name: 'e13-protected-hidden-row', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!), hiddenUnit: 4 }, features: ['workbookProtection'] },
  { name: 'e14-no-r-attributes', bloc: BLOCS.bacNinh!, layout: { titleRows: TITLES(BLOCS.bacNinh!).slice(0, 1), maxRow: 'Điểm tối đa', summaryRows: ['Tổng cộng'] }, features: ['omitRefs'] },
  { name: 'e15-value-in-xfd', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!), valueInXfd: true }, features: [] },
  { name: 'e16-inline-rich-described', bloc: BLOCS.dakNong!, layout: { titleRows: TITLES(BLOCS.dakNong!), inlineNames: true, richName: 2, describedCodes: true, summaryRows: ['Tổng cộng'] }, features: [] },
  {
    name: 'e17-everything',
    bloc: BLOCS.bacNinh!,
    layout: { titleRows: TITLES(BLOCS.bacNinh!), twoRowHeader: true, maxRow: 'Điểm tối đa', groups: 'stt', total: 'shared', fillPast: 2, rank: 'agree', hiddenUnit: 9, summaryRows: ['Tổng cộng', 'Bình quân'], signature: true },
    features: ['definedNames', 'x14Validation', 'wholeColumnValidation', 'printerSettings', 'legacyComments', 'workbookProtection'],
  },
  { name: 'e18-cong-dong-groups', bloc: BLOCS.dakNong!, layout: { titleRows: TITLES(BLOCS.dakNong!), groups: 'name', maxRow: 'Điểm chuẩn', summaryRows: ['Bình quân'], signature: true }, features: [] },
];

/** Fixtures re-saved by LibreOffice (from the hand-written one named) and written by openpyxl. */
export const LIBREOFFICE: readonly { readonly name: string; readonly from: string }[] = [
  { name: 'lo01-title-max-signature', from: 'e01-title-max-signature' },
  { name: 'lo02-table-shared-totals', from: 'e05-table-shared-totals' },
  { name: 'lo03-autofilter-database-range', from: 'e03-roman-groups-autofilter' },
  { name: 'lo04-two-row-header', from: 'e02-two-row-header' },
];
export const OPENPYXL: readonly FixtureSpec[] = [
  { name: 'py01-minimal-title-total', bloc: BLOCS.thamMuu!, layout: { titleRows: TITLES(BLOCS.thamMuu!).slice(0, 1), summaryRows: ['Tổng cộng'] }, features: [] },
  { name: 'py02-groups-signature', bloc: BLOCS.dakNong!, layout: { maxRow: 'Điểm tối đa', groups: 'stt', signature: true }, features: [] },
];

const GUID = (n: number) => `{4F1C${String(n).padStart(4, '0')}-2A6B-4C3D-9E8F-0A1B2C3D4E5F}`;

/** The workbook of a fixture, and what the tests expect of it. */
export function fixtureBook(spec: FixtureSpec, maker: Expectation['maker'] = 'hand-written OOXML (Excel layout)'): { book: BookSpec; expectation: Expectation } {
  const scores = scoresSheet(spec.bloc, spec.layout);
  const has = (f: Feature) => spec.features.includes(f);
  const sheetRels: Rel[] = [];
  const slots: { -readonly [K in keyof SheetSlots]: SheetSlots[K] } = {};
  const parts: ExtraPart[] = [];
  const defaults: { ext: string; type: string }[] = [];
  const workbookRels: Rel[] = [];
  const ext: string[] = [];
  const h = scores.headerRow;
  const lastScoreCol = 2 + CRITERIA.length;
  const tableRef = `A${h}:${colName(scores.lastHeaderCol)}${scores.lastRow}`;
  const sheetName = "'Chấm điểm'";

  if (has('table')) {
    sheetRels.push({ id: 'rId1', type: REL.table, target: '../tables/table1.xml' });
    const headers = headerTexts(scores);
    parts.push({
      path: 'xl/tables/table1.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
      content:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS.main}" id="1" name="BangDiem" displayName="BangDiem" ref="${tableRef}" totalsRowShown="0">` +
        `<autoFilter ref="${tableRef}"/><tableColumns count="${headers.length}">` +
        headers.map((name, i) => `<tableColumn id="${i + 1}" name="${esc(name)}"/>`).join('') +
        '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
    });
    slots.tableParts = '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
  }
  if (has('autoFilter')) slots.autoFilter = `<autoFilter ref="${tableRef}"/>`;
  if (has('wholeColumnValidation'))
    slots.dataValidations = `<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" errorTitle="Điểm không hợp lệ" error="Điểm từ 0 đến 20" sqref="C1:L1048576"><formula1>0</formula1><formula2>20</formula2></dataValidation></dataValidations>`;
  if (has('x14Validation'))
    ext.push(
      `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}"><x14:dataValidations count="2" xmlns:xm="${NS.xm}">` +
        CRITERIA.slice(0, 2)
          .map(
            (c, k) =>
              `<x14:dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Điểm không hợp lệ" error="Điểm ${c.code} từ 0 đến điểm tối đa"><x14:formula1><xm:f>0</xm:f></x14:formula1><x14:formula2><xm:f>'Tiêu chí'!$D$${k + 2}</xm:f></x14:formula2><xm:sqref>${a1(3 + k, scores.firstRow)}:${a1(3 + k, scores.lastRow)}</xm:sqref></x14:dataValidation>`,
          )
          .join('') +
        '</x14:dataValidations></ext>',
    );
  if (has('sparklines'))
    ext.push(
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>` +
        scores.unitRows.map((r) => `<x14:sparkline><xm:f>${sheetName}!C${r}:I${r}</xm:f><xm:sqref>R${r}</xm:sqref></x14:sparkline>`).join('') +
        '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>',
    );
  if (has('internalHyperlinks'))
    slots.hyperlinks = `<hyperlinks><hyperlink ref="A1" location="'Tiêu chí'!A1" display="Bảng tiêu chí"/><hyperlink ref="C${h}" location="'Tiêu chí'!C2" display="A1"/></hyperlinks>`;
  if (has('printerSettings')) {
    sheetRels.push({ id: 'rId2', type: REL.printerSettings, target: '../printerSettings/printerSettings1.bin' });
    defaults.push({ ext: 'bin', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings' });
    parts.push({ path: 'xl/printerSettings/printerSettings1.bin', content: printerSettings() });
    slots.pageSetup = '<pageSetup paperSize="9" scale="85" fitToHeight="0" orientation="landscape" r:id="rId2"/>';
  }
  if (has('legacyComments') || has('threadedComments')) {
    sheetRels.push({ id: 'rId3', type: REL.comments, target: '../comments1.xml' }, { id: 'rId4', type: REL.vmlDrawing, target: '../drawings/vmlDrawing1.vml' });
    defaults.push({ ext: 'vml', type: 'application/vnd.openxmlformats-officedocument.vmlDrawing' });
    const commented = [a1(2, scores.unitRows[0]!), a1(3, scores.unitRows[1]!)];
    const threaded = has('threadedComments');
    const authors = threaded ? [`tc=${GUID(1)}`, 'Nguyễn Thị Hồng'] : ['Nguyễn Thị Hồng', 'Trần Văn Minh'];
    parts.push({
      path: 'xl/comments1.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
      content:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors>${authors.map((a) => `<author>${esc(a)}</author>`).join('')}</authors><commentList>` +
        `<comment ref="${commented[0]}" authorId="${threaded ? 0 : 0}"${threaded ? ` shapeId="0" xr:uid="${GUID(1)}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"` : ''}><text>${threaded ? '<t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Đơn vị gửi báo cáo muộn 02 ngày.</t>' : '<r><rPr><b/><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Nguyễn Thị Hồng:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nĐơn vị gửi báo cáo muộn 02 ngày.</t></r>'}</text></comment>` +
        `<comment ref="${commented[1]}" authorId="1"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t>${esc(authors[1]!)}:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nĐã đối chiếu biên bản kiểm tra.</t></r></text></comment>` +
        '</commentList></comments>',
    });
    parts.push({ path: 'xl/drawings/vmlDrawing1.vml', content: vml(commented) });
    slots.legacyDrawing = '<legacyDrawing r:id="rId4"/>';
    if (threaded) {
      sheetRels.push({ id: 'rId5', type: REL.threadedComment, target: '../threadedComments/threadedComment1.xml' });
      parts.push({
        path: 'xl/threadedComments/threadedComment1.xml',
        contentType: 'application/vnd.ms-excel.threadedcomments+xml',
        content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><threadedComment ref="${commented[0]}" dT="2024-12-10T09:15:00.00" personId="${GUID(7)}" id="${GUID(1)}"><text>Đơn vị gửi báo cáo muộn 02 ngày.</text></threadedComment></ThreadedComments>`,
      });
      parts.push({
        path: 'xl/persons/person.xml',
        contentType: 'application/vnd.ms-excel.person+xml',
        content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><person displayName="Nguyễn Thị Hồng" id="${GUID(7)}" userId="hong.nt@tayninh.gov.vn" providerId="None"/></personList>`,
      });
      workbookRels.push({ id: 'rId90', type: REL.person, target: 'persons/person.xml' });
    }
  }
  if (has('customXml')) {
    workbookRels.push({ id: 'rId91', type: REL.customXml, target: '../customXml/item1.xml' });
    parts.push(
      { path: 'customXml/item1.xml', content: '<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL" StyleName="APA"/>' },
      {
        path: 'customXml/itemProps1.xml',
        contentType: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
        content: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${GUID(3)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
      },
      { path: 'customXml/_rels/item1.xml.rels', content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="${REL.customXmlProps}" Target="itemProps1.xml"/></Relationships>` },
    );
  }
  if (ext.length) slots.extLst = `<extLst>${ext.join('')}</extLst>`;
  const names: string[] = [];
  if (has('definedNames')) {
    const lastRow = Math.max(...scores.sheet.rows.map((r) => r.r));
    names.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${SCORES_INDEX}">${sheetName}!$A$1:$${colName(lastScoreCol + 5)}$${lastRow}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${SCORES_INDEX}">${sheetName}!$${h}:$${h}</definedName>`,
      `<definedName name="DiemToiDa">'Tiêu chí'!$D$2:$D$${CRITERIA.length + 1}</definedName>`,
      `<definedName name="DanhSachDonVi">${sheetName}!$B$${scores.firstRow}:$B$${scores.lastRow}</definedName>`,
    );
  }
  if (has('autoFilter')) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${SCORES_INDEX}" hidden="1">${sheetName}!$A$${h}:$${colName(scores.lastHeaderCol)}$${scores.lastRow}</definedName>`);
  const sheet: SheetSpec = { ...scores.sheet, slots, rels: sheetRels, omitRefs: has('omitRefs') };
  const book: BookSpec = {
    sheets: [settingsSheet(spec.bloc), criteriaSheet(), sheet],
    ...(names.length ? { definedNames: `<definedNames>${names.join('')}</definedNames>` } : {}),
    ...(has('workbookProtection')
      ? { workbookProtection: '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x7B3mQ0pV9kR2nL5tY8wZ1cF4hJ6gD0sA3eU7iO9bN2vM5xK8qW1rT4yP6uE0oI3aS7dF9gH2jL5kZ8xC1vB4n==" workbookSaltValue="Qm9jUmFua0NvcnB1c1NhbHQ=" workbookSpinCount="100000" lockStructure="1"/>' }
      : {}),
    calcPr: '<calcPr calcId="191029"/>',
    parts,
    defaults,
    workbookRels,
  };
  return {
    book,
    expectation: {
      fixture: `${spec.name}.xlsx`,
      twin: `${spec.bloc.key}.clean.xlsx`,
      maker,
      features: [...spec.features, ...layoutFeatures(spec.layout)],
      scoresSheet: 'Chấm điểm',
      scoresPart: SCORES_PART,
      headerRow: h,
      unitRows: scores.unitRows,
      skipped: scores.skipped,
      hiddenUnitRows: scores.hiddenUnitRows,
      resultColumns: scores.resultColumns,
      disagreeingFormulaCells: scores.disagreeingFormulaCells,
    },
  };
}

function layoutFeatures(layout: Layout): string[] {
  return Object.entries(layout)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (typeof v === 'string' ? `${k}:${v}` : k));
}

function headerTexts(scores: ScoresSheet): string[] {
  const header = scores.sheet.rows.find((r) => r.r === scores.headerRow)!;
  const top = scores.sheet.rows.find((r) => r.r === scores.headerRow - 1);
  return Array.from({ length: scores.lastHeaderCol }, (_, i) => {
    const v = header.cells.find((c) => c.col === i + 1)?.v ?? top?.cells.find((c) => c.col === i + 1)?.v;
    return String(v ?? `Cột${i + 1}`);
  });
}

/** A DEVMODE-like blob as Excel stores it (A4, landscape): the bytes only have to survive untouched. */
function printerSettings(): Uint8Array {
  const bytes = new Uint8Array(220);
  const name = 'Microsoft Print to PDF';
  for (let i = 0; i < name.length; i++) bytes[i * 2] = name.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  view.setUint16(64, 0x0401, true);
  view.setUint16(66, 0x0401, true);
  view.setUint16(68, 220, true);
  view.setUint32(72, 0x00010f53, true);
  view.setUint16(76, 2, true); // landscape
  view.setUint16(78, 9, true); // A4
  for (let i = 100; i < 220; i++) bytes[i] = (i * 37) & 0xff;
  return bytes;
}

function vml(cells: readonly string[]): string {
  const shapes = cells.map((ref, i) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style='position:absolute;margin-left:107.25pt;margin-top:1.5pt;width:144pt;height:79.5pt;z-index:${i + 1};visibility:hidden' fillcolor="infoBackground [80]" o:insetmode="auto">` +
      '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style=\'mso-direction-alt:auto\'><div style=\'text-align:left\'></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}
