import { describe, expect, it } from 'vitest';
import type { Criterion } from '../core/model.js';
import { formatIssue } from '../core/messages.js';
import { readScores } from './readScores.js';
import type { CellValue } from './types.js';

const criteria: readonly Criterion[] = [
  { code: 'A1', group: 'A', description: '', max: 30, kind: 'score' },
  { code: 'A10', group: 'A', description: '', max: 10, kind: 'score' },
  { code: 'T1', group: 'T', description: '', max: 5, kind: 'bonus' },
  { code: 'K1', group: 'K', description: '', max: null, kind: 'penalty' },
];
const read = (rows: CellValue[][], name = 'Chấm điểm') => readScores({ name, rows }, criteria);
const HEADER: CellValue[] = ['STT', 'Đơn vị', 'A10 - mười', 'A1 - Hoàn thành chỉ tiêu', 'T1', 'K1'];

describe('readScores', () => {
  it('reads units in row order under title rows; criterion headers with descriptions; A1 is never A10', () => {
    const r = read([
      ['BẢNG CHẤM ĐIỂM'],
      [null, 'Khối 1'],
      HEADER,
      [1, 'Sở Nội vụ', 9, '28,5', null, ' '],
      [2, 'Sở Tư pháp', '9.5', 27, 2, 1],
    ]);
    expect(r.issues).toEqual([]);
    const v = r.value!;
    expect(v.headerRow).toBe(3);
    expect(v.unitColumn).toBe(2);
    expect(v.criterionColumns).toEqual([4, 3, 5, 6]);
    expect(v.unitRows).toEqual([4, 5]);
    expect(v.units.map((u) => [u.name, u.points])).toEqual([
      ['Sở Nội vụ', [28.5, 9, null, null]],
      ['Sở Tư pháp', [27, 9.5, 2, 1]],
    ]);
    expect(v.facts).toEqual({
      votes: false,
      womenPercent: false,
      discipline: false,
      exceededTargets: false,
      strongOrganisations: false,
      newModel: false,
      note: false,
      officialGrade: false,
      signerTitle: false,
      signer: false,
    });
    expect(v.units[0]).toMatchObject({ votes: null, womenPercent: null, discipline: null, note: '' });
    expect(v.resultColumns).toEqual({ total: 7, rank: 8, grade: 9, award: 10, explanation: 11 });
    expect(v.missingResultColumns).toEqual(['total', 'rank', 'grade', 'award', 'explanation']);
    expect(v.lang).toBe('vi');
    expect(v.complete).toBe(true);
  });

  it('leaves blank score cells null for the engine: no issue here', () => {
    const r = read([HEADER, [1, 'Sở Nội vụ', null, '', '\u00a0', null]]);
    expect(r.issues).toEqual([]);
    expect(r.value!.units[0]!.points).toEqual([null, null, null, null]);
  });

  it('reads fact columns: votes, women %, yes/no, notes', () => {
    const header = [
      ...HEADER,
      'Số phiếu',
      'Tỷ lệ nữ (%)',
      'Kỷ luật',
      'Vượt chỉ tiêu',
      'Tổ chức đảng, đoàn thể vững mạnh',
      'Mô hình mới',
      'Ghi chú',
      'Xếp loại chính thức',
      'Chức vụ người ký',
      'Người ký',
    ];
    const r = read([
      header,
      [1, 'A', 1, 1, null, null, 9, 75, 'Có', 'x', '✓', 'Khong', 'ghi chú', 'HTXSNV', 'Giám đốc', 'Nguyễn Văn An'],
      [2, 'B', 1, 1, null, null, '8', '75,5 %', 'không', 'No', 'Yes', null, 12, 'Hoàn thành tốt nhiệm vụ', null, null],
      [3, 'C', 1, 1, null, null, null, null, 'Đang xem xét', null, null, null, null, null, 'TM. Ban Thường vụ', null],
    ]);
    expect(r.issues).toEqual([]);
    const [a, b, c] = r.value!.units;
    expect(a).toMatchObject({
      votes: 9,
      womenPercent: 75,
      discipline: true,
      exceededTargets: true,
      strongOrganisations: true,
      newModel: false,
      note: 'ghi chú',
      officialGrade: 'HTXSNV',
      signerTitle: 'Giám đốc',
      signer: 'Nguyễn Văn An',
    });
    expect(b).toMatchObject({
      votes: 8,
      womenPercent: 75.5,
      discipline: false,
      exceededTargets: false,
      strongOrganisations: true,
      newModel: null,
      note: '12',
    });
    expect(b).toMatchObject({ officialGrade: 'HTTNV', signerTitle: null, signer: null });
    expect(c).toMatchObject({
      votes: null,
      womenPercent: null,
      discipline: 'review',
      signerTitle: 'TM. Ban Thường vụ',
      exceededTargets: null,
      strongOrganisations: null,
      note: '',
    });
    expect(Object.values(r.value!.facts).every(Boolean)).toBe(true);
    expect(r.value!.factColumns).toEqual({
      votes: 7,
      womenPercent: 8,
      discipline: 9,
      exceededTargets: 10,
      strongOrganisations: 11,
      newModel: 12,
      note: 13,
      officialGrade: 14,
      signerTitle: 15,
      signer: 16,
    });
  });

  it('reads a percent-formatted women column (every number ≤ 1) as fractions, a mixed one as percents', () => {
    const header = [...HEADER, 'Tỷ lệ nữ (%)'];
    const fractions = read([
      header,
      [1, 'A', 1, 1, 0, 0, 0.75],
      [2, 'B', 1, 1, 0, 0, 0.3],
      [3, 'C', 1, 1, 0, 0, '80%'],
      [4, 'D', 1, 1, 0, 0, 1],
    ]);
    expect(fractions.value!.units.map((u) => u.womenPercent)).toEqual([75, 30, 80, 100]);
    const percents = read([header, [1, 'A', 1, 1, 0, 0, 0.5], [2, 'B', 1, 1, 0, 0, 40]]);
    expect(percents.value!.units.map((u) => u.womenPercent)).toEqual([0.5, 40]);
  });

  it('reports unreadable cells with sheet, cell, unit and field; never guesses', () => {
    const header = [...HEADER, 'Số phiếu', 'Tỷ lệ nữ (%)', 'Kỷ luật'];
    const r = read([
      header,
      [1, 'Sở Nội vụ', 'mười', { error: '#N/A' }, '#DIV/0!', '1.000.5', 7.5, '120%', 'có lẽ'],
      [2, 'Sở Tư pháp', 1, 1, null, null, -1, -3, true],
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.cell, i.unit, i.field, i.params.expected ?? ''])).toEqual([
      ['VALUE_INVALID', 'C2', 0, 'c:1', 'points'],
      ['EXCEL_ERROR', 'D2', 0, 'c:0', ''],
      ['EXCEL_ERROR', 'E2', 0, 'c:2', ''],
      ['VALUE_INVALID', 'F2', 0, 'c:3', 'points'],
      ['VALUE_INVALID', 'G2', 0, 'votes', 'votes'],
      ['PERCENT_OUT_OF_RANGE', 'H2', 0, 'womenPercent', ''],
      ['VALUE_INVALID', 'I2', 0, 'discipline', 'discipline'],
      ['VALUE_INVALID', 'G3', 1, 'votes', 'votes'],
      ['PERCENT_OUT_OF_RANGE', 'H3', 1, 'womenPercent', ''],
    ]);
    expect(r.issues.every((i) => i.sheet === 'Chấm điểm')).toBe(true);
    expect(r.issues[0]!.params.label).toBe('A10 - mười');
    // Unreadable cells reach the engine as null; the units are still there.
    expect(r.value!.units[0]!.points).toEqual([null, null, null, null]);
    expect(r.value!.units[1]!.discipline).toBe(true);
  });

  it('keeps negative and above-maximum points for the engine to judge', () => {
    const r = read([HEADER, [1, 'A', -1, 99, 99, -2]]);
    expect(r.issues).toEqual([]);
    expect(r.value!.units[0]!.points).toEqual([99, -1, 99, -2]);
  });

  it('a row with points but no unit name is an error; a row with only STT or notes is skipped', () => {
    const r = read([
      HEADER,
      [1, 'A', 1, 1],
      [2, null, 5, null],
      [3, '  ', null, null, null, null],
      [4],
      ['Ghi chú: …'],
    ]);
    expect(r.issues).toMatchObject([
      { severity: 'error', code: 'UNIT_NAME_MISSING', sheet: 'Chấm điểm', cell: 'B3' },
      { severity: 'info', code: 'ROW_SKIPPED', cell: 'B4', params: { row: 4, reason: 'blank' } },
      { severity: 'info', code: 'ROW_SKIPPED', cell: 'B5', params: { row: 5, reason: 'blank' } },
      { severity: 'info', code: 'ROW_SKIPPED', cell: 'A6', params: { row: 6, label: 'Ghi chú: …', reason: 'note' } },
    ]);
    expect(r.value!.unitRows).toEqual([2]);
  });

  it('a repeated unit name (ignoring case, diacritics, spaces) is an error naming both cells', () => {
    const r = read([HEADER, [1, 'Sở Nội vụ', 1, 1], [2, 'Sở Tư pháp', 1, 1], [3, ' SO NOI  VU ', 1, 1]]);
    expect(r.issues).toMatchObject([
      { code: 'UNIT_DUPLICATE', cell: 'B4', unit: 2, params: { unit: 'SO NOI  VU', first: 'B2' } },
    ]);
    expect(r.value!.units).toHaveLength(3);
  });

  it('warns about unknown columns and keeps them; rejects a criterion or fact column given twice', () => {
    const r = read([
      ['STT', 'Đơn vị', 'A1', 'A10', 'T1', 'K1', 'Điểm trung bình', 'A1 (lần 2)', 'Kỷ luật', 'KY LUAT', null, 'Z9'],
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.cell, i.params.header, i.params.first])).toEqual([
      ['error', 'DUPLICATE_COLUMN', 'J1', 'KY LUAT', 'I1'],
      ['warning', 'UNKNOWN_COLUMN', 'G1', 'Điểm trung bình', undefined],
      ['error', 'DUPLICATE_COLUMN', 'H1', 'A1 (lần 2)', 'C1'],
      ['warning', 'UNKNOWN_COLUMN', 'L1', 'Z9', undefined],
    ]);
    // Result columns go after the last used column, unknown ones included.
    expect(r.value!.resultColumns.total).toBe(13);
  });

  it('created result columns go right of the table: a stray value far right in a title row is left out', () => {
    const title: CellValue[] = ['BẢNG CHẤM ĐIỂM'];
    title[16383] = 'ghi chú lạc ở cột XFD';
    const r = read([title, ['STT', 'Đơn vị', 'A1', 'A10', 'T1', 'K1'], [1, 'Sở Nội vụ', 8, 9, 1, 0]]);
    expect(r.value!.resultColumns).toEqual({ total: 7, rank: 8, grade: 9, award: 10, explanation: 11 });
  });

  it('a criterion without a column is an error naming the sheet; the sheet is then incomplete', () => {
    const r = read([
      ['Đơn vị', 'A1', 'T1', 'K1'],
      ['A', 1, 1, 1],
    ]);
    expect(r.issues).toMatchObject([
      {
        severity: 'error',
        code: 'CRITERION_COLUMN_MISSING',
        sheet: 'Chấm điểm',
        field: 'c:1',
        params: { code: 'A10', row: 1 },
      },
    ]);
    expect(r.value!.complete).toBe(false);
    expect(r.value!.criterionColumns).toEqual([2, 0, 3, 4]);
  });

  it('finds existing result columns wherever they are and appends only the missing ones', () => {
    const r = read([
      ['Xếp hạng', 'STT', 'Đơn vị', 'A1', 'A10', 'T1', 'K1', 'Tổng điểm', 'Ghi chép', 'Giải thích'],
      [1, 1, 'A', 1, 1, null, null, 2, 'x', 'cũ', 'ngoài bảng'],
    ]);
    expect(r.value!.resultColumns).toEqual({ total: 8, rank: 1, grade: 12, award: 13, explanation: 10 });
    expect(r.value!.missingResultColumns).toEqual(['grade', 'award']);
  });

  it('an English sheet with English headers is English', () => {
    const r = read(
      [
        ['No.', 'Unit', 'A1', 'A10', 'T1', 'K1', 'Votes', 'Women %', 'Total'],
        [1, 'X', 1, 1, null, null, 3, 50, 7],
      ],
      'Scores',
    );
    expect(r.issues).toEqual([]);
    expect(r.value!.lang).toBe('en');
    expect(r.value!.units[0]).toMatchObject({ votes: 3, womenPercent: 50 });
    expect(r.value!.resultColumns.total).toBe(9);
  });

  it('names a missing header row', () => {
    expect(read([['STT', 'Tên', 'A1']])).toMatchObject({
      ok: false,
      value: null,
      issues: [{ code: 'HEADER_MISSING', sheet: 'Chấm điểm', params: { header: 'Đơn vị', alt: 'Unit' } }],
    });
  });
});

describe('readScores — cell checks of issue 8', () => {
  const FACTS_HEADER: CellValue[] = [...HEADER, 'Số phiếu', 'Tỷ lệ nữ (%)', 'Ghi chú'];
  const march12 = new Date(Date.UTC(2025, 2, 12));

  it('a date in a score, bonus, penalty, votes or women cell is an error naming the cell; the same number is read', () => {
    const r = read([FACTS_HEADER, [1, 'Sở Nội vụ', march12, march12, march12, march12, march12, march12]]);
    expect(r.issues.map((i) => [i.code, i.cell, i.params.expected])).toEqual([
      ['DATE_IN_NUMBER_CELL', 'C2', 'points'],
      ['DATE_IN_NUMBER_CELL', 'D2', 'points'],
      ['DATE_IN_NUMBER_CELL', 'E2', 'points'],
      ['DATE_IN_NUMBER_CELL', 'F2', 'points'],
      ['DATE_IN_NUMBER_CELL', 'G2', 'votes'],
      ['DATE_IN_NUMBER_CELL', 'H2', 'percent'],
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe(
      'Trang "Chấm điểm", ô C2: Ô chứa ngày 12/03/2025 ở cột "A10 - mười", không phải số điểm: hãy nhập lại dạng số (định dạng ô là Số).',
    );
    expect(formatIssue(r.issues[0]!, 'en')).toContain('holds the date 2025-03-12');
    // The serial number of that date, as a number, is just points (the engine judges the range).
    const serial = read([FACTS_HEADER, [1, 'Sở Nội vụ', 45728, 9, null, null, 3, 40]]);
    expect(serial.issues).toEqual([]);
    expect(serial.value!.units[0]!.points).toEqual([9, 45728, null, null]);
  });

  it('a date in the name or note is text, not an error', () => {
    const r = read([FACTS_HEADER, [1, 'Sở Nội vụ', 9, 9, null, null, null, null, march12]]);
    expect(r.issues).toEqual([]);
    expect(r.value!.units[0]!.note).toBe('2025-03-12');
  });

  it('non-finite numbers (Infinity, NaN) in any numeric cell are errors', () => {
    const r = read([FACTS_HEADER, [1, 'Sở Nội vụ', Infinity, NaN, -Infinity, 1, Infinity, NaN]]);
    expect(r.issues.map((i) => [i.code, i.cell, i.params.value])).toEqual([
      ['VALUE_INVALID', 'C2', 'Infinity'],
      ['VALUE_INVALID', 'D2', 'NaN'],
      ['VALUE_INVALID', 'E2', '-Infinity'],
      ['VALUE_INVALID', 'G2', 'Infinity'],
      ['VALUE_INVALID', 'H2', 'NaN'],
    ]);
  });

  it('text up to 32,767 characters is read; one more is an error naming the cell (name and note)', () => {
    const fits = 'x'.repeat(32_767);
    const over = 'y'.repeat(32_768);
    const ok = read([FACTS_HEADER, [1, fits, 9, 9, null, null, null, null, fits]]);
    expect(ok.issues).toEqual([]);
    expect(ok.value!.units[0]!.name).toHaveLength(32_767);
    const r = read([FACTS_HEADER, [1, over, 9, 9], [2, 'Sở Tư pháp', 9, 9, null, null, null, null, over]]);
    expect(r.issues.map((i) => [i.code, i.cell, i.params.length])).toEqual([
      ['TEXT_TOO_LONG', 'B2', 32_768],
      ['TEXT_TOO_LONG', 'I3', 32_768],
    ]);
    expect(formatIssue(r.issues[1]!, 'vi')).toBe(
      'Trang "Chấm điểm", ô I3: Nội dung ô dài 32768 ký tự ở cột "Ghi chú", vượt giới hạn 32.767 ký tự của một ô Excel: hãy rút gọn.',
    );
  });
});
