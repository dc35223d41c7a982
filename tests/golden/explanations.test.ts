import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_YEARS, goldenText } from './goldenText.js';

const file = (year: number, lang: string) => new URL(`./explanations-${year}.${lang}.txt`, import.meta.url);

describe('golden explanations (read line by line, checked in)', () => {
  for (const year of GOLDEN_YEARS) {
    for (const lang of ['vi', 'en'] as const) {
      it(`review of ${year}, ${lang}`, () => {
        const text = goldenText(year, lang);
        if (process.env.UPDATE_GOLDEN) writeFileSync(file(year, lang), text);
        expect(text).toBe(readFileSync(file(year, lang), 'utf8'));
        if (lang === 'vi') {
          // The formal register: no colloquial words, no "% of the maximum", "Khối" capitalised, one "đề nghị" a sentence.
          expect(text).not.toMatch(/phá hòa|(?<![Xx])suất|% của|của khối|Tỉnh uỷ|Uỷ/);
          for (const sentence of text.split(/[.\n]/)) expect(sentence.match(/đề nghị/g)?.length ?? 0, sentence).toBeLessThanOrEqual(1);
          // Award names in full, in curly quotes; counts with a leading zero.
          expect(text).not.toMatch(/Cờ thi đua của UBND|"Cờ thi đua|"Bằng khen/);
          expect(text).toMatch(/“Cờ thi đua của Ủy ban nhân dân tỉnh”/);
          expect(text).toMatch(/gồm 0\d điểm thưởng/);
        }
      });
    }
  }
});
