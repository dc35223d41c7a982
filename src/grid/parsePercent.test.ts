import { describe, expect, it } from 'vitest';
import { isFractionColumn } from './isFractionColumn.js';
import { parsePercent } from './parsePercent.js';

describe('parsePercent', () => {
  it.each([
    [75, 75],
    ['75', 75],
    ['75%', 75],
    ['75,5 %', 75.5],
    ['75.5%', 75.5],
    ['\u00a075 %\u00a0', 75],
    [0, 0],
    [100, 100],
    ['100%', 100],
    ['0%', 0],
    [0.75, 0.75],
  ])('%j → %d (numbers as percents)', (input, expected) => {
    expect(parsePercent(input)).toEqual({ kind: 'value', value: expected });
  });

  it('reads fractions when told so; a % sign always wins', () => {
    expect(parsePercent(0.75, { numbers: 'fraction' })).toEqual({ kind: 'value', value: 75 });
    expect(parsePercent(0.755, { numbers: 'fraction' })).toEqual({ kind: 'value', value: 75.5 });
    expect(parsePercent(1, { numbers: 'fraction' })).toEqual({ kind: 'value', value: 100 });
    expect(parsePercent('0,5', { numbers: 'fraction' })).toEqual({ kind: 'value', value: 50 });
    expect(parsePercent('0,5%', { numbers: 'fraction' })).toEqual({ kind: 'value', value: 0.5 });
  });

  it("'auto' reads only numbers strictly between 0 and 1 as fractions", () => {
    expect(parsePercent(0.9, { numbers: 'auto' })).toEqual({ kind: 'value', value: 90 });
    expect(parsePercent(1, { numbers: 'auto' })).toEqual({ kind: 'value', value: 1 });
    expect(parsePercent(0, { numbers: 'auto' })).toEqual({ kind: 'value', value: 0 });
    expect(parsePercent(90, { numbers: 'auto' })).toEqual({ kind: 'value', value: 90 });
  });

  it.each([
    [100.01, '100.01'],
    [-1, '-1'],
    ['120%', '120%'],
    ['-5 %', '-5%'],
  ])('%j is out of 0..100, never clamped', (input, text) => {
    expect(parsePercent(input)).toEqual({ kind: 'outOfRange', text });
  });
  it('a fraction above 1 is out of range too', () => {
    expect(parsePercent(1.5, { numbers: 'fraction' }).kind).toBe('outOfRange');
  });

  it.each(['%', 'abc%', '75 phần trăm', true])('%j is invalid', (input) => {
    expect(parsePercent(input).kind).toBe('invalid');
  });
  it('passes blanks and Excel errors through', () => {
    expect(parsePercent('  ')).toEqual({ kind: 'blank' });
    expect(parsePercent({ error: '#N/A' })).toEqual({ kind: 'excelError', text: '#N/A' });
    expect(parsePercent('#DIV/0!')).toEqual({ kind: 'excelError', text: '#DIV/0!' });
  });
});

describe('isFractionColumn', () => {
  it('is true when every bare number is in 0..1', () => {
    expect(isFractionColumn([0.75, null, '0,4', 0, 1])).toBe(true);
    expect(isFractionColumn([0.75, '80%', 'abc', { error: '#N/A' }])).toBe(true);
  });
  it('is false when any bare number is above 1 or below 0, or there is none', () => {
    expect(isFractionColumn([0.75, 40])).toBe(false);
    expect(isFractionColumn([0.75, -0.1])).toBe(false);
    expect(isFractionColumn([null, '75%', ''])).toBe(false);
    expect(isFractionColumn([])).toBe(false);
  });
});
