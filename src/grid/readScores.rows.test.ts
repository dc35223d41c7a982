import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../core/messages.js';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { rankWorkbook } from './rankWorkbook.js';
import { readBloc } from './readBloc.js';
import type { CellRange, CellValue, SheetGrid } from './types.js';

// A scores sheet shaped like a clerk's: title rows, a two-row header (groups over codes, STT and
// Đơn vị merged down), the maximum-points row, roman group headings with subtotals, a gap, a hidden
// unit, an average and a grand total, then the signature block.
const GROUPS: CellValue[] = ['STT', 'Đơn vị', 'Nhóm A - Chính trị', null, 'Nhóm B - Thi đua', null, 'Nhóm C', null, 'Nhóm D', 'Nhóm E', 'Điểm thưởng', 'Điểm trừ', 'Số phiếu', 'Tỷ lệ nữ (%)', 'Kỷ luật', 'Vượt chỉ tiêu', 'Tổ chức đảng, đoàn thể vững mạnh', 'Ghi chú'];
const CODES: CellValue[] = [null, null, 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'E1', 'T1', 'K1'];
const U1: CellValue[] = [1, 'Văn phòng Tỉnh ủy', 29, 9.5, 15, 5, 10, 10, 15, 5, 2, null, 9, 45, 'Không', 'Có', 'Có'];
const U2: CellValue[] = [2, 'Ban Tổ chức Tỉnh ủy', 28, 9, 14, 5, 10, 9, 15, 5, 1, 0, 8, 75, 'Không', 'Có', 'Có'];
const U3: CellValue[] = [3, 'Ủy ban MTTQ Việt Nam tỉnh', 27, 9, 14, 4, 9, 9, 14, 5, null, 1, 7, 30];
const U4: CellValue[] = [4, 'Trường Chính trị tỉnh', 26, 8, 13, 4, 9, 8, 13, 4, null, null, 6, 72];
const U5: CellValue[] = [5, 'Trường Cao đẳng Cộng đồng Đắk Nông', 25, 8, 12, 4, 8, 8, 12, 4, null, null, 5, 20];
const sum = (rows: CellValue[][], label: string, div = 1): CellValue[] => [
  null,
  label,
  ...Array.from({ length: 10 }, (_, j) => rows.reduce<number>((a, r) => a + Number(r[j + 2] ?? 0), 0) / div),
];
const CLERK_ROWS: CellValue[][] = [
  ['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024'], // 1
  [null, 'Khối thi đua số 2'], // 2
  GROUPS, // 3
  CODES, // 4
  [null, 'Điểm tối đa', 30, 10, 15, 5, 10, 10, 15, 5, 10, null], // 5
  ['I', 'Khối cơ quan Đảng'], // 6
  U1, // 7
  U2, // 8
  sum([U1, U2], 'Cộng'), // 9
  [], // 10
  ['II', 'Khối Mặt trận, trường'], // 11
  U3, // 12 (hidden)
  U4, // 13
  U5, // 14
  sum([U1, U2, U3, U4, U5], 'Bình quân', 5), // 15
  ['Tổng cộng', null, ...sum([U1, U2, U3, U4, U5], '').slice(2)], // 16
  [], // 17
  [null, 'Người lập biểu', null, null, null, null, null, null, null, null, 'TM. KHỐI TRƯỞNG'], // 18
  [null, null, null, null, null, null, null, null, null, null, 'Đắk Nông, ngày 20 tháng 12 năm 2024'], // 19
  [null, 'Nguyễn Văn An', null, null, null, null, null, null, null, null, 'Trần Thị Bình'], // 20
];
const MERGES: CellRange[] = [
  { top: 1, left: 1, bottom: 1, right: 18 },
  { top: 3, left: 1, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 4, right: 2 },
  { top: 3, left: 3, bottom: 3, right: 4 },
  { top: 3, left: 13, bottom: 4, right: 13 },
];
const clerkSheet = (over: Partial<SheetGrid> = {}): SheetGrid => ({
  name: 'Chấm điểm',
  rows: CLERK_ROWS,
  merges: MERGES,
  hiddenRows: new Set([12]),
  ...over,
});
const bookWith = (sheet: SheetGrid) => withSheet(sampleBook(), sheet);

describe('which rows are units, on a sheet shaped like a clerk’s', () => {
  it('ranks exactly the five units; every other row under the header is named and skipped', () => {
    const run = rankWorkbook(bookWith(clerkSheet()));
    expect(run.book!.layout.headerRow).toBe(4);
    expect(run.book!.layout.headerTop).toBe(3);
    expect(run.book!.layout.unitRows).toEqual([7, 8, 12, 13, 14]);
    expect(run.book!.input.units.map((u) => u.name)).toEqual([U1, U2, U3, U4, U5].map((u) => u[1]));
    expect(run.book!.input.units[0]!.points).toEqual([29, 9.5, 15, 5, 10, 10, 15, 5, 2, null]);
    const grid = run.issues.filter((i) => i.sheet === 'Chấm điểm');
    expect(grid.map((i) => [i.severity, i.code, i.cell, i.params.reason ?? ''])).toEqual([
      ['info', 'ROW_SKIPPED', 'B5', 'maxPoints'],
      ['info', 'ROW_SKIPPED', 'B6', 'heading'],
      ['info', 'ROW_SKIPPED', 'B9', 'total'],
      ['info', 'ROW_SKIPPED', 'B10', 'blank'],
      ['info', 'ROW_SKIPPED', 'B11', 'heading'],
      ['info', 'ROW_SKIPPED', 'B15', 'total'],
      ['info', 'ROW_SKIPPED', 'A16', 'total'],
      ['info', 'ROW_SKIPPED', 'B17', 'blank'],
      ['info', 'SIGNATURE_SKIPPED', 'B18', ''],
      ['warning', 'UNIT_ROW_HIDDEN', 'B12', ''],
    ]);
    const vi = grid.map((i) => formatIssue(i, 'vi'));
    expect(vi[5]).toBe('Trang "Chấm điểm", ô B15: Dòng 15 "Bình quân" là dòng tổng cộng, bình quân, không phải đơn vị — bỏ qua.');
    expect(vi[8]).toContain('bỏ qua dòng 18–20');
    expect(vi[9]).toBe('Trang "Chấm điểm", ô B12: Dòng 12 của đơn vị "Ủy ban MTTQ Việt Nam tỉnh" đang bị ẩn: đơn vị vẫn được xếp hạng; hãy bỏ ẩn dòng để kiểm tra.');
    expect(formatIssue(grid[1]!, 'en')).toBe('Sheet "Chấm điểm", cell B6: Row 6 "Khối cơ quan Đảng" is a group heading, not a unit — skipped.');
    // Ranked: result cells only on the unit rows, in the result columns after the used range.
    expect(run.result!.units).toHaveLength(5);
    const rowsWritten = new Set(run.writes.filter((w) => w.role !== 'header').map((w) => w.row));
    expect([...rowsWritten].sort((a, b) => a - b)).toEqual([7, 8, 12, 13, 14]);
    expect(run.writes.filter((w) => w.role === 'header').map((w) => [w.row, w.col])).toEqual([
      [4, 19],
      [4, 20],
      [4, 21],
      [4, 22],
      [4, 23],
    ]);
  });

  it('the same sheet without merge information reads the same', () => {
    const run = rankWorkbook(bookWith(clerkSheet({ merges: [] })));
    expect(run.book!.layout.unitRows).toEqual([7, 8, 12, 13, 14]);
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('letter group headings and a one-row header with "Điểm chuẩn" read the same way', () => {
    const rows: CellValue[][] = [
      ['BẢNG ĐIỂM'],
      [...GROUPS.slice(0, 2), ...CODES.slice(2), ...GROUPS.slice(12)],
      ['Điểm chuẩn', null, 30, 10, 15, 5, 10, 10, 15, 5, 10],
      ['A', 'Các cơ quan Đảng'],
      U1,
      U2,
      ['B', 'Các đoàn thể'],
      U3,
      U4,
      U5,
      ['KT. KHỐI TRƯỞNG'],
    ];
    const run = rankWorkbook(bookWith({ name: 'Chấm điểm', rows }));
    expect(run.book!.layout.unitRows).toEqual([5, 6, 8, 9, 10]);
    expect(run.issues.filter((i) => i.sheet === 'Chấm điểm').map((i) => [i.code, i.cell])).toEqual([
      ['ROW_SKIPPED', 'A3'],
      ['ROW_SKIPPED', 'B4'],
      ['ROW_SKIPPED', 'B7'],
      ['SIGNATURE_SKIPPED', 'A11'],
    ]);
    expect(run.writes.length).toBeGreaterThan(0);
  });

  it('a row that cannot be told apart is an error naming its cell; nothing is written', () => {
    const rows = CLERK_ROWS.map((r, i) => (i === 12 ? ['III', ...r.slice(1)] : r));
    const run = rankWorkbook(bookWith(clerkSheet({ rows })));
    const errors = run.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell, i.params.reason])).toEqual([['ROW_AMBIGUOUS', 'B13', 'heading']]);
    expect(formatIssue(errors[0]!, 'vi')).toContain('Không xác định được dòng 13 "Trường Chính trị tỉnh" là đơn vị hay dòng tên nhóm');
    expect(run.writes).toEqual([]);
    // A grand total with a unit-like name: its points are the sum of the units above.
    const named = CLERK_ROWS.map((r, i) => (i === 15 ? [null, 'Toàn khối', ...r.slice(2)] : r));
    const total = rankWorkbook(bookWith(clerkSheet({ rows: named })));
    expect(total.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.params.reason])).toEqual([
      ['ROW_AMBIGUOUS', 'B16', 'total'],
    ]);
  });

  it('points in skipped rows are never read: text, errors and dates in a total row raise nothing', () => {
    const rows = CLERK_ROWS.map((r, i) => (i === 8 ? [null, 'Cộng', '#N/A', { error: '#REF!' }, new Date(Date.UTC(2024, 0, 1)), 'x'] : r));
    const r = readBloc(bookWith(clerkSheet({ rows })));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.value!.layout.unitRows).toEqual([7, 8, 12, 13, 14]);
  });

  it('below the signature block, a row with a name and every score is an error, never a silent skip', () => {
    const rows = [...CLERK_ROWS, [6, 'Báo Đắk Nông', 25, 8, 12, 4, 8, 8, 12, 4, 0, 0]];
    const r = readBloc(bookWith(clerkSheet({ rows })));
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.params.reason])).toEqual([
      ['ROW_AMBIGUOUS', 'B21', 'belowSignature'],
    ]);
  });
});

describe('which rows are units (property)', () => {
  type Helper = 'blank' | 'heading' | 'subtotal' | 'average' | 'max';
  const helper = fc.constantFrom<Helper>('blank', 'heading', 'subtotal', 'average', 'max');
  const unit = fc.record({
    points: fc.tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 10 }),
    ),
    hidden: fc.boolean(),
  });
  const layout = fc.array(fc.oneof(unit.map((u) => ({ kind: 'unit' as const, ...u })), helper.map((h) => ({ kind: h }))), {
    minLength: 1,
    maxLength: 40,
  });

  it('gives exactly the generated units, in order; every other row is named; nothing is guessed', () => {
    fc.assert(
      fc.property(layout, fc.boolean(), (items, signature) => {
        const rows: CellValue[][] = [['BẢNG ĐIỂM'], GROUPS, CODES];
        const names: string[] = [];
        const unitRows: number[] = [];
        const hidden = new Set<number>();
        const skipped: number[] = [];
        let roman = 0;
        for (const item of items) {
          const row = rows.length + 1;
          if (item.kind === 'unit') {
            const name = `Đơn vị số ${names.length + 1}`;
            names.push(name);
            unitRows.push(row);
            // Halves keep a unit off any running sum or average of whole points by chance.
            rows.push([names.length, name, ...item.points.map((p) => p + 0.25)]);
            if (item.hidden) hidden.add(row);
            continue;
          }
          skipped.push(row);
          if (item.kind === 'blank') rows.push([]);
          else if (item.kind === 'heading') rows.push([['I', 'II', 'III', 'IV', 'V'][roman++ % 5]!, `Khối ${roman}`]);
          else if (item.kind === 'subtotal') rows.push([null, 'Cộng', 1, 2, 3]);
          else if (item.kind === 'average') rows.push(['Bình quân', null, 1, 2]);
          else rows.push([null, 'Điểm tối đa', 30, 10, 15, 5, 10, 10, 15, 5, 10]);
        }
        // Trailing blank rows are not gaps: nothing to say about them.
        while (skipped.length > 0 && rows[skipped.at(-1)! - 1]!.length === 0 && skipped.at(-1)! === rows.length) {
          skipped.pop();
          rows.pop();
        }
        if (signature) rows.push([null, 'Người lập biểu'], [null, 'Nguyễn Văn An']);
        const r = readBloc(bookWith({ name: 'Chấm điểm', rows, hiddenRows: hidden }));
        const scores = r.issues.filter((i) => i.sheet === 'Chấm điểm');
        expect(scores.filter((i) => i.severity === 'error')).toEqual([]);
        if (names.length === 0) return;
        expect(r.value!.input.units.map((u) => u.name)).toEqual(names);
        expect(r.value!.layout.unitRows).toEqual(unitRows);
        const named = scores.filter((i) => i.code === 'ROW_SKIPPED').map((i) => Number(i.params.row));
        expect(named).toEqual(skipped);
        expect(scores.filter((i) => i.code === 'SIGNATURE_SKIPPED')).toHaveLength(signature ? 1 : 0);
        const hiddenUnits = scores.filter((i) => i.code === 'UNIT_ROW_HIDDEN').map((i) => Number(i.params.row));
        expect(hiddenUnits).toEqual(unitRows.filter((row) => hidden.has(row)));
      }),
      { numRuns: 150 },
    );
  });
});
