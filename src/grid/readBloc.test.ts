import { describe, expect, it } from 'vitest';
import { formatIssue, MESSAGES } from '../core/messages.js';
import { PRESET_CRITERIA } from '../core/preset.js';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { readBloc } from './readBloc.js';
import type { CellValue, WorkbookGrid } from './types.js';

const without = (book: WorkbookGrid, name: string): WorkbookGrid => ({
  sheets: book.sheets.filter((s) => s.name !== name),
});

describe('readBloc', () => {
  it('reads the sample workbook (sheets in any order, title rows, descriptions in headers)', () => {
    const r = readBloc(sampleBook());
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    const { input, layout } = r.value!;
    expect(input.settings).toMatchObject({
      year: 2024,
      bloc: 'Khối các cơ quan Đảng tỉnh',
      leader: 'Văn phòng Tỉnh uỷ',
      certificates: 'auto',
    });
    expect(input.criteria).toEqual(PRESET_CRITERIA);
    expect(input.units.map((u) => u.name)).toEqual([
      'Văn phòng Tỉnh uỷ',
      'Ban Tổ chức Tỉnh uỷ',
      'Uỷ ban Kiểm tra Tỉnh uỷ',
      'Ban Dân vận Tỉnh uỷ',
      'Ban Nội chính Tỉnh uỷ',
    ]);
    expect(input.units[0]!.points).toEqual([29, 9.5, 15, 5, 10, 10, 15, 5, 2, null]);
    expect(input.units[1]).toMatchObject({
      womenPercent: 75,
      exceededTargets: true,
      strongOrganisations: true,
      note: 'ghi chú',
    });
    expect(input.facts).toEqual({
      votes: true,
      womenPercent: true,
      discipline: true,
      exceededTargets: true,
      strongOrganisations: true,
      newModel: false,
      note: true,
      officialGrade: false,
      signerTitle: false,
      signer: false,
    });
    expect(input.history).toBeUndefined();
    expect(input.commitments).toBeUndefined();
    expect(layout).toMatchObject({
      lang: 'vi',
      settingsSheet: 'Cấu hình',
      criteriaSheet: 'Tiêu chí',
      scoresSheet: 'Chấm điểm',
      headerRow: 2,
      unitRows: [3, 4, 5, 6, 7],
      unitColumn: 2,
      criterionColumns: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      resultColumns: { total: 19, rank: 20, grade: 21, award: 22, explanation: 23 },
      missingResultColumns: ['total', 'rank', 'grade', 'award', 'explanation'],
      settingCells: { year: { row: 4, col: 2 }, leader: { row: 7, col: 2 } },
      criteria: { rows: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], codeColumn: 1, maxColumn: 4 },
    });
  });

  it('reads an English workbook with diacritic-free, oddly spaced names; its language is English', () => {
    const book: WorkbookGrid = {
      sheets: [
        {
          name: ' SETTINGS ',
          rows: [
            ['Item', 'Value'],
            ['Year', '2024'],
            ['Bloc', 'Party agencies'],
          ],
        },
        {
          name: 'criteria',
          rows: [
            ['Code', 'Group', 'Description', 'Max', 'Kind'],
            ['A1', 'Group A', 'x', 60, 'Score'],
            ['B1', 'b', 'y', 40, 'score'],
            ['T1', '', 'z', 5, 'Bonus'],
          ],
        },
        {
          name: 'Scores',
          rows: [
            ['No.', 'Unit', 'A1 - Targets', 'B1 (40 points)', 'T1', 'Votes', 'Women %', 'Discipline', 'Note'],
            [1, 'Provincial Inspectorate', 55, '38.5', null, 7, '72%', 'No', null],
            [2, 'Office of the PPC', 50, 39, 1, 6, 0.4, 'Yes', 'n'],
          ],
        },
      ],
    };
    const r = readBloc(book);
    expect(r.issues).toEqual([]);
    expect(r.value!.layout.lang).toBe('en');
    expect(r.value!.input.criteria.map((c) => [c.code, c.group, c.kind])).toEqual([
      ['A1', 'A', 'score'],
      ['B1', 'B', 'score'],
      ['T1', 'T', 'bonus'],
    ]);
    expect(r.value!.input.units.map((u) => [u.points, u.womenPercent, u.discipline])).toEqual([
      [[55, 38.5, null], 72, false],
      // The only bare number is ≤ 1: a percent-formatted cell, so 40 % (isFractionColumn).
      [[50, 39, 1], 40, true],
    ]);
  });

  it('a Vietnamese workbook without diacritics is Vietnamese', () => {
    const book = sampleBook();
    const renamed: WorkbookGrid = {
      sheets: book.sheets.map((s) => ({ ...s, name: s.name === 'Chấm điểm' ? 'CHAM DIEM' : s.name })),
    };
    expect(readBloc(renamed).value!.layout).toMatchObject({ lang: 'vi', scoresSheet: 'CHAM DIEM' });
  });

  it.each([
    ['Cấu hình', 'Settings'],
    ['Tiêu chí', 'Criteria'],
    ['Chấm điểm', 'Scores'],
  ])('a missing %s sheet is an error naming it; nothing can be scored', (name, alt) => {
    const r = readBloc(without(sampleBook(), name));
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'SHEET_MISSING', sheet: name, params: { name, alt } }),
    );
  });

  it('names missing sheets in English in an English workbook', () => {
    const r = readBloc({ sheets: [{ name: 'Scores', rows: [] }] });
    expect(r.issues.filter((i) => i.code === 'SHEET_MISSING').map((i) => i.sheet)).toEqual(['Settings', 'Criteria']);
  });

  it('an empty workbook gives three errors and no value; it never throws', () => {
    const r = readBloc({ sheets: [] });
    expect(r).toMatchObject({ ok: false, value: null });
    expect(r.issues.map((i) => i.code)).toEqual(['SHEET_MISSING', 'SHEET_MISSING', 'SHEET_MISSING']);
  });

  it('a second sheet with the same role is a warning; the first one is read', () => {
    const book = sampleBook();
    const r = readBloc({ sheets: [...book.sheets, { name: 'Scores', rows: [['Unit']] }] });
    expect(r.ok).toBe(true);
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'SHEET_DUPLICATE', sheet: 'Chấm điểm', params: { other: 'Scores' } },
    ]);
  });

  it('options.sheets picks a sheet by name; an unknown name is an error', () => {
    const book = sampleBook();
    const copy = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const r = readBloc({ sheets: [...book.sheets, { ...copy, name: 'Bản sao' }] }, { sheets: { scores: 'ban sao' } });
    expect(r.value!.layout.scoresSheet).toBe('Bản sao');
    const missing = readBloc(book, { sheets: { scores: 'Không có' } });
    expect(missing.value).toBeNull();
    expect(missing.issues).toMatchObject([{ code: 'SHEET_MISSING', sheet: 'Không có' }]);
  });

  it('cell errors keep the value (the engine may still report), structural errors drop it', () => {
    const book = sampleBook();
    const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows = scores.rows.map((r) => [...r]);
    rows[2]![2] = '#N/A';
    const withCellError = readBloc(withSheet(book, { ...scores, rows }));
    expect(withCellError.ok).toBe(false);
    expect(withCellError.value).not.toBeNull();
    expect(withCellError.issues).toMatchObject([
      { code: 'EXCEL_ERROR', sheet: 'Chấm điểm', cell: 'C3', unit: 0, field: 'c:0' },
    ]);

    const noYear = readBloc(
      withSheet(book, {
        name: 'Cấu hình',
        rows: [
          ['Mục', 'Giá trị'],
          ['Tên khối', 'K'],
        ],
      }),
    );
    expect(noYear.value).toBeNull();
    expect(noYear.issues).toMatchObject([{ code: 'SETTING_REQUIRED', sheet: 'Cấu hình' }]);

    const noColumn = readBloc(withSheet(book, { ...scores, rows: scores.rows.map((r) => r.slice(0, 10)) }));
    expect(noColumn.value).toBeNull();
    expect(noColumn.issues.map((i) => [i.code, i.params.code])).toEqual([
      ['CRITERION_COLUMN_MISSING', 'T1'],
      ['CRITERION_COLUMN_MISSING', 'K1'],
    ]);
  });

  it('does not read scores against a broken criteria sheet (no flood of unknown columns)', () => {
    const r = readBloc(withSheet(sampleBook(), { name: 'Tiêu chí', rows: [['A1', 30]] }));
    expect(r.issues.map((i) => i.code)).toEqual(['HEADER_MISSING']);
  });

  it('reads the optional history and pledge sheets', () => {
    const book = sampleBook();
    const r = readBloc({
      sheets: [
        ...book.sheets,
        {
          name: 'Lịch sử',
          rows: [
            ['Đơn vị', 'Năm', 'Xếp loại', 'Khen thưởng'],
            ['Văn phòng Tỉnh uỷ', 2023, 'HTXSNV', 'Cờ thi đua của UBND tỉnh'],
            ['Ban Tổ chức Tỉnh uỷ', '2023', 'Hoàn thành tốt nhiệm vụ', null],
          ],
        },
        {
          name: 'Giao ước',
          rows: [
            ['GIAO ƯỚC'],
            ['STT', 'Nội dung'],
            [1, 'Hoàn thành nhiệm vụ chính trị'],
            [2, null],
            [3, '  Tham gia hoạt động của khối '],
          ],
        },
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.value!.input.history).toEqual([
      { unit: 'Văn phòng Tỉnh uỷ', year: 2023, grade: 'HTXSNV', award: 'Cờ thi đua của UBND tỉnh' },
      { unit: 'Ban Tổ chức Tỉnh uỷ', year: 2023, grade: 'HTTNV', award: '' },
    ]);
    expect(r.value!.input.commitments).toEqual(['Hoàn thành nhiệm vụ chính trị', 'Tham gia hoạt động của khối']);
    expect(r.value!.layout).toMatchObject({ historySheet: 'Lịch sử', pledgeSheet: 'Giao ước' });
  });

  it('keeps an empty pledge sheet as [] so the pledge can report it', () => {
    const book = sampleBook();
    const r = readBloc({ sheets: [...book.sheets, { name: 'Pledge', rows: [['Content']] }] });
    expect(r.value!.input.commitments).toEqual([]);
  });

  it('every issue it raises names a sheet and renders in both languages without holes', () => {
    const book = sampleBook();
    const scores = book.sheets.find((s) => s.name === 'Chấm điểm')!;
    const rows: CellValue[][] = scores.rows.map((r) => [...r]);
    rows[1]!.push('Cột lạ');
    rows[2]![3] = 'chín';
    rows[3]![13] = 140;
    rows[4]![1] = 'Văn phòng tỉnh ủy';
    rows.push([6, null, 5]);
    const r = readBloc({
      sheets: [
        ...withSheet(book, { ...scores, rows }).sheets.filter((s) => s.name !== 'Cấu hình'),
        {
          name: 'Cấu hình',
          rows: [
            ['Mục', 'Giá trị'],
            ['Năm', 2024],
            ['Tên khối', 'K'],
            ['Số Bằng khen', 'ba'],
            ['Lạ', 1],
            ['Năm', 2025],
          ],
        },
        {
          name: 'Lịch sử',
          rows: [
            ['Đơn vị', 'Năm'],
            ['A', 'năm ngoái'],
            [null, 2023],
          ],
        },
      ],
    });
    expect(r.issues.length).toBeGreaterThanOrEqual(9);
    for (const i of r.issues) {
      expect(i.sheet).toBeTruthy();
      expect(Object.keys(MESSAGES)).toContain(i.code);
      for (const lang of ['vi', 'en'] as const) {
        const text = formatIssue(i, lang);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
    const cellCodes = [
      'VALUE_INVALID',
      'EXCEL_ERROR',
      'PERCENT_OUT_OF_RANGE',
      'UNIT_DUPLICATE',
      'UNIT_NAME_MISSING',
      'UNKNOWN_COLUMN',
      'SETTING_UNKNOWN',
      'SETTING_DUPLICATE',
    ];
    for (const i of r.issues.filter((x) => cellCodes.includes(x.code))) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
    expect(
      formatIssue(
        r.issues.find((i) => i.code === 'UNIT_DUPLICATE')!,
        'vi',
      ),
    ).toBe(
      'Trang "Chấm điểm", ô B5: Đơn vị "Văn phòng tỉnh ủy" bị ghi hai lần (lần đầu ở ô B3): mỗi đơn vị chỉ một dòng.',
    );
    expect(
      formatIssue(
        r.issues.find((i) => i.code === 'VALUE_INVALID' && i.sheet === 'Chấm điểm')!,
        'en',
      ),
    ).toBe('Sheet "Chấm điểm", cell D3: Cannot read "chín" in column "A2": expected points, e.g. 8.5.');
  });
});
