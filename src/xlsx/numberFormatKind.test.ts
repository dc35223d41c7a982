import { describe, expect, it } from 'vitest';
import { numberFormatKind, type FormatKind } from './numberFormatKind.js';

const CASES: readonly [number, string | undefined, FormatKind][] = [
  [0, undefined, null],
  [2, undefined, null],
  [9, undefined, 'percent'],
  [10, undefined, 'percent'],
  [14, undefined, 'date'],
  [22, undefined, 'date'],
  [49, undefined, null],
  [164, 'dd/mm/yyyy', 'date'],
  [164, '[$-42A]d mmmm yyyy', 'date'],
  [164, 'h:mm:ss AM/PM', 'date'],
  [164, '[h]:mm', 'date'],
  [164, '0.0%', 'percent'],
  [164, '0.0"%"', null],
  [164, '#,##0.00 "đ"', null],
  [164, '[Red]0.00;[Blue]-0.00', null],
  [164, 'General', null],
  [164, '@', null],
  [164, '0.00E+00', null],
  [164, '"Ngày" 0', null],
];

describe('numberFormatKind', () => {
  for (const [id, code, kind] of CASES) {
    it(`${id} ${code ?? '(built-in)'} → ${kind}`, () => expect(numberFormatKind(id, code)).toBe(kind));
  }
});
