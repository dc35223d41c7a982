/**
 * The blocs of the corpus (member lists are public facts, DOMAIN §8; scores are made up from a seeded PRNG)
 * and the scores-sheet layouts clerks make: title rows, max-points rows, two-row headers, group headings,
 * total and average rows, blank gaps, signature blocks, result formulas. Every layout records which rows
 * are units and which must be skipped, so the corpus tests know what to expect.
 */
import { rng } from '../../src/excel/testing/rng.js';
import { a1, colName, S, type BookSpec, type CellSpec, type RowSpec, type SheetSpec } from './ooxml.js';

export interface Criterion {
  readonly code: string;
  readonly group: string;
  readonly text: string;
  readonly max: number | null;
  readonly kind: 'Chấm điểm' | 'Thưởng' | 'Trừ';
}

export const CRITERIA: readonly Criterion[] = [
  { code: 'A1', group: 'A', text: 'Hoàn thành chỉ tiêu, nhiệm vụ chính trị', max: 20, kind: 'Chấm điểm' },
  { code: 'A2', group: 'A', text: 'Tham mưu, đề xuất cơ chế, chính sách', max: 15, kind: 'Chấm điểm' },
  { code: 'A3', group: 'A', text: 'Cải cách hành chính, chuyển đổi số', max: 15, kind: 'Chấm điểm' },
  { code: 'A4', group: 'A', text: 'Tổ chức phong trào thi đua', max: 10, kind: 'Chấm điểm' },
  { code: 'B1', group: 'B', text: 'Xây dựng tổ chức đảng, đoàn thể', max: 15, kind: 'Chấm điểm' },
  { code: 'B2', group: 'B', text: 'Thực hành tiết kiệm, phòng, chống tham nhũng', max: 15, kind: 'Chấm điểm' },
  { code: 'B3', group: 'B', text: 'Tham gia hoạt động chung của Khối', max: 10, kind: 'Chấm điểm' },
  { code: 'T1', group: 'Thưởng', text: 'Mô hình mới, cách làm hay', max: 5, kind: 'Thưởng' },
  { code: 'TR1', group: 'Trừ', text: 'Chậm báo cáo, vi phạm quy chế', max: null, kind: 'Trừ' },
];

export interface Unit {
  readonly name: string;
  readonly points: readonly number[];
}

export interface Bloc {
  readonly key: string;
  readonly year: number;
  readonly bloc: string;
  readonly authority: string;
  readonly place: string;
  readonly leader: string;
  readonly deputy: string;
  readonly units: readonly Unit[];
  /** Group headings: the index of the first unit of each group, with its title. */
  readonly groups: readonly { readonly at: number; readonly roman: string; readonly title: string }[];
}

/** Points for every unit: made up but deterministic, with all totals distinct. */
function scoresFor(names: readonly string[], seed: number): Unit[] {
  const random = rng(seed);
  const seen = new Set<number>();
  return names.map((name) => {
    for (;;) {
      const points = CRITERIA.map((c) => {
        if (c.kind === 'Thưởng') return Math.floor(random() * 6);
        if (c.kind === 'Trừ') return random() < 0.25 ? 1 + Math.floor(random() * 2) : 0;
        return Math.round((0.8 + random() * 0.2) * c.max! * 2) / 2;
      });
      const total = total_(points);
      if (seen.has(total)) continue;
      seen.add(total);
      return { name, points };
    }
  });
}

export function total_(points: readonly number[]): number {
  return CRITERIA.reduce((sum, c, i) => sum + (c.kind === 'Trừ' ? -points[i]! : points[i]!), 0);
}

export const BLOCS: Readonly<Record<string, Bloc>> = {
  bacNinh: {
    key: 'bac-ninh',
    year: 2018,
    bloc: 'Khối thi đua các cơ quan Đảng tỉnh',
    authority: 'TỈNH ỦY BẮC NINH',
    place: 'Bắc Ninh',
    leader: 'Văn phòng Tỉnh uỷ',
    deputy: 'Ban Tuyên giáo Tỉnh uỷ',
    units: scoresFor(
      [
        'Văn phòng Tỉnh uỷ',
        'Ban Tuyên giáo Tỉnh uỷ',
        'Ban Tổ chức Tỉnh uỷ',
        'Uỷ ban Kiểm tra Tỉnh uỷ',
        'Ban Dân vận Tỉnh uỷ',
        'Ban Nội chính Tỉnh uỷ',
        'Đảng uỷ Khối các cơ quan tỉnh',
        'Đảng uỷ Khối doanh nghiệp tỉnh',
        'Trường Chính trị Nguyễn Văn Cừ',
        'Báo Bắc Ninh',
        'Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh',
      ],
      2018,
    ),
    groups: [
      { at: 0, roman: 'I', title: 'Các ban Đảng' },
      { at: 6, roman: 'II', title: 'Các Đảng uỷ khối' },
      { at: 8, roman: 'III', title: 'Các đơn vị sự nghiệp' },
    ],
  },
  thamMuu: {
    key: 'tham-muu',
    year: 2024,
    bloc: 'Khối thi đua các cơ quan Tham mưu - Tổng hợp',
    authority: 'UBND TỈNH TÂY NINH',
    place: 'Tây Ninh',
    leader: 'Sở Nội vụ',
    deputy: 'Sở Tư pháp',
    units: scoresFor(
      [
        'Thanh tra tỉnh',
        'Văn phòng UBND tỉnh',
        'Sở Tài chính',
        'Sở Nội vụ',
        'Sở Tư pháp',
        'Sở Ngoại vụ',
        'Sở Kế hoạch và Đầu tư',
        'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
        'Ban Dân tộc tỉnh',
      ],
      2024,
    ),
    groups: [
      { at: 0, roman: 'A', title: 'Khối văn phòng, thanh tra' },
      { at: 2, roman: 'B', title: 'Các sở' },
      { at: 7, roman: 'C', title: 'Các cơ quan khác' },
    ],
  },
  dakNong: {
    key: 'dak-nong',
    year: 2023,
    bloc: 'Khối thi đua số 2',
    authority: 'UBND TỈNH ĐẮK NÔNG',
    place: 'Đắk Nông',
    leader: 'Trường Chính trị tỉnh',
    deputy: 'Báo Đắk Nông',
    units: scoresFor(
      ['Đảng uỷ Khối các cơ quan và Doanh nghiệp tỉnh', 'Trường Chính trị tỉnh', 'Uỷ ban MTTQ Việt Nam tỉnh', 'Trường Cao đẳng Cộng đồng Đắk Nông', 'Báo Đắk Nông'],
      2023,
    ),
    groups: [
      { at: 0, roman: 'I', title: 'Khối Đảng, Mặt trận' },
      { at: 3, roman: 'II', title: 'Khối sự nghiệp' },
    ],
  },
};

/** What the corpus tests check for one fixture (written next to it as `<name>.expect.json`). */
export interface Expectation {
  readonly fixture: string;
  readonly twin: string;
  readonly maker: 'hand-written OOXML (Excel layout)' | 'LibreOffice' | 'openpyxl';
  readonly features: readonly string[];
  readonly scoresSheet: string;
  readonly scoresPart: string;
  readonly headerRow: number;
  readonly unitRows: readonly number[];
  /** Rows that are not units, each to be named in an info issue: the row and the text in it. */
  readonly skipped: readonly { readonly row: number; readonly text: string; readonly kind: string }[];
  readonly hiddenUnitRows: readonly number[];
  /** The columns a ranking may write (existing result columns, then the ones it creates). */
  readonly resultColumns: readonly string[];
  /** Result cells holding the clerk's formulas whose cached value disagrees with the ranking. */
  readonly disagreeingFormulaCells: readonly string[];
}

export interface Layout {
  readonly titleRows?: readonly string[];
  readonly twoRowHeader?: boolean;
  readonly describedCodes?: boolean;
  readonly maxRow?: 'Điểm tối đa' | 'Điểm chuẩn';
  /** Group headings: 'stt' puts the roman numeral in STT and the title in Đơn vị; 'name' writes "I. Title" in Đơn vị. */
  readonly groups?: 'stt' | 'name';
  readonly blankAfter?: readonly number[];
  readonly summaryRows?: readonly ('Tổng cộng' | 'Bình quân' | 'Trung bình' | 'Cộng')[];
  readonly signature?: boolean;
  readonly total?: 'shared' | 'plain';
  /** Rows the shared total formula is filled past the last unit. */
  readonly fillPast?: number;
  readonly rank?: 'agree' | 'disagree';
  readonly hiddenUnit?: number;
  readonly inlineNames?: boolean;
  readonly richName?: number;
  readonly valueInXfd?: boolean;
}

export interface ScoresSheet {
  readonly sheet: SheetSpec;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly unitRows: number[];
  readonly skipped: { row: number; text: string; kind: string }[];
  readonly hiddenUnitRows: number[];
  readonly lastHeaderCol: number;
  readonly resultColumns: string[];
  readonly disagreeingFormulaCells: string[];
}

const SCORE_COL = 3;
const TOTAL_COL = SCORE_COL + CRITERIA.length; // L
const RANK_COL = TOTAL_COL + 1; // M

/** Standard competition ranks of distinct totals (descending), and the ranks an ascending RANK() gives. */
function ranks(totals: readonly number[], ascending = false): number[] {
  return totals.map((t) => 1 + totals.filter((o) => (ascending ? o < t : o > t)).length);
}

/** The scores sheet `Chấm điểm` in the given layout. */
export function scoresSheet(bloc: Bloc, layout: Layout): ScoresSheet {
  const rows: RowSpec[] = [];
  const merges: string[] = [];
  const skipped: { row: number; text: string; kind: string }[] = [];
  const unitRows: number[] = [];
  const hiddenUnitRows: number[] = [];
  const results = layout.total ? (layout.rank ? 2 : 1) : 0;
  const lastHeaderCol = TOTAL_COL - 1 + results;
  const lastCol = TOTAL_COL + 4; // Giải thích
  let r = 1;
  for (const [i, title] of (layout.titleRows ?? []).entries()) {
    const cells: CellSpec[] = [{ col: 1, v: title, s: i === 0 ? S.title : S.subtitle }];
    if (i === 0 && layout.valueInXfd) cells.push({ col: 16384, v: 'Ghi chú của văn phòng' });
    rows.push({ r, cells, ht: i === 0 ? 21 : undefined! });
    merges.push(`A${r}:${colName(lastCol)}${r}`);
    r++;
  }
  if (layout.titleRows?.length) r++; // a blank row under the title, as clerks leave it
  const codeLabel = (c: Criterion) => (layout.describedCodes ? `${c.code} - ${c.text}` : c.code);
  const resultHeaders: CellSpec[] = [];
  if (layout.total) resultHeaders.push({ col: TOTAL_COL, v: 'Tổng điểm', s: S.header });
  if (layout.rank) resultHeaders.push({ col: RANK_COL, v: 'Xếp hạng', s: S.header });
  let headerRow: number;
  if (layout.twoRowHeader) {
    const top = r;
    headerRow = r + 1;
    const groupA = CRITERIA.filter((c) => c.group === 'A').length;
    const groupB = CRITERIA.filter((c) => c.group === 'B').length;
    const top_: CellSpec[] = [
      { col: 1, v: 'STT', s: S.header },
      { col: 2, v: 'Đơn vị', s: S.header },
      { col: SCORE_COL, v: 'Nhóm A - Thực hiện nhiệm vụ chính trị', s: S.header },
      ...Array.from({ length: groupA - 1 }, (_, k) => ({ col: SCORE_COL + 1 + k, s: S.header })),
      { col: SCORE_COL + groupA, v: 'Nhóm B - Xây dựng Đảng, đoàn thể', s: S.header },
      ...Array.from({ length: groupB - 1 }, (_, k) => ({ col: SCORE_COL + groupA + 1 + k, s: S.header })),
      { col: SCORE_COL + groupA + groupB, v: 'Điểm thưởng, điểm trừ', s: S.header },
      { col: SCORE_COL + groupA + groupB + 1, s: S.header },
      ...resultHeaders,
    ];
    rows.push({ r: top, cells: top_ });
    merges.push(`A${top}:A${top + 1}`, `B${top}:B${top + 1}`);
    merges.push(`${a1(SCORE_COL, top)}:${a1(SCORE_COL + groupA - 1, top)}`);
    merges.push(`${a1(SCORE_COL + groupA, top)}:${a1(SCORE_COL + groupA + groupB - 1, top)}`);
    merges.push(`${a1(SCORE_COL + groupA + groupB, top)}:${a1(SCORE_COL + groupA + groupB + 1, top)}`);
    for (const h of resultHeaders) merges.push(`${a1(h.col, top)}:${a1(h.col, top + 1)}`);
    rows.push({
      r: headerRow,
      cells: [
        { col: 1, s: S.header },
        { col: 2, s: S.header },
        ...CRITERIA.map((c, k) => ({ col: SCORE_COL + k, v: codeLabel(c), s: S.header })),
        ...resultHeaders.map((h) => ({ col: h.col, s: S.header })),
      ],
      ht: 31.5,
    });
    r += 2;
  } else {
    headerRow = r;
    rows.push({
      r,
      cells: [{ col: 1, v: 'STT', s: S.header }, { col: 2, v: 'Đơn vị', s: S.header }, ...CRITERIA.map((c, k) => ({ col: SCORE_COL + k, v: codeLabel(c), s: S.header })), ...resultHeaders],
      ht: 31.5,
    });
    r++;
  }
  if (layout.maxRow) {
    rows.push({ r, cells: [{ col: 1, s: S.text }, { col: 2, v: layout.maxRow, s: S.group }, ...CRITERIA.map((c, k) => ({ col: SCORE_COL + k, v: c.max, s: S.num }))] });
    skipped.push({ row: r, text: layout.maxRow, kind: 'max' });
    r++;
  }
  const firstUnitRow = r;
  // Lay the unit rows out first (headings and gaps between them), then fill formulas once the range is known.
  const placed: { unit: Unit; index: number; row: number }[] = [];
  const headingRows: RowSpec[] = [];
  bloc.units.forEach((unit, index) => {
    const group = layout.groups ? bloc.groups.find((g) => g.at === index) : undefined;
    if (group) {
      const text = layout.groups === 'stt' ? group.title : `${group.roman}. ${group.title}`;
      headingRows.push({ r, cells: layout.groups === 'stt' ? [{ col: 1, v: group.roman, s: S.group }, { col: 2, v: text, s: S.group }] : [{ col: 1, s: S.group }, { col: 2, v: text, s: S.group }] });
      skipped.push({ row: r, text, kind: 'group' });
      r++;
    }
    placed.push({ unit, index, row: r });
    r++;
    if (layout.blankAfter?.includes(index)) r++;
  });
  const lastUnitRow = r - 1;
  const fillTo = lastUnitRow + (layout.fillPast ?? 0);
  const totals = bloc.units.map((u) => total_(u.points));
  const trueRanks = ranks(totals);
  const shownRanks = layout.rank === 'disagree' ? ranks(totals, true) : trueRanks;
  const disagreeing: string[] = [];
  const totalFormula = (row: number) => `SUM(${a1(SCORE_COL, row)}:${a1(SCORE_COL + 6, row)})+${a1(SCORE_COL + 7, row)}-${a1(SCORE_COL + 8, row)}`;
  const rankFormula = (row: number) => `RANK(${a1(TOTAL_COL, row)},$${colName(TOTAL_COL)}$${firstUnitRow}:$${colName(TOTAL_COL)}$${lastUnitRow}${layout.rank === 'disagree' ? ',1' : ''})`;
  for (const { unit, index, row } of placed) {
    const stt = index + 1;
    const name: CellSpec =
      layout.richName === index
        ? { col: 2, rich: [{ text: unit.name.split(' ')[0]! + ' ', bold: true }, { text: unit.name.split(' ').slice(1).join(' ') }], s: S.text }
        : { col: 2, v: unit.name, s: S.text, inline: layout.inlineNames ?? false };
    const cells: CellSpec[] = [{ col: 1, v: stt, s: S.text }, name, ...unit.points.map((p, k) => ({ col: SCORE_COL + k, v: p, s: S.num }))];
    const blankPenalty = unit.points[8] === 0 && index % 2 === 1;
    if (blankPenalty) cells.pop(); // a blank penalty cell is 0
    if (layout.total === 'shared') {
      const first = row === placed[0]!.row;
      cells.push({ col: TOTAL_COL, v: totals[index]!, f: first ? totalFormula(row) : undefined!, shared: first ? { si: 0, ref: `${a1(TOTAL_COL, row)}:${a1(TOTAL_COL, fillTo)}` } : { si: 0 }, s: S.num });
    } else if (layout.total === 'plain') cells.push({ col: TOTAL_COL, v: totals[index]!, f: totalFormula(row), s: S.num });
    if (layout.rank) {
      const first = row === placed[0]!.row;
      cells.push({ col: RANK_COL, v: shownRanks[index]!, f: first ? rankFormula(row) : undefined!, shared: first ? { si: 1, ref: `${a1(RANK_COL, row)}:${a1(RANK_COL, lastUnitRow)}` } : { si: 1 }, s: S.num });
      if (shownRanks[index] !== trueRanks[index]) disagreeing.push(a1(RANK_COL, row));
    }
    rows.push({ r: row, cells, hidden: layout.hiddenUnit === index });
    unitRows.push(row);
    if (layout.hiddenUnit === index) hiddenUnitRows.push(row);
  }
  rows.push(...headingRows);
  // Gaps inside the unit block and the rows the total is filled down past: blank, with the formula where filled.
  const used = new Set(rows.map((x) => x.r));
  for (let row = firstUnitRow; row <= fillTo; row++) {
    if (used.has(row)) continue;
    if (layout.total === 'shared') rows.push({ r: row, cells: [{ col: TOTAL_COL, v: 0, shared: { si: 0 }, s: S.num }] });
  }
  r = fillTo + 1;
  for (const label of layout.summaryRows ?? []) {
    const fn = label === 'Tổng cộng' || label === 'Cộng' ? 'SUM' : 'AVERAGE';
    const cells: CellSpec[] = [{ col: 1, s: S.group }, { col: 2, v: label, s: S.group }];
    CRITERIA.forEach((_, k) => {
      const col = SCORE_COL + k;
      const values = bloc.units.map((u) => u.points[k]!);
      const sum = values.reduce((a, b) => a + b, 0);
      const v = fn === 'SUM' ? sum : Math.round((sum / values.length) * 1e6) / 1e6;
      cells.push({ col, v, f: `${fn}(${a1(col, firstUnitRow)}:${a1(col, lastUnitRow)})`, s: S.num });
    });
    rows.push({ r, cells });
    skipped.push({ row: r, text: label, kind: 'summary' });
    r++;
  }
  if (layout.signature) {
    r++;
    const signCol = SCORE_COL + 5;
    rows.push({ r, cells: [{ col: signCol, v: `${bloc.place}, ngày 15 tháng 12 năm ${bloc.year}`, s: S.italic }] });
    merges.push(`${a1(signCol, r)}:${a1(signCol + 4, r)}`);
    skipped.push({ row: r, text: `${bloc.place}, ngày 15 tháng 12 năm ${bloc.year}`, kind: 'signature' });
    r++;
    rows.push({ r, cells: [{ col: 2, v: 'Người lập biểu', s: S.bold }, { col: signCol, v: 'TM. KHỐI TRƯỞNG', s: S.bold }] });
    merges.push(`${a1(signCol, r)}:${a1(signCol + 4, r)}`);
    r++;
    rows.push({ r, cells: [{ col: signCol, v: 'CHÁNH VĂN PHÒNG', s: S.bold }] });
    merges.push(`${a1(signCol, r)}:${a1(signCol + 4, r)}`);
    r += 4;
    rows.push({ r, cells: [{ col: 2, v: 'Nguyễn Thị Hồng', s: S.bold }, { col: signCol, v: 'Trần Văn Minh', s: S.bold }] });
    merges.push(`${a1(signCol, r)}:${a1(signCol + 4, r)}`);
    r++;
  }
  const resultColumns = [0, 1, 2, 3, 4].map((k) => colName(TOTAL_COL + k));
  const cols = `<cols><col min="1" max="1" width="5.7109375" customWidth="1"/><col min="2" max="2" width="42.7109375" customWidth="1"/><col min="3" max="${TOTAL_COL + 1}" width="9.140625" customWidth="1"/></cols>`;
  return {
    sheet: { name: 'Chấm điểm', rows, merges, cols, ...(layout.valueInXfd ? { dimension: `A1:XFD${r - 1}` } : {}) },
    headerRow,
    firstRow: firstUnitRow,
    lastRow: lastUnitRow,
    unitRows,
    skipped,
    hiddenUnitRows,
    lastHeaderCol,
    resultColumns,
    disagreeingFormulaCells: disagreeing,
  };
}

export function settingsSheet(bloc: Bloc): SheetSpec {
  const items: [string, string | number][] = [
    ['Năm', bloc.year],
    ['Tên khối', bloc.bloc],
    ['Cơ quan chủ quản', bloc.authority],
    ['Địa danh', bloc.place],
    ['Khối trưởng', bloc.leader],
    ['Khối phó', bloc.deputy],
    ['Số Cờ thi đua UBND tỉnh', 1],
    ['Số Bằng khen', 'Tự động'],
  ];
  return {
    name: 'Cấu hình',
    rows: [
      { r: 1, cells: [{ col: 1, v: 'Mục', s: S.header }, { col: 2, v: 'Giá trị', s: S.header }] },
      ...items.map(([k, v], i) => ({ r: i + 2, cells: [{ col: 1, v: k, s: S.text }, { col: 2, v, s: S.text }] })),
    ],
    cols: '<cols><col min="1" max="1" width="32.7109375" customWidth="1"/><col min="2" max="2" width="52.7109375" customWidth="1"/></cols>',
  };
}

export function criteriaSheet(): SheetSpec {
  return {
    name: 'Tiêu chí',
    rows: [
      { r: 1, cells: ['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'].map((v, i) => ({ col: i + 1, v, s: S.header })) },
      ...CRITERIA.map((c, i) => ({
        r: i + 2,
        cells: [
          { col: 1, v: c.code, s: S.text },
          { col: 2, v: c.group, s: S.text },
          { col: 3, v: c.text, s: S.text },
          { col: 4, v: c.max, s: S.num },
          { col: 5, v: c.kind, s: S.text },
        ],
      })),
    ],
    cols: '<cols><col min="3" max="3" width="48.7109375" customWidth="1"/></cols>',
  };
}

/** The clean twin: the same bloc in the plain layout the first reader already ranks. */
export function twinBook(bloc: Bloc): BookSpec {
  const plain = scoresSheet(bloc, {});
  return { sheets: [settingsSheet(bloc), criteriaSheet(), plain.sheet] };
}
