import { zipSync, type Zippable } from 'fflate';

/**
 * A bloc workbook written the way Excel writes one, by hand in OOXML (no library in between), with what
 * clerks' files really hold: a merged title row, shared formulas for the totals filled down past the units,
 * shared, inline and rich-text strings, cells and a row without `r=`, a hidden unit row, a styled Excel
 * table over the scores sheet, a whole-column validation `C1:H1048576`, an x14 validation and sparklines
 * in `extLst`, conditional formatting, defined names and a print area, printer settings, customXml,
 * legacy + threaded comments with persons, docProps, a value in column XFD of the settings sheet, and an
 * extra sheet nobody reads. With `macro`, an .xlsm with a (fake) vbaProject.bin.
 */
export interface ExcelLikeOptions {
  readonly macro?: boolean;
  /** Units in the scores sheet (default 5; names repeat with a number beyond the five real ones). */
  readonly units?: number;
  /** Scores per unit [A1, A2, B1, B2, T1 bonus, K1 penalty]; default a fixed spread. */
  readonly scores?: readonly (readonly number[])[];
  /**
   * Add the signature line "Người lập biểu" under the table (row classification, issue 8 point 3, skips it;
   * off by default so these package tests do not depend on it).
   */
  readonly signatureBlock?: boolean;
  /** The whole-column validation `C1:H1048576` (default true). */
  readonly wholeColumnValidation?: boolean;
  /** Extra parts or replacements, by name. */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export const EXCEL_LIKE_UNITS = [
  'Đảng uỷ Khối các cơ quan và Doanh nghiệp tỉnh',
  'Trường Chính trị tỉnh',
  'Uỷ ban MTTQ Việt Nam tỉnh',
  'Trường Cao đẳng Cộng đồng Đắk Nông',
  'Báo Đắk Nông',
];

const DEFAULT_SCORES = [
  [38, 18, 19, 17, 4, 0],
  [35, 20, 18, 19, 2, 1],
  [30, 15, 16, 18, 0, 0],
  [28, 14, 15, 12, 1, 2],
  [36, 17, 17, 16, 3, 0],
];

/** The scores sheet's columns: A STT, B Đơn vị, C..H criteria, I Kỷ luật, J Tổng điểm (the clerk's formula). */
export const EXCEL_LIKE_HEADER_ROW = 2;
export const EXCEL_LIKE_TOTAL_COLUMN = 10;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export function excelLikeBook(options: ExcelLikeOptions = {}): Uint8Array {
  const n = options.units ?? 5;
  const names = Array.from({ length: n }, (_, i) => (i < 5 ? EXCEL_LIKE_UNITS[i]! : `Đơn vị số ${i + 1}`));
  const scores = Array.from({ length: n }, (_, i) => options.scores?.[i] ?? DEFAULT_SCORES[i % 5]!);

  // ---- shared strings: index → text (one rich-text item, one with a phonetic run) -------------------
  const sst: string[] = [];
  const sstIndex = new Map<string, number>();
  const sstXml: string[] = [];
  const s = (text: string, rich = false): number => {
    const i = sstIndex.get(text);
    if (i !== undefined && !rich) return i;
    if (!rich) sstIndex.set(text, sst.length);
    sst.push(text);
    if (rich) {
      const cut = text.indexOf(' ');
      sstXml.push(
        `<si><r><rPr><b/><sz val="11"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">${esc(text.slice(0, cut + 1))}</t></r><r><rPr><sz val="11"/><rFont val="Times New Roman"/></rPr><t>${esc(text.slice(cut + 1))}</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>`,
      );
    } else sstXml.push(`<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${esc(text)}</t></si>`);
    return sst.length - 1;
  };
  const str = (ref: string, text: string, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${s(text)}</v></c>`;
  const num = (ref: string, v: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;

  // ---- Cấu hình ----------------------------------------------------------------------------------------
  const settings: [string, string | number][] = [
    ['Năm', 2025],
    ['Tên khối', 'Khối thi đua số 2'],
    ['Cơ quan chủ quản', 'UBND TỈNH ĐẮK NÔNG'],
    ['Khối trưởng', names[0]!],
    ['Khối phó', names[1] ?? EXCEL_LIKE_UNITS[1]!],
  ];
  const settingsRows = [`<row r="1" spans="1:2">${str('A1', 'Mục', 1)}${str('B1', 'Giá trị', 1)}</row>`];
  settings.forEach(([k, v], i) => {
    const r = i + 2;
    settingsRows.push(`<row r="${r}" spans="1:2">${str(`A${r}`, k)}${typeof v === 'number' ? num(`B${r}`, v) : str(`B${r}`, v)}</row>`);
  });
  // A stray value in the last column of the sheet (clerks leave these): cheap to read, never a problem.
  settingsRows.push(`<row r="40">${num('XFD40', 1)}</row>`);
  const sheet1 = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:XFD40"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols><sheetData>${settingsRows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  // ---- Tiêu chí --------------------------------------------------------------------------------------
  const criteria: [string, string, string, number | null, string][] = [
    ['A1', 'A', 'Hoàn thành chỉ tiêu kinh tế - xã hội', 40, 'Chấm điểm'],
    ['A2', 'A', 'Cải cách hành chính', 20, 'Chấm điểm'],
    ['B1', 'B', 'Xây dựng Đảng, đoàn thể', 20, 'Chấm điểm'],
    ['B2', 'B', 'Tham gia hoạt động chung của Khối', 20, 'Chấm điểm'],
    ['T1', 'T', 'Mô hình mới, cách làm hay', 10, 'Thưởng'],
    ['K1', 'K', 'Vi phạm, chậm báo cáo', null, 'Trừ'],
  ];
  const critRows = [`<row r="1">${['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'].map((h, i) => str(`${col(i + 1)}1`, h, 1)).join('')}</row>`];
  criteria.forEach(([code, group, desc, max, kind], i) => {
    const r = i + 2;
    critRows.push(`<row r="${r}">${str(`A${r}`, code)}${str(`B${r}`, group)}${str(`C${r}`, desc)}${max === null ? '' : num(`D${r}`, max)}${str(`E${r}`, kind)}</row>`);
  });
  const sheet2 = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:E7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${critRows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  // ---- Chấm điểm ---------------------------------------------------------------------------------------
  const headers = ['STT', 'Đơn vị', 'A1', 'A2', 'B1', 'B2', 'T1', 'K1', 'Kỷ luật', 'Tổng điểm'];
  const last = 2 + n + 5; // the total formula is filled down five rows past the units
  const rows: string[] = [];
  rows.push(`<row r="1" ht="24" customHeight="1">${str('A1', 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025', 3)}</row>`);
  rows.push(`<row r="2" spans="1:10">${headers.map((h, i) => str(`${col(i + 1)}2`, h, 1)).join('')}</row>`);
  for (let i = 0; i < n; i++) {
    const r = i + 3;
    const sc = scores[i]!;
    const total = sc[0]! + sc[1]! + sc[2]! + sc[3]! + sc[4]! - sc[5]!;
    const formula = i === 0 ? `<f t="shared" ref="J3:J${last}" si="0">SUM(C3:F3)+G3-H3</f>` : '<f t="shared" si="0"/>';
    const nameCell =
      i === 1
        ? `<c r="B${r}" s="2" t="inlineStr"><is><t>${esc(names[i]!)}</t></is></c>`
        : i === 2
          ? `<c r="B${r}" s="2" t="s"><v>${s(names[i]!, true)}</v></c>`
          : str(`B${r}`, names[i]!, 2);
    const cells = [num(`A${r}`, i + 1, 2), nameCell, ...sc.map((v, k) => num(`${col(k + 3)}${r}`, v, 2)), str(`I${r}`, 'Không', 2), `<c r="J${r}" s="2">${formula}<v>${total}</v></c>`];
    if (i === 2) {
      // Cells without r= (minimal writers): each follows the previous one.
      rows.push(`<row r="${r}">${cells.map((c) => c.replace(/ r="[A-Z]+\d+"/, '')).join('')}</row>`);
    } else if (i === 3) {
      // A row without r= follows the previous row; hidden by the clerk.
      rows.push(`<row hidden="1" spans="1:10">${cells.join('')}</row>`);
    } else rows.push(`<row r="${r}" spans="1:10">${cells.join('')}</row>`);
  }
  for (let r = 3 + n; r <= last; r++) rows.push(`<row r="${r}" spans="1:10"><c r="A${r}" s="2"/><c r="B${r}" s="2"/><c r="J${r}" s="2"><f t="shared" si="0"/><v>0</v></c></row>`);
  if (options.signatureBlock) rows.push(`<row r="${last + 2}">${str(`B${last + 2}`, 'Người lập biểu')}</row>`);
  const ext =
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
    `<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>'Tiêu chí'!$E$2:$E$3</xm:f></x14:formula1><xm:sqref>I3:I${last}</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines>` +
    Array.from({ length: n }, (_, i) => `<x14:sparkline><xm:f>'Chấm điểm'!C${i + 3}:F${i + 3}</xm:f><xm:sqref>P${i + 3}</xm:sqref></x14:sparkline>`).join('') +
    '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';
  const sheet3 =
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:J${options.signatureBlock ? last + 2 : last}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="44" customWidth="1"/><col min="3" max="10" width="9.5" style="2" customWidth="1"/><col min="11" max="16" width="12" customWidth="1"/></cols>' +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<mergeCells count="1"><mergeCell ref="A1:J1"/></mergeCells>' +
    `<conditionalFormatting sqref="J3:J${2 + n}"><cfRule type="top10" dxfId="0" priority="1" rank="1"/></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" errorTitle="Điểm" error="Điểm từ 0 đến 40" sqref="${options.wholeColumnValidation === false ? `C3:H${2 + n}` : 'C1:H1048576'}"><formula1>0</formula1><formula2>40</formula2></dataValidation></dataValidations>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="rId1"/>' +
    '<legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>' +
    ext +
    '</worksheet>';
  const sheet3Rels =
    `${HEAD}<Relationships xmlns="${PR}">` +
    `<Relationship Id="rId1" Type="${R}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>` +
    `<Relationship Id="rId2" Type="${R}/table" Target="../tables/table1.xml"/>` +
    `<Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
    `<Relationship Id="rId4" Type="${R}/comments" Target="../comments1.xml"/>` +
    '<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
    '</Relationships>';
  const table =
    `${HEAD}<table xmlns="${NS}" id="1" name="BangDiem" displayName="BangDiem" ref="A2:J${last}" totalsRowShown="0">` +
    `<autoFilter ref="A2:J${last}"/><tableColumns count="10">` +
    headers.map((h, i) => `<tableColumn id="${i + 1}" name="${esc(h)}"${i === 9 ? '><calculatedColumnFormula>SUM(C3:F3)+G3-H3</calculatedColumnFormula></tableColumn>' : '/>'}`).join('') +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  const comments =
    `${HEAD}<comments xmlns="${NS}"><authors><author>tc={6F2E1A4B-0C9D-4F0E-9A1B-2C3D4E5F6A7B}</author></authors><commentList>` +
    '<comment ref="C3" authorId="0" shapeId="0"><text><t>[Threaded comment] Điểm đã được Khối thống nhất.</t></text></comment></commentList></comments>';
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 2, 2, 5, 15, 6, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>';
  const threaded =
    `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}">` +
    '<threadedComment ref="C3" dT="2025-12-20T08:30:00.00" personId="{A1B2C3D4-0000-4000-8000-000000000001}" id="{6F2E1A4B-0C9D-4F0E-9A1B-2C3D4E5F6A7B}"><text>Điểm đã được Khối thống nhất.</text></threadedComment></ThreadedComments>';
  const persons =
    `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}">` +
    '<person displayName="Nguyễn Thị Thu" id="{A1B2C3D4-0000-4000-8000-000000000001}" userId="thu@example.vn" providerId="None"/></personList>';

  // ---- Ghi chú: a sheet nobody reads ----------------------------------------------------------------------
  const sheet4 = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1">${str('A1', 'Ghi chú của cán bộ thi đua')}</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  // ---- workbook, styles, package ---------------------------------------------------------------------------
  const macro = options.macro ?? false;
  const workbook =
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr${macro ? ' codeName="ThisWorkbook"' : ''} defaultThemeVersion="166925"/>` +
    '<workbookProtection lockStructure="1"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="2"/></bookViews>' +
    '<sheets><sheet name="Cấu hình" sheetId="1" r:id="rId1"/><sheet name="Tiêu chí" sheetId="2" r:id="rId2"/><sheet name="Chấm điểm" sheetId="3" r:id="rId3"/><sheet name="Ghi chú" sheetId="4" r:id="rId4"/></sheets>' +
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">'Chấm điểm'!$A$1:$J$${last}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">'Chấm điểm'!$2:$2</definedName><definedName name="DiemToiDa">'Tiêu chí'!$D$2:$D$7</definedName></definedNames>` +
    '<calcPr calcId="191029"/></workbook>';
  const styles =
    `${HEAD}<styleSheet xmlns="${NS}" xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
    '<fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';
  const sharedStrings = `${HEAD}<sst xmlns="${NS}" count="${sst.length + 12}" uniqueCount="${sst.length}">${sstXml.join('')}</sst>`;
  const wbRels =
    `${HEAD}<Relationships xmlns="${PR}">` +
    [1, 2, 3, 4].map((i) => `<Relationship Id="rId${i}" Type="${R}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
    `<Relationship Id="rId5" Type="${R}/theme" Target="theme/theme1.xml"/><Relationship Id="rId6" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId7" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
    '<Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
    `<Relationship Id="rId9" Type="${R}/customXml" Target="../customXml/item1.xml"/>` +
    (macro ? '<Relationship Id="rId10" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : '') +
    '</Relationships>';
  const contentTypes =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>` +
    (macro ? '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    [1, 2, 3, 4].map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
    '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
    '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const rootRels =
    `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const core =
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    '<dc:creator>Nguyễn Thị Thu</dc:creator><cp:lastModifiedBy>Nguyễn Thị Thu</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-12-01T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-20T09:00:00Z</dcterms:modified></cp:coreProperties>';
  const app =
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    '<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Cấu hình</vt:lpstr><vt:lpstr>Tiêu chí</vt:lpstr><vt:lpstr>Chấm điểm</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>';
  const theme = `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
  // Printer settings are a binary DEVMODE blob Excel keeps as is.
  const printer = new Uint8Array(220).map((_, i) => (i * 37 + 11) & 0xff);
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRels,
    'docProps/app.xml': app,
    'docProps/core.xml': core,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': wbRels,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheet2,
    'xl/worksheets/sheet3.xml': sheet3,
    'xl/worksheets/sheet4.xml': sheet4,
    'xl/worksheets/_rels/sheet3.xml.rels': sheet3Rels,
    'xl/theme/theme1.xml': theme,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sharedStrings,
    'xl/tables/table1.xml': table,
    'xl/comments1.xml': comments,
    'xl/drawings/vmlDrawing1.vml': vml,
    'xl/threadedComments/threadedComment1.xml': threaded,
    'xl/persons/person.xml': persons,
    'xl/printerSettings/printerSettings1.bin': printer,
    'customXml/item1.xml': `${HEAD}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>`,
    'customXml/itemProps1.xml': `${HEAD}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
    'customXml/_rels/item1.xml.rels': `${HEAD}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    ...(macro ? { 'xl/vbaProject.bin': new Uint8Array(512).map((_, i) => (i * 13 + 7) & 0xff) } : {}),
    ...options.extra,
  };
  const enc = new TextEncoder();
  const zippable: Zippable = {};
  // A fixed time: the fixture's bytes are the same on every run.
  for (const [name, data] of Object.entries(files)) zippable[name] = [typeof data === 'string' ? enc.encode(data) : data, { mtime: new Date(2025, 11, 20, 9, 0, 0) }];
  return zipSync(zippable, { level: 6 });
}
