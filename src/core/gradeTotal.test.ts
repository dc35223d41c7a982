import { describe, expect, it } from 'vitest';
import { gradeTotal } from './gradeTotal.js';

const BANDS = { excellent: 90, good: 70, complete: 50 };

describe('gradeTotal', () => {
  it.each([
    [100, 'HTXSNV'],
    [90, 'HTXSNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.999, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV'],
    [-5, 'KHTNV'],
  ] as const)('total %s of 100 → %s (thresholds inclusive)', (total, grade) => {
    expect(gradeTotal(total, 100, BANDS)).toBe(grade);
  });

  it('works on a 1,000-point scale exactly at the thresholds', () => {
    expect(gradeTotal(900, 1000, BANDS)).toBe('HTXSNV');
    expect(gradeTotal(899.5, 1000, BANDS)).toBe('HTTNV');
    expect(gradeTotal(700, 1000, BANDS)).toBe('HTTNV');
    expect(gradeTotal(500, 1000, BANDS)).toBe('HTNV');
  });

  it('is not fooled by binary float noise (0.1 + 0.2 style sums)', () => {
    // 90 built from decimals that do not add up exactly in binary
    const total = [0.08, 74.32, 15.6].reduce((a, b) => a + b, 0);
    expect(total).not.toBe(90);
    expect(gradeTotal(total, 100, BANDS)).toBe('HTXSNV');
  });

  it('follows configured bands', () => {
    expect(gradeTotal(85, 100, { excellent: 85, good: 60, complete: 40 })).toBe('HTXSNV');
    expect(gradeTotal(59, 100, { excellent: 85, good: 60, complete: 40 })).toBe('HTNV');
  });
});
