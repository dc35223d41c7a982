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
      });
    }
  }
});
