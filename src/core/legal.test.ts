import { describe, expect, it } from 'vitest';
import { citeRule, documentsInForce, LEGAL_DOCUMENTS, reviewDate } from './legal.js';

const ids = (year: number) => documentsInForce(reviewDate(year)).map((d) => d.id);

describe('legal registry', () => {
  it('reviewing 2025 cites the 2022 law and Decree 152/2025 (in force on 1/1/2026)', () => {
    expect(ids(2025)).toEqual(['LUAT_TDKT_2022', 'ND_152_2025']);
  });
  it('reviewing 2024 cites Decree 98/2023', () => {
    expect(ids(2024)).toEqual(['LUAT_TDKT_2022', 'ND_98_2023']);
  });
  it('reviewing 2022 cites the 2003 law and Decree 91/2017', () => {
    expect(ids(2022)).toEqual(['LUAT_TDKT_2003', 'ND_91_2017']);
  });
  it('reviewing 2026 adds the 2026 amending law, marked to be checked', () => {
    const docs = documentsInForce(reviewDate(2026));
    expect(docs.map((d) => d.id)).toEqual(['LUAT_TDKT_2022', 'LUAT_06_2026', 'ND_152_2025']);
    expect(docs.find((d) => d.id === 'LUAT_06_2026')?.unverified).toBe(true);
  });
  it('cites the veto rule by the decree in force', () => {
    expect(citeRule('veto', 2025, 'vi')).toBe('khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP');
    expect(citeRule('veto', 2024, 'vi')).toBe('Điều 4 Nghị định số 98/2023/NĐ-CP');
    expect(citeRule('veto', 2022, 'vi')).toBeNull();
  });
  it('every document has both languages and a consistent period', () => {
    for (const doc of LEGAL_DOCUMENTS) {
      expect(doc.short.vi && doc.short.en && doc.full.vi && doc.full.en).toBeTruthy();
      if (doc.from && doc.to) expect(doc.from.year * 10000 + doc.from.month * 100 + doc.from.day).toBeLessThan(doc.to.year * 10000 + doc.to.month * 100 + doc.to.day);
    }
  });
});
