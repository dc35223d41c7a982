import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './findHeaderRow.js';
import { findSheet } from './findSheet.js';
import { headerKey } from './headerKey.js';
import { matchCriterionHeader } from './matchCriterionHeader.js';
import { matchHeader } from './matchHeader.js';
import { SCORE_COLUMNS, SETTING_ITEMS } from './names.js';

describe('headerKey', () => {
  it('folds case, diacritics, đ, non-breaking and repeated spaces, spacing around punctuation', () => {
    expect(headerKey(' Tỷ lệ\u00a0NỮ (%) ')).toBe('ty le nu(%)');
    expect(headerKey('Tỷ lệ nữ(%)')).toBe('ty le nu(%)');
    expect(headerKey('ĐƠN   VỊ:')).toBe('don vi');
    expect(headerKey('Tổ chức đảng ,  đoàn thể vững mạnh')).toBe('to chuc dang,doan the vung manh');
    expect(headerKey(12)).toBe('12');
    expect(headerKey(null)).toBe('');
    expect(headerKey(true)).toBe('');
  });
});

describe('matchHeader', () => {
  it.each([
    ['Đơn vị', 'unit', 'vi'],
    ['DON VI', 'unit', 'vi'],
    ['don  vi', 'unit', 'vi'],
    ['\u00a0Đơn\u00a0vị\u00a0', 'unit', 'vi'],
    ['Unit', 'unit', 'en'],
    ['Tỷ lệ nữ (%)', 'womenPercent', 'vi'],
    ['Ty le nu(%)', 'womenPercent', 'vi'],
    ['Women %', 'womenPercent', 'en'],
    ['Kỷ luật', 'discipline', 'vi'],
    ['Ky luat', 'discipline', 'vi'],
    ['TỔ CHỨC ĐẢNG, ĐOÀN THỂ VỮNG MẠNH', 'strongOrganisations', 'vi'],
    ['Tổng điểm', 'total', 'vi'],
    ['Total', 'total', 'en'],
    ['Đề nghị khen thưởng', 'award', 'vi'],
    ['Proposed award', 'award', 'en'],
    ['STT', 'no', 'vi'],
    ['No.', 'no', 'en'],
  ])('%j → %s (%s)', (header, key, lang) => {
    expect(matchHeader(header, SCORE_COLUMNS)).toEqual({ key, lang });
  });
  it('matches whole names only', () => {
    expect(matchHeader('Tổng điểm thưởng', SCORE_COLUMNS)).toBeNull();
    expect(matchHeader('Đơn vị tính', SCORE_COLUMNS)).toBeNull();
    expect(matchHeader('', SCORE_COLUMNS)).toBeNull();
    expect(matchHeader(null, SCORE_COLUMNS)).toBeNull();
  });
  it('matches settings items in both languages', () => {
    expect(matchHeader('Thứ tự phá hoà', SETTING_ITEMS)?.key).toBe('tieBreak');
    expect(matchHeader('thu tu pha hoa', SETTING_ITEMS)?.key).toBe('tieBreak');
    expect(matchHeader('Next deputy', SETTING_ITEMS)).toEqual({ key: 'nextDeputy', lang: 'en' });
    expect(matchHeader('Ngưỡng xuất sắc(%)', SETTING_ITEMS)?.key).toBe('bands.excellent');
    expect(matchHeader('SO CO THI DUA UBND TINH', SETTING_ITEMS)?.key).toBe('provincialFlags');
  });
});

describe('matchCriterionHeader', () => {
  const codes = ['A1', 'A10', 'B2', 'A1.1', '3'];
  it.each([
    ['A1', 0],
    ['a1', 0],
    [' A1 ', 0],
    ['A1 - Hoàn thành chỉ tiêu', 0],
    ['A1. xyz', 0],
    ['A1 (30 điểm)', 0],
    ['A1(30)', 0],
    ['A1: nội dung', 0],
    ['A1 – nội dung', 0],
    ['A1, nội dung', 0],
    ['A10', 1],
    ['A10 - mười', 1],
    ['B2', 2],
    ['A1.1', 3],
    ['A1.1 - con', 3],
    ['3', 4],
    [3, 4],
    ['3. Ba', 4],
  ])('%j → criterion %i', (header, index) => {
    expect(matchCriterionHeader(header, codes)).toBe(index);
  });
  it.each(['A100', 'A11', 'A1x', 'A1.5', 'B', 'A', '30', 'Tổng', '', null, true])('%j names no criterion', (header) => {
    expect(matchCriterionHeader(header, codes)).toBe(-1);
  });
  it('never takes A10 for A1 when only A1 exists', () => {
    expect(matchCriterionHeader('A10', ['A1'])).toBe(-1);
  });
  it('ignores diacritics in codes', () => {
    expect(matchCriterionHeader('đ1 - xyz', ['Đ1'])).toBe(0);
  });
});

describe('findSheet', () => {
  const book = {
    sheets: [
      { name: 'Notes', rows: [] },
      { name: 'CHAM DIEM', rows: [] },
      { name: 'Scores', rows: [] },
      { name: 'Settings', rows: [] },
    ],
  };
  it('finds sheets by folded vi or en name; the first wins and the others are listed', () => {
    const scores = findSheet(book, 'scores');
    expect(scores?.sheet.name).toBe('CHAM DIEM');
    expect(scores?.lang).toBe('vi');
    expect(scores?.others.map((s) => s.name)).toEqual(['Scores']);
    expect(findSheet(book, 'settings')?.lang).toBe('en');
    expect(findSheet(book, 'criteria')).toBeNull();
  });
});

describe('findHeaderRow', () => {
  it('skips title rows and finds the first row holding the key header', () => {
    const sheet = {
      name: 'Chấm điểm',
      rows: [['BẢNG CHẤM ĐIỂM CÁC ĐƠN VỊ'], [], [null, 'Khối thi đua'], ['STT', 'Đơn vị', 'A1'], ['', 'Đơn vị']],
    };
    expect(findHeaderRow(sheet, SCORE_COLUMNS, 'unit')).toEqual({ row: 4, col: 2, lang: 'vi' });
    expect(findHeaderRow({ name: 'x', rows: [['nothing']] }, SCORE_COLUMNS, 'unit')).toBeNull();
  });
});
