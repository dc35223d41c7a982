import { describe, expect, it } from 'vitest';
import { issue } from './issue.js';
import { formatIssue, issueText, MESSAGES, type IssueCode } from './messages.js';

/** Parameters that answer any name, so every message renders whatever it reads. */
const anyParams = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `‹${key}›` : undefined), has: () => true }) as Record<string, string>;

describe('the message catalogue', () => {
  const codes = Object.keys(MESSAGES) as IssueCode[];
  it('has codes in SCREAMING_SNAKE_CASE', () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
  for (const code of codes) {
    it(`${code}: a Vietnamese and an English sentence, different, with no hole`, () => {
      const vi = issueText(issue('error', code, anyParams), 'vi');
      const en = issueText(issue('error', code, anyParams), 'en');
      for (const text of [vi, en]) {
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|null|\[object/);
        expect(text).toMatch(/[.!?)]$/);
      }
      expect(vi).not.toBe(en);
    });
  }
  it('names the place before the text, in the language asked', () => {
    const i = issue('error', 'SCORE_BLANK', { unit: 'Sở Nội vụ', code: 'A1' }, { sheet: 'Chấm điểm', cell: 'C5' });
    expect(formatIssue(i, 'vi')).toBe('Trang "Chấm điểm", ô C5: Đơn vị "Sở Nội vụ" chưa có điểm tiêu chí A1.');
    expect(formatIssue(i, 'en')).toBe('Sheet "Chấm điểm", cell C5: Unit "Sở Nội vụ" has no points for criterion A1.');
  });
});
