import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.js';

const value = (v: number) => ({ kind: 'value', value: v });

describe('parseNumber', () => {
  it.each([
    [8, 8],
    [8.5, 8.5],
    [0, 0],
    [-2, -2],
    [1e300, 1e300],
    ['8', 8],
    ['8,5', 8.5],
    [',5', 0.5],
    ['8.5', 8.5],
    ['.5', 0.5],
    ['1.000', 1000],
    ['12.500,5', 12500.5],
    ['1.000.000', 1000000],
    ['1.234.567,89', 1234567.89],
    ['0.500', 0.5],
    ['1.5000', 1.5],
    ['1.50', 1.5],
    ['1000.25', 1000.25],
    ['1,000', 1],
    [' 8,5 ', 8.5],
    ['\u00a08,5\u00a0', 8.5],
    ['8,5\u202f', 8.5],
    ['+3', 3],
    ['-3,5', -3.5],
    ['−2', -2],
    ['007', 7],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toEqual(value(expected));
  });

  it.each([null, undefined, '', '   ', '\u00a0', '\t\n'])('%j is blank', (input) => {
    expect(parseNumber(input)).toEqual({ kind: 'blank' });
  });

  it.each([
    [{ error: '#N/A' }, '#N/A'],
    [{ error: '#DIV/0!' }, '#DIV/0!'],
    ['#N/A', '#N/A'],
    ['#VALUE!', '#VALUE!'],
    ['#REF!', '#REF!'],
    ['#DIV/0!', '#DIV/0!'],
    ['#NAME?', '#NAME?'],
    ['#NUM!', '#NUM!'],
    ['#NULL!', '#NULL!'],
    [' #n/a ', '#N/A'],
  ])('%j is the Excel error %s', (input, text) => {
    expect(parseNumber(input)).toEqual({ kind: 'excelError', text });
  });

  it.each([
    NaN,
    Infinity,
    -Infinity,
    true,
    false,
    new Date(2024, 0, 1),
    'abc',
    '8,5 điểm',
    '1,000.5',
    '1.000.5',
    '1.00.000',
    '8,5,5',
    '8..5',
    '1 000',
    '1e5',
    '--1',
    '%',
    '#',
    '#N/A!',
    '9'.repeat(400),
  ])('%j is invalid', (input) => {
    expect(parseNumber(input).kind).toBe('invalid');
  });

  it('reads every finite number as itself and every decimal-comma text back', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumber(n)).toEqual(value(n));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i},${String(f).padStart(2, '0')}`;
        expect(parseNumber(text)).toEqual(value(Number(`${i}.${String(f).padStart(2, '0')}`)));
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(['value', 'blank', 'invalid', 'excelError']).toContain(parseNumber(s).kind);
      }),
    );
  });
});
