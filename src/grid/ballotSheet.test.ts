import { describe, expect, it } from 'vitest';
import { rankBloc } from '../core/rankBloc.js';
import { makeBloc } from '../../tests/helpers/makeBloc.js';
import { sampleBook } from './_lib/sampleBook.js';
import { dossierWorkbook } from './dossierWorkbook.js';
import { rankWorkbook } from './rankWorkbook.js';
import { readBallot } from './readBallot.js';
import type { SheetSpec } from './sheetSpec.js';
import { ballotSheet } from './templateSheets.js';
import type { CellValue, SheetGrid } from './types.js';

/** The spec as the grid a reader sees, with `fill` typed into cells (1-based row → col → value). */
function asGrid(spec: SheetSpec, fill: Record<number, Record<number, CellValue>> = {}): SheetGrid {
  const rows: CellValue[][] = [];
  for (const c of spec.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.value;
  for (const [r, cols] of Object.entries(fill)) for (const [c, v] of Object.entries(cols)) (rows[Number(r) - 1] ??= [])[Number(c) - 1] = v;
  return { name: spec.name, rows: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) };
}

describe('ballotSheet', () => {
  const result = rankWorkbook(sampleBook()).result!;

  it('lists the candidates in rank order with blank vote cells validated to whole numbers 0..voters', () => {
    const spec = ballotSheet(result, { lang: 'vi', voters: 5 });
    expect(spec.name).toBe('Bình bầu');
    const grid = asGrid(spec);
    expect(grid.rows).toEqual([
      ['STT', 'Đơn vị', 'Xếp hạng', 'Đề nghị theo kết quả xếp hạng', 'Cờ thi đua Chính phủ', 'Cờ thi đua UBND tỉnh', 'Bằng khen'],
      [1, 'Văn phòng Tỉnh uỷ', 1, 'Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh', null, null, null],
      [2, 'Ban Tổ chức Tỉnh uỷ', 2, 'Bằng khen của Chủ tịch UBND tỉnh', null, null, null],
    ]);
    expect(spec.validations).toEqual([expect.objectContaining({ top: 2, bottom: 3, left: 5, right: 7, rule: { type: 'decimal', min: 0, max: 5, whole: true } })]);
    // forms a unit is not a candidate for are shaded
    const shaded = spec.cells.filter((c) => c.style?.fill === 'F2F2F2').map((c) => [c.row, c.col]);
    expect(shaded).toEqual([[2, 7], [3, 5], [3, 6]]);
    expect(ballotSheet(result, { lang: 'en', voters: 5 }).name).toBe('Ballot');
  });

  it('reads back through readBallot and drives the dossier once the counts are typed in', () => {
    const spec = ballotSheet(result, { lang: 'vi', voters: 5 });
    const filled = asGrid(spec, { 2: { 5: 5, 6: 5 }, 3: { 7: 4 } });
    const units = result.units.map((u) => u.name);
    const read = readBallot(filled, { units, scoresSheet: 'Chấm điểm', voters: 5 });
    expect(read.issues).toEqual([]);
    expect(read.value!.votes.get(1)).toEqual({ CO_CHINH_PHU: null, CO_UBND_TINH: null, BANG_KHEN_UBND_TINH: 4 });
    const book = sampleBook();
    const run = dossierWorkbook({ sheets: [...book.sheets, filled] });
    expect(run.ballot!.proposals.map((p) => [p.name, p.award, p.status])).toEqual([
      ['Văn phòng Tỉnh uỷ', 'CO_CHINH_PHU', 'passed'],
      ['Văn phòng Tỉnh uỷ', 'CO_UBND_TINH', 'passed'],
      ['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', 'passed'],
    ]);
  });

  it('lists every unit tied across a quota with the forms in play', () => {
    const tied = rankBloc(
      makeBloc([
        { name: 'A', points: [59, 40, 0, 0] },
        { name: 'B', points: [58, 40, 0, 0] },
        { name: 'C', points: [58, 40, 0, 0] },
      ], { certificates: 1 }),
    ).value!;
    const rows = asGrid(ballotSheet(tied, { lang: 'vi', voters: 3 })).rows;
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Đơn vị', 'Xếp hạng', 'Đề nghị theo kết quả xếp hạng'],
      ['A', 1, 'Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh'],
      ['B', 2, 'Cần bình xét: Bằng khen của Chủ tịch UBND tỉnh'],
      ['C', 2, 'Cần bình xét: Bằng khen của Chủ tịch UBND tỉnh'],
    ]);
  });
});
