import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEGAL_DOCUMENTS } from '../src/core/legal.js';
import { RULE_BASIS } from '../src/core/ruleBasis.js';
import { lawMarkdown } from '../scripts/lawDoc.js';

describe('docs/LAW.md', () => {
  const text = lawMarkdown();

  it('is up to date with the registry (npm run law)', () => {
    expect(readFileSync(new URL('../docs/LAW.md', import.meta.url), 'utf8')).toBe(text);
  });

  it('lists every document with where its wording was checked, and every rule with its basis', () => {
    for (const doc of LEGAL_DOCUMENTS) {
      expect(text).toContain(doc.short.vi);
      for (const source of doc.sources) expect(text).toContain(source);
    }
    for (const rule of RULE_BASIS) expect(text).toContain(rule.text.vi);
    expect(text).toContain('khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
  });

  it('never prints the unverified 2026 law as a căn cứ', () => {
    expect(text).not.toMatch(/Căn cứ Luật sửa đổi/);
  });
});
