import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromA1 } from './fromA1.js';
import { toA1 } from './toA1.js';

describe('toA1', () => {
  it.each([
    [1, 1, 'A1'],
    [5, 3, 'C5'],
    [1, 26, 'Z1'],
    [1, 27, 'AA1'],
    [1, 52, 'AZ1'],
    [1, 53, 'BA1'],
    [1, 702, 'ZZ1'],
    [1, 703, 'AAA1'],
    [1048576, 16384, 'XFD1048576'],
  ])('row %i col %i → %s', (row, col, ref) => {
    expect(toA1(row, col)).toBe(ref);
    expect(fromA1(ref)).toEqual({ row, col });
  });

  it('rejects non-positive or fractional positions (a programming error)', () => {
    expect(() => toA1(0, 1)).toThrow(RangeError);
    expect(() => toA1(1, 0)).toThrow(RangeError);
    expect(() => toA1(1.5, 1)).toThrow(RangeError);
  });

  it('round-trips with fromA1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 16384 }), (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });
});

describe('fromA1', () => {
  it('accepts $ anchors, lower case and spaces around', () => {
    expect(fromA1('$c$5')).toEqual({ row: 5, col: 3 });
    expect(fromA1(' aa10 ')).toEqual({ row: 10, col: 27 });
  });
  it.each(['', 'A', '5', 'A0', 'A1:B2', 'ABCD1', '1A', 'A-1'])('%j is not a cell reference', (ref) => {
    expect(fromA1(ref)).toBeNull();
  });
});
