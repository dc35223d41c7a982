import { describe, expect, it } from 'vitest';
import { SIMPLE_CRITERIA } from '../../tests/helpers/makeBloc.js';
import { checkPoints } from './checkPoints.js';
import { formatIssue } from './messages.js';

const codes = (points: ReadonlyArray<number | null>) => checkPoints(points, SIMPLE_CRITERIA, { unit: 3, unitName: 'X' }).map((i) => i.code);

describe('checkPoints', () => {
  it('accepts points within 0..max, including both ends', () => {
    expect(codes([0, 40, 20, 0])).toEqual([]);
    expect(codes([60, 0, 0, 100])).toEqual([]);
  });
  it('reports a blank score cell, never zeroes it', () => {
    expect(codes([null, 40, null, null])).toEqual(['SCORE_BLANK']);
  });
  it('reports a score above its max, never clamps', () => {
    expect(codes([60.01, 40, 0, 0])).toEqual(['SCORE_ABOVE_MAX']);
  });
  it('reports negative points of every kind', () => {
    expect(codes([-1, 40, -2, -3])).toEqual(['SCORE_NEGATIVE', 'SCORE_NEGATIVE', 'SCORE_NEGATIVE']);
  });
  it('bonus obeys its own max; a penalty without a max has no cap', () => {
    expect(codes([1, 1, 21, 999])).toEqual(['SCORE_ABOVE_MAX']);
  });
  it('reports non-finite numbers', () => {
    expect(codes([Number.NaN, Infinity, 0, Infinity])).toEqual(['SCORE_NOT_FINITE', 'SCORE_NOT_FINITE', 'SCORE_NOT_FINITE']);
  });
  it('points each issue at the unit and the criterion, with messages in both languages', () => {
    const [i] = checkPoints([61, 40, 0, 0], SIMPLE_CRITERIA, { unit: 3, unitName: 'Sở Nội vụ', lang: 'vi' });
    expect(i).toMatchObject({ severity: 'error', unit: 3, field: 'c:0' });
    expect(formatIssue(i!, 'vi')).toBe('Điểm 61 của đơn vị "Sở Nội vụ" vượt điểm tối đa 60 của tiêu chí A1.');
    expect(formatIssue(i!, 'en')).toBe('Points 61 of unit "Sở Nội vụ" exceed the maximum 60 of criterion A1.');
  });
});
