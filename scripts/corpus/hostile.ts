/**
 * Files a clerk may hand BlocRank that are not .xlsx workbooks: an old .xls and a password-protected
 * workbook (both OLE compound files), an .ods, a .docx, a CSV, a truncated zip, zero bytes, an image, a zip
 * without a workbook. Each must be refused with exit 2 and a message naming what it is.
 */
import { zipFixed } from './ooxml.js';

export interface HostileFile {
  readonly file: string;
  /** FILE_KIND_REFUSED's `kind`, or null for a file whose kind several readings fit (the test accepts any). */
  readonly kind: 'xls' | 'encrypted' | 'ods' | 'docx' | 'csv' | 'notZip' | 'truncated' | 'notWorkbook' | null;
  readonly what: string;
  readonly bytes: Uint8Array;
}

const enc = (s: string) => new TextEncoder().encode(s);

/**
 * A minimal but well-formed compound file (CFB v3, 512-byte sectors): one FAT sector, one directory sector,
 * each stream padded to the 4096-byte mini-stream cutoff so no mini FAT is needed.
 */
export function compoundFile(streams: readonly { readonly name: string; readonly data: Uint8Array }[]): Uint8Array {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const streamSectors = padded.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const out = new Uint8Array(SECTOR * (1 + 2 + streamSectors));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true);
  view.setUint32(60, END, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  // FAT (sector 0 at file offset 512)
  const fat = (i: number, v: number) => view.setUint32(SECTOR + i * 4, v, true);
  for (let i = 0; i < 128; i++) fat(i, FREE);
  fat(0, 0xfffffffd);
  fat(1, END);
  let next = 2;
  const starts: number[] = [];
  for (const s of padded) {
    starts.push(next);
    const count = s.data.length / SECTOR;
    for (let k = 0; k < count; k++) fat(next + k, k === count - 1 ? END : next + k + 1);
    out.set(s.data, SECTOR * (1 + next));
    next += count;
  }
  // Directory (sector 1): root, then the streams chained as right siblings.
  const entry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const base = SECTOR * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(base + i * 2, name.charCodeAt(i), true);
    view.setUint16(base + 64, (name.length + 1) * 2, true);
    out[base + 66] = type;
    out[base + 67] = 1;
    view.setUint32(base + 68, FREE, true);
    view.setUint32(base + 72, right, true);
    view.setUint32(base + 76, child, true);
    view.setUint32(base + 116, start, true);
    view.setUint32(base + 120, size, true);
  };
  entry(0, 'Root Entry', 5, padded.length ? 1 : FREE, FREE, END, 0);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, FREE, i + 1 < padded.length ? i + 2 : FREE, starts[i]!, s.size));
  for (let i = padded.length + 1; i < 4; i++) {
    const base = SECTOR * 2 + i * 128;
    view.setUint32(base + 68, FREE, true);
    view.setUint32(base + 72, FREE, true);
    view.setUint32(base + 76, FREE, true);
  }
  return out;
}

function xls(): Uint8Array {
  // BIFF8 BOF (workbook globals) then EOF: what an .xls Workbook stream starts and ends with.
  const workbook = new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0xc1, 0x00, 0x00, 0x00, 0x06, 0x03, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00]);
  return compoundFile([{ name: 'Workbook', data: workbook }]);
}

function encrypted(): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="QmxvY1JhbmtTYWx0MDAwMA=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="QmxvY1JhbmtTYWx0MDAwMQ=="/></keyEncryptor></keyEncryptors></encryption>';
  const info = new Uint8Array(8 + xml.length);
  info.set([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
  info.set(enc(xml), 8);
  const pkg = new Uint8Array(4096);
  new DataView(pkg.buffer).setUint32(0, 9000, true);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff;
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg },
  ]);
}

function ods(): Uint8Array {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet>' +
    '<table:table table:name="Chấm điểm"><table:table-row><table:table-cell office:value-type="string"><text:p>STT</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Đơn vị</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>A1</text:p></table:table-cell></table:table-row>' +
    '<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Sở Nội vụ</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="18.5"><text:p>18,5</text:p></table:table-cell></table:table-row></table:table>' +
    '</office:spreadsheet></office:body></office:document-content>';
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return zipFixed([
    ['mimetype', enc('application/vnd.oasis.opendocument.spreadsheet'), 0],
    ['content.xml', enc(content)],
    ['META-INF/manifest.xml', enc(manifest)],
  ]);
}

function docx(): Uint8Array {
  return zipFixed([
    [
      '[Content_Types].xml',
      enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    ],
    [
      'word/document.xml',
      enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>GIAO ƯỚC THI ĐUA NĂM 2025</w:t></w:r></w:p></w:body></w:document>',
      ),
    ],
  ]);
}

const CSV = '\ufeffSTT,Đơn vị,A1,A2,A3\r\n1,Sở Nội vụ,18.5,14,13\r\n2,Sở Tư pháp,17,13.5,12\r\n';

function noWorkbook(): Uint8Array {
  return zipFixed([
    ['[Content_Types].xml', enc('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')],
    ['ghi-chu.txt', enc('Bảng điểm gửi sau.\n')],
  ]);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89]);

/** The hostile inputs; `truncatedFrom` is a real workbook whose first 60 % makes the truncated one. */
export function hostileFiles(truncatedFrom: Uint8Array): HostileFile[] {
  return [
    { file: 'so-cu.xls', kind: 'xls', what: 'Excel 97-2003 workbook (OLE compound file)', bytes: xls() },
    { file: 'xls-doi-ten.xlsx', kind: 'xls', what: 'an .xls renamed to .xlsx', bytes: xls() },
    { file: 'co-mat-khau.xlsx', kind: 'encrypted', what: 'a password-protected workbook (CFB with EncryptionInfo)', bytes: encrypted() },
    { file: 'bang-diem.ods', kind: 'ods', what: 'an OpenDocument spreadsheet', bytes: ods() },
    { file: 'ods-doi-ten.xlsx', kind: 'ods', what: 'an .ods renamed to .xlsx', bytes: ods() },
    { file: 'giao-uoc.docx', kind: 'docx', what: 'a Word document', bytes: docx() },
    { file: 'docx-doi-ten.xlsx', kind: 'docx', what: 'a .docx renamed to .xlsx', bytes: docx() },
    { file: 'bang-diem.csv', kind: 'csv', what: 'a CSV file (UTF-8 with BOM, as Excel saves it)', bytes: enc(CSV) },
    { file: 'csv-doi-ten.xlsx', kind: 'csv', what: 'a CSV renamed to .xlsx', bytes: enc(CSV) },
    { file: 'bi-cat-cut.xlsx', kind: 'truncated', what: 'a workbook cut off at 60 % (an interrupted download)', bytes: truncatedFrom.slice(0, Math.floor(truncatedFrom.length * 0.6)) },
    { file: 'rong.xlsx', kind: null, what: 'zero bytes', bytes: new Uint8Array(0) },
    { file: 'anh.xlsx', kind: 'notZip', what: 'a PNG image named .xlsx', bytes: PNG },
    { file: 'khong-co-so.xlsx', kind: 'notWorkbook', what: 'a zip without a workbook part', bytes: noWorkbook() },
  ];
}
