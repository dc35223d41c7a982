import { describe, expect, it } from 'vitest';
import { parseGrade } from './parseGrade.js';
import { parseText } from './parseText.js';
import { parseYesNo } from './parseYesNo.js';

describe('parseYesNo', () => {
  it.each([
    'Có',
    'có',
    'CÓ',
    'Co',
    'co ',
    'x',
    'X',
    '✓',
    '✔',
    'Yes',
    'YES',
    'y',
    'Y',
    '1',
    1,
    true,
    'TRUE',
    'true',
    '\u00a0Có\u00a0',
  ])('%j → yes', (input) => {
    expect(parseYesNo(input)).toEqual({ kind: 'value', value: true });
  });
  it.each(['Không', 'không', 'KHÔNG', 'Khong', 'khong', 'No', 'no', 'N', 'n', '0', 0, false, 'FALSE', 'false'])(
    '%j → no',
    (input) => {
      expect(parseYesNo(input)).toEqual({ kind: 'value', value: false });
    },
  );
  it.each([null, undefined, '', '  '])('%j is blank', (input) => {
    expect(parseYesNo(input)).toEqual({ kind: 'blank' });
  });
  it.each(['có lẽ', '2', 2, 0.5, 'xx', 'ok', new Date(0), '-'])('%j is invalid, never guessed', (input) => {
    expect(parseYesNo(input).kind).toBe('invalid');
  });
  it('reports Excel errors', () => {
    expect(parseYesNo({ error: '#N/A' })).toEqual({ kind: 'excelError', text: '#N/A' });
    expect(parseYesNo('#REF!')).toEqual({ kind: 'excelError', text: '#REF!' });
  });
});

describe('parseText', () => {
  it('trims every kind of space and keeps inner text as typed', () => {
    expect(parseText('  Sở  Nội vụ\u00a0')).toEqual({ kind: 'value', value: 'Sở  Nội vụ' });
    expect(parseText(12)).toEqual({ kind: 'value', value: '12' });
    expect(parseText(true)).toEqual({ kind: 'value', value: 'TRUE' });
    expect(parseText(new Date(Date.UTC(2024, 0, 31)))).toEqual({ kind: 'value', value: '2024-01-31' });
  });
  it('blank, Excel errors, non-finite numbers', () => {
    expect(parseText(' ')).toEqual({ kind: 'blank' });
    expect(parseText('#N/A')).toEqual({ kind: 'excelError', text: '#N/A' });
    expect(parseText({ error: '#VALUE!' })).toEqual({ kind: 'excelError', text: '#VALUE!' });
    expect(parseText(NaN).kind).toBe('invalid');
    expect(parseText('#1 Sở')).toEqual({ kind: 'value', value: '#1 Sở' });
  });
});

describe('parseGrade', () => {
  it.each([
    ['HTXSNV', 'HTXSNV'],
    ['htxsnv', 'HTXSNV'],
    ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
    ['hoan thanh xuat sac nhiem vu', 'HTXSNV'],
    ['Hoàn thành tốt nhiệm vụ', 'HTTNV'],
    ['Completed tasks well', 'HTTNV'],
    ['HTNV', 'HTNV'],
    ['Không hoàn thành nhiệm vụ', 'KHTNV'],
    ['Did not complete tasks', 'KHTNV'],
    // The bands of the bloc's scale, as a ranked sheet's Xếp loại column shows them, read back.
    ['Xuất sắc', 'HTXSNV'],
    ['Tốt', 'HTTNV'],
    ['Hoàn thành', 'HTNV'],
    ['Chưa hoàn thành', 'KHTNV'],
    ['Excellent', 'HTXSNV'],
  ])('%j → %s', (input, code) => {
    expect(parseGrade(input)).toEqual({ kind: 'value', value: code });
  });
  it('rejects anything else', () => {
    expect(parseGrade('Giỏi').kind).toBe('invalid');
    expect(parseGrade('Hoàn thành xuất sắc').kind).toBe('invalid');
    expect(parseGrade('').kind).toBe('blank');
  });
});
