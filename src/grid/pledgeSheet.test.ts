import { describe, expect, it } from 'vitest';
import { makeBloc, thamMuuTongHop } from '../../tests/fixtures/blocs.js';
import { buildPledge } from '../core/pledge/buildPledge.js';
import { PLEDGE_BLEED } from '../core/pledge/styles.js';
import type { PledgeDocument } from '../core/pledge/types.js';
import { pledgeSheet } from './pledgeSheet.js';
import type { SheetSpec, SpecCell } from './sheetSpec.js';

const model = (input = thamMuuTongHop()): PledgeDocument => buildPledge(input, null).value!;
const cellWith = (spec: SheetSpec, text: string): SpecCell => {
  const cell = spec.cells.find((c) => typeof c.value === 'string' && c.value.trim() === text);
  if (!cell) throw new Error(`no cell "${text}"`);
  return cell;
};
const mergeAt = (spec: SheetSpec, c: SpecCell) => spec.merges?.find((m) => m.top === c.row && m.left === c.col);

describe('pledgeSheet', () => {
  const spec = pledgeSheet(model());
  const columns = spec.columnWidths!.length;

  it('is named after the pledge year and set up for A4 portrait, one page wide', () => {
    expect(spec.name).toBe('Giao ước 2026');
    // The sheet's print margins make room for the header and signatures' bleed; running text keeps 30/15 mm.
    expect(spec.pageSetup).toEqual({
      paperSize: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30 - PLEDGE_BLEED.left, right: 15 - PLEDGE_BLEED.right },
      fitToWidth: true,
      rowBreaks: spec.pageSetup!.rowBreaks,
    });
    expect(pledgeSheet(model(), { name: 'Pledge' }).name).toBe('Pledge');
  });

  it('spans the printable width of A4 between its print margins (Excel: 7 px per unit of stored width)', () => {
    const px = spec.columnWidths!.reduce((a, w) => a + w * 7, 0);
    const mm = (px * 25.4) / 96;
    expect(mm).toBeGreaterThan(170);
    expect(mm).toBeLessThan(176);
    expect(spec.columnWidths!.every((w) => w > 0)).toBe(true);
  });

  it('keeps running text within the text width and lets the header and signatures bleed', () => {
    const intro = spec.cells.find((c) => typeof c.value === 'string' && c.value.includes('thống nhất ký kết'))!;
    const body = mergeAt(spec, intro)!;
    expect(body.left).toBe(2);
    expect(body.right).toBe(columns - 1);
    expect(cellWith(spec, 'UBND TỈNH TÂY NINH').col).toBe(1);
    expect(mergeAt(spec, cellWith(spec, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!.right).toBe(columns);
  });

  it('keeps every merge inside the sheet and never overlaps two merges', () => {
    const lastRow = Math.max(...spec.cells.map((c) => c.row), ...Object.keys(spec.rowHeights!).map(Number));
    const taken = new Set<string>();
    for (const m of spec.merges!) {
      expect(m.left).toBeGreaterThanOrEqual(1);
      expect(m.top).toBeGreaterThanOrEqual(1);
      expect(m.right).toBeLessThanOrEqual(columns);
      expect(m.bottom).toBeLessThanOrEqual(lastRow);
      expect(m.right >= m.left && m.bottom >= m.top).toBe(true);
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          expect(taken.has(`${r}:${c}`)).toBe(false);
          taken.add(`${r}:${c}`);
        }
    }
    // A value only ever sits at the top-left cell of its merge.
    for (const cell of spec.cells) {
      const inside = spec.merges!.find(
        (m) => cell.row >= m.top && cell.row <= m.bottom && cell.col >= m.left && cell.col <= m.right,
      );
      if (inside && cell.value !== null) expect([inside.top, inside.left]).toEqual([cell.row, cell.col]);
    }
  });

  it('sets every text in Times New Roman with the sizes of the model', () => {
    const texts = spec.cells.filter((c) => c.value !== null);
    expect(texts.every((c) => c.style?.font === 'Times New Roman' && c.style.wrap)).toBe(true);
    expect(cellWith(spec, 'UBND TỈNH TÂY NINH').style).toMatchObject({ size: 13, horizontal: 'center' });
    expect(cellWith(spec, 'UBND TỈNH TÂY NINH').style?.bold).toBeUndefined();
    expect(cellWith(spec, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').style).toMatchObject({ size: 13, bold: true });
    expect(cellWith(spec, 'Độc lập - Tự do - Hạnh phúc').style).toMatchObject({ size: 14, bold: true });
    expect(cellWith(spec, 'Tây Ninh, ngày …… tháng …… năm 2026').style).toMatchObject({ size: 14, italic: true });
    expect(cellWith(spec, 'KHỐI THI ĐUA CÁC CƠ QUAN').style).toMatchObject({ size: 13, bold: true });
    expect(cellWith(spec, 'GIAO ƯỚC THI ĐUA NĂM 2026').style).toMatchObject({
      size: 14,
      bold: true,
      horizontal: 'center',
    });
    expect(cellWith(spec, 'Nơi nhận:').style).toMatchObject({ size: 12, bold: true, italic: true, horizontal: 'left' });
    const body = spec.cells.find((c) => typeof c.value === 'string' && c.value.includes('thống nhất ký kết'))!;
    expect(body.style).toMatchObject({ size: 14, horizontal: 'justify' });
  });

  it('sets the header line by line, the bloc name broken near its middle', () => {
    const first = cellWith(spec, 'KHỐI THI ĐUA CÁC CƠ QUAN');
    expect(cellWith(spec, 'THAM MƯU - TỔNG HỢP').row).toBe(first.row + 1);
    const authority = cellWith(spec, 'UBND TỈNH TÂY NINH');
    expect(cellWith(spec, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').row).toBe(authority.row);
    expect(cellWith(spec, 'Độc lập - Tự do - Hạnh phúc').row).toBe(first.row);
  });

  it('puts the header blocks side by side, left narrower than right, with their rules', () => {
    const authority = cellWith(spec, 'UBND TỈNH TÂY NINH');
    const national = cellWith(spec, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(authority.row).toBe(national.row);
    expect(authority.col).toBe(1);
    const left = mergeAt(spec, authority)!;
    const right = mergeAt(spec, national)!;
    expect(right.left).toBe(left.right + 1);
    expect(right.right).toBe(columns);
    // Rules: top borders on the row under the bloc name and under the motto, not touching the block edges.
    const blocName = cellWith(spec, 'THAM MƯU - TỔNG HỢP');
    const motto = cellWith(spec, 'Độc lập - Tự do - Hạnh phúc');
    const ruled = (row: number, from: number, to: number) =>
      spec.cells
        .filter((c) => c.row === row && c.col >= from && c.col <= to && c.style?.border?.includes('top'))
        .map((c) => c.col);
    const leftRule = ruled(blocName.row + 1, left.left, left.right);
    const rightRule = ruled(motto.row + 1, right.left, right.right);
    expect(rightRule.length).toBeGreaterThan(0);
    expect(leftRule.length).toBeGreaterThan(0);
    expect(Math.min(...leftRule)).toBeGreaterThan(left.left);
    expect(Math.max(...leftRule)).toBeLessThan(left.right);
    expect(Math.min(...rightRule)).toBeGreaterThan(right.left);
    expect(Math.max(...rightRule)).toBeLessThan(right.right);
  });

  it('lists every signatory once, in signing order, in two halves with the odd last one centred', () => {
    const m = model();
    const names = m.signatories.map((s) => cellWith(spec, s.toUpperCase()));
    expect(names.map((c) => c.row)).toEqual([...names.map((c) => c.row)].sort((a, b) => a - b));
    const [leader, deputy] = names;
    expect(leader!.row).toBe(deputy!.row);
    expect(leader!.col).toBe(1);
    expect(deputy!.col).toBeGreaterThan(1);
    const last = mergeAt(spec, names[names.length - 1]!)!;
    expect(names).toHaveLength(7);
    expect([last.left, last.right]).toEqual([1, columns]);
    // The leader and deputy carry their tags; every name has its signer's title (or a dotted line) under it,
    // a space to sign and seal, then the signer's name (or a dotted line).
    const at = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([at(leader!.row + 1, leader!.col), at(deputy!.row + 1, deputy!.col)]).toEqual(['KHỐI TRƯỞNG', 'KHỐI PHÓ']);
    for (const name of names.slice(2)) {
      expect(at(name.row + 1, name.col)).toMatch(/^…+$/);
      expect(spec.rowHeights![name.row + 2]).toBeGreaterThanOrEqual(60);
      expect(at(name.row + 3, name.col)).toMatch(/^…+$/);
    }
    expect(spec.cells.some((c) => c.value === 'THỦ TRƯỞNG ĐƠN VỊ')).toBe(false);
  });

  it('breaks pages so that no signature pair is split and "Nơi nhận" stays with the last pair', () => {
    const big = pledgeSheet(model(makeBloc(Array.from({ length: 15 }, (_, i) => `Đơn vị số ${i + 1}`), { leader: 'Đơn vị số 1', deputy: 'Đơn vị số 2' })));
    const breaks = big.pageSetup!.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const nameRows = big.cells.filter((c) => typeof c.value === 'string' && /^ĐƠN VỊ SỐ \d+$/.test(c.value)).map((c) => c.row);
    // A pair spans its name row to its signer row (name + title + space + signer, + a tag row for the first pair).
    for (const row of new Set(nameRows)) for (const b of breaks) expect(b < row || b >= row + 3).toBe(true);
    const recipients = big.cells.find((c) => c.value === 'Nơi nhận:')!.row;
    const lastPair = Math.max(...nameRows);
    for (const b of breaks) expect(b < lastPair || b >= recipients + 3).toBe(true);
  });

  it('gives wrapped paragraphs taller rows', () => {
    const title = cellWith(spec, 'GIAO ƯỚC THI ĐUA NĂM 2026');
    const intro = spec.cells.find((c) => typeof c.value === 'string' && c.value.includes('thống nhất ký kết'))!;
    expect(spec.rowHeights![intro.row]!).toBeGreaterThan(spec.rowHeights![title.row]! - 18 + 14 * 1.2);
    for (const [row, height] of Object.entries(spec.rowHeights!)) expect(height, `row ${row}`).toBeGreaterThan(0);
  });

  it('fills placeholder cells in yellow unless told not to', () => {
    const draft = model(thamMuuTongHop({ blocDecision: null }));
    const find = (s: SheetSpec) =>
      s.cells.find((c) => typeof c.value === 'string' && c.value.includes('Quyết định số ……'))!;
    expect(find(pledgeSheet(draft)).style?.fill).toBe('FFFF00');
    expect(find(pledgeSheet(draft, { highlightPlaceholders: false })).style?.fill).toBeUndefined();
  });

  it('lays out an even bloc without a centred cell', () => {
    const even = pledgeSheet(model(makeBloc(['A', 'B', 'C', 'D'], { leader: 'A', deputy: 'B' })));
    const names = ['B', 'C', 'A', 'D'].map((n) => cellWith(even, n));
    expect(names.map((c) => c.row)).toEqual([names[0]!.row, names[0]!.row, names[2]!.row, names[2]!.row]);
    // First pair: name, tag, title, space, signer; the next pair starts under it.
    expect(names[2]!.row).toBe(names[0]!.row + 5);
  });
});
