import { describe, expect, it } from 'vitest';
import { citeRule, dateInWords, documentsInForce, LEGAL_DOCUMENTS, reviewDate, underLaw2022, unverifiedInForce } from './legal.js';

const ids = (year: number) => documentsInForce(reviewDate(year)).map((d) => d.id);

describe('legal registry', () => {
  it('reviewing 2025 cites the 2022 law and Decree 152/2025 (in force on 1/1/2026)', () => {
    expect(ids(2025)).toEqual(['LUAT_TDKT_2022', 'ND_152_2025']);
  });
  it('reviewing 2023 and 2024 cites Decree 98/2023', () => {
    expect(ids(2023)).toEqual(['LUAT_TDKT_2022', 'ND_98_2023']);
    expect(ids(2024)).toEqual(['LUAT_TDKT_2022', 'ND_98_2023']);
  });
  it('reviewing 2017 and 2022 cites the 2003 law and Decree 91/2017', () => {
    expect(ids(2017)).toEqual(['LUAT_TDKT_2003', 'ND_91_2017']);
    expect(ids(2022)).toEqual(['LUAT_TDKT_2003', 'ND_91_2017']);
    expect(underLaw2022(2022)).toBe(false);
    expect(underLaw2022(2023)).toBe(true);
  });
  it('reviewing 2026 finds the 2026 amending law in force, unverified: never cited', () => {
    expect(ids(2026)).toEqual(['LUAT_TDKT_2022', 'LUAT_SUA_DOI_2026', 'ND_152_2025']);
    expect(unverifiedInForce(2026).map((d) => d.id)).toEqual(['LUAT_SUA_DOI_2026']);
    expect(citeRule('hold', 2026, 'vi')?.text).toBe('khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP');
  });
  it('cites rules by number with khoản, by the document in force', () => {
    expect(citeRule('hold', 2025, 'vi')).toEqual({ text: 'khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP', article: true });
    expect(citeRule('hold', 2024, 'vi')?.text).toBe('khoản 4 Điều 4 Nghị định số 98/2023/NĐ-CP');
    expect(citeRule('hold', 2024, 'en')?.text).toBe('Article 4(4) of Decree No. 98/2023/ND-CP');
    expect(citeRule('womenPriority', 2025, 'vi')?.text).toBe('khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP');
    expect(citeRule('governmentFlag', 2025, 'vi')?.text).toBe('khoản 1 Điều 25 Luật số 06/2022/QH15');
    expect(citeRule('provincialFlag', 2023, 'vi')?.text).toBe('Điều 26 Luật số 06/2022/QH15');
    expect(citeRule('certificate', 2024, 'vi')?.text).toBe('Điều 74 Luật số 06/2022/QH15');
    expect(citeRule('governmentFlag', 2018, 'vi')?.text).toBe('khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP');
  });
  it('cites a rule of the older law by its documents alone where no article is named (reviews up to 2022)', () => {
    expect(citeRule('hold', 2022, 'vi')).toEqual({
      text: 'Luật Thi đua, khen thưởng năm 2003 và Nghị định số 91/2017/NĐ-CP',
      article: false,
    });
    expect(citeRule('certificate', 2017, 'en')?.text).toBe('the 2003 Law on Emulation and Commendation and Decree No. 91/2017/ND-CP');
    expect(citeRule('womenPriority', 2018, 'vi')?.article).toBe(false);
  });
  it('writes dates in words as căn cứ lines do (leading zero for days below 10, January and February)', () => {
    expect(dateInWords({ year: 2022, month: 6, day: 15 })).toBe('ngày 15 tháng 6 năm 2022');
    expect(dateInWords({ year: 2020, month: 3, day: 5 })).toBe('ngày 05 tháng 3 năm 2020');
    expect(dateInWords({ year: 2024, month: 1, day: 1 })).toBe('ngày 01 tháng 01 năm 2024');
  });
  it('every verified document: number or name, date of issue in its căn cứ line, a source, a consistent period', () => {
    for (const doc of LEGAL_DOCUMENTS) {
      expect(doc.short.vi && doc.short.en && doc.use.vi && doc.use.en, doc.id).toBeTruthy();
      expect(doc.sources.length, doc.id).toBeGreaterThan(0);
      if (doc.from && doc.to) {
        expect(doc.from.year * 10000 + doc.from.month * 100 + doc.from.day).toBeLessThan(doc.to.year * 10000 + doc.to.month * 100 + doc.to.day);
      }
      if (!doc.verified) continue;
      expect(doc.issued, doc.id).not.toBeNull();
      expect(doc.basis, doc.id).toContain(dateInWords(doc.issued!));
      if (doc.kind === 'decree') expect(doc.basis.startsWith(`Nghị định số ${doc.number} `), doc.id).toBe(true);
    }
  });
  it('carries the exact title of Nghị định 152/2025/NĐ-CP', () => {
    expect(LEGAL_DOCUMENTS.find((d) => d.id === 'ND_152_2025')!.basis).toBe(
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    );
  });
});
