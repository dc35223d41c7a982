import { describe, expect, it } from 'vitest';
import { parseDiscipline } from './parseDiscipline.js';

describe('parseDiscipline', () => {
  it('reads the three values of Kỷ luật, as clerks type them', () => {
    expect(parseDiscipline('Đang xem xét')).toEqual({ kind: 'value', value: 'review' });
    expect(parseDiscipline(' dang xem xet ')).toEqual({ kind: 'value', value: 'review' });
    expect(parseDiscipline('Under review')).toEqual({ kind: 'value', value: 'review' });
    expect(parseDiscipline('Có')).toEqual({ kind: 'value', value: true });
    expect(parseDiscipline('Khong')).toEqual({ kind: 'value', value: false });
    expect(parseDiscipline(null)).toEqual({ kind: 'blank' });
  });
  it('never guesses: anything else is invalid', () => {
    expect(parseDiscipline('xem xét sau')).toEqual({ kind: 'invalid', text: 'xem xét sau' });
  });
});
