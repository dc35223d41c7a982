import { describe, expect, it } from 'vitest';
import { createExplainer } from '../core/createExplainer.js';
import { issue, type Issue } from '../core/issue.js';
import { formatIssue } from '../core/messages.js';
import { rankBloc } from '../core/rankBloc.js';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { locateIssue } from './locateIssue.js';
import { mergeIssues } from './mergeIssues.js';
import { readBloc } from './readBloc.js';
import { resultWrites } from './resultWrites.js';
import type { CellValue } from './types.js';

const { layout } = readBloc(sampleBook()).value!;

describe('locateIssue', () => {
  it.each([
    [{ unit: 0, field: 'c:0' }, 'Chấm điểm', 'C3'],
    [{ unit: 2, field: 'c:9' }, 'Chấm điểm', 'L5'],
    [{ unit: 1, field: 'votes' }, 'Chấm điểm', 'M4'],
    [{ unit: 1, field: 'womenPercent' }, 'Chấm điểm', 'N4'],
    [{ unit: 4, field: 'discipline' }, 'Chấm điểm', 'O7'],
    [{ unit: 4, field: 'newModel' }, 'Chấm điểm', 'B7'],
    [{ unit: 3, field: 'total' }, 'Chấm điểm', 'S6'],
    [{ unit: 3 }, 'Chấm điểm', 'B6'],
    [{ field: 'setting:leader' }, 'Cấu hình', 'B7'],
    [{ field: 'setting:bands' }, 'Cấu hình', 'B10'],
    [{ field: 'criterion:2' }, 'Tiêu chí', 'A5'],
    [{ field: 'criterion:2:max' }, 'Tiêu chí', 'D5'],
    [{ field: 'c:1' }, 'Tiêu chí', 'A4'],
  ])('%j → %s!%s', (where, sheet, cell) => {
    expect(locateIssue(issue('error', 'SCORE_BLANK', {}, where), layout)).toMatchObject({ sheet, cell });
  });

  it('points a bad maximum at its cell and an unknown leader at the Khối trưởng value', () => {
    expect(locateIssue(issue('error', 'CRITERION_MAX_INVALID', {}, { field: 'criterion:0' }), layout)).toMatchObject({
      sheet: 'Tiêu chí',
      cell: 'D3',
    });
    expect(locateIssue(issue('warning', 'LEADER_UNKNOWN', { name: 'x' }), layout)).toMatchObject({
      sheet: 'Cấu hình',
      cell: 'B7',
    });
  });

  it('names only the sheet when the place is not in the workbook', () => {
    const place = (i: Issue) => [i.sheet, i.cell];
    expect(
      place(locateIssue(issue('error', 'NEXT_LEADER_SAME_AS_DEPUTY', {}, { field: 'setting:nextDeputy' }), layout)),
    ).toEqual(['Cấu hình', undefined]);
    expect(place(locateIssue(issue('error', 'NO_UNITS'), layout))).toEqual(['Chấm điểm', undefined]);
    expect(place(locateIssue(issue('error', 'NO_SCORE_CRITERIA'), layout))).toEqual(['Tiêu chí', undefined]);
    expect(place(locateIssue(issue('error', 'SCORE_BLANK', {}, { unit: 99, field: 'c:0' }), layout))).toEqual([
      'Chấm điểm',
      undefined,
    ]);
  });

  it('leaves located issues alone and never mutates', () => {
    const located = issue('error', 'SCORE_BLANK', {}, { sheet: 'X', cell: 'A1', unit: 0, field: 'c:0' });
    expect(locateIssue(located, layout)).toBe(located);
    const raw = Object.freeze(issue('error', 'SCORE_BLANK', {}, { unit: 0, field: 'c:0' }));
    expect(locateIssue(raw, layout)).not.toBe(raw);
    expect(raw.sheet).toBeUndefined();
  });
});

describe('with the engine', () => {
  it('readBloc → rankBloc → resultWrites writes every unit', () => {
    const read = readBloc(sampleBook()).value!;
    const ranked = rankBloc(read.input);
    expect(ranked.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const writes = resultWrites(read.layout, ranked.value!, {
      lang: 'vi',
      explain: createExplainer(ranked.value!, 'vi'),
    });
    expect(
      writes.filter((w) => w.col === read.layout.resultColumns.rank && w.role !== 'header').map((w) => w.value),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(
      writes
        .filter((w) => w.col === read.layout.resultColumns.explanation)
        .every((w) => typeof w.value === 'string' && w.value.length > 0),
    ).toBe(true);
  });

  it('mergeIssues locates engine issues and drops the ones at cells the grid already reported', () => {
    const book = sampleBook();
    const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows: CellValue[][] = scores.rows.map((r) => [...r]);
    rows[2]![2] = '#N/A'; // C3: the grid reports it, the engine sees a blank
    rows[3]![3] = null; // D4: blank, the engine reports it
    rows[4]![4] = 99; // E5: above max, the engine reports it
    const read = readBloc(withSheet(book, { ...scores, rows }));
    expect(read.value).not.toBeNull();
    const ranked = rankBloc(read.value!.input);
    const merged = mergeIssues(read.issues, ranked.issues, read.value!.layout);
    expect(merged.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['EXCEL_ERROR', 'Chấm điểm', 'C3'],
      ['SCORE_BLANK', 'Chấm điểm', 'D4'],
      ['SCORE_ABOVE_MAX', 'Chấm điểm', 'E5'],
    ]);
    expect(formatIssue(merged[2]!, 'vi')).toMatch(/^Trang "Chấm điểm", ô E5: Điểm 99 /);
  });
});

describe('locateIssue — the engine checks of issue 8 land on their cells', () => {
  const settingsWith = (item: string, value: CellValue) => {
    const book = sampleBook();
    const settings = book.sheets.find((s) => s.name === 'Cấu hình')!;
    return withSheet(book, { ...settings, rows: [...settings.rows, [item, value, null]] });
  };
  const engineIssues = (book: ReturnType<typeof sampleBook>) => {
    const read = readBloc(book).value!;
    return rankBloc(read.input).issues.map((i) => locateIssue(i, read.layout));
  };
  it('thresholds out of order: on the band of the pair the clerk wrote', () => {
    expect(engineIssues(settingsWith('Ngưỡng tốt (%)', 95))).toMatchObject([
      { code: 'BANDS_OUT_OF_ORDER', sheet: 'Cấu hình', cell: 'B10' },
    ]);
    expect(engineIssues(settingsWith('Ngưỡng hoàn thành (%)', 80))).toMatchObject([
      { code: 'BANDS_OUT_OF_ORDER', sheet: 'Cấu hình', cell: 'B12' },
    ]);
  });
  it('a quota above the units: a warning on its item', () => {
    expect(engineIssues(settingsWith('Số Cờ thi đua UBND tỉnh', 6)).filter((i) => i.code === 'QUOTA_ABOVE_UNITS')).toMatchObject([
      { severity: 'warning', sheet: 'Cấu hình', cell: 'B12' },
    ]);
  });
  it('a non-finite total: on the cell with the huge points', () => {
    const book = sampleBook();
    const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows = scores.rows.map((r, i) => (i === 4 ? r.map((v, c) => (c === 11 ? 1e308 : v)) : r));
    expect(engineIssues(withSheet(book, { ...scores, rows })).filter((i) => i.severity === 'error')).toMatchObject([
      { code: 'TOTAL_NOT_FINITE', sheet: 'Chấm điểm', cell: 'L5' },
    ]);
  });
});
