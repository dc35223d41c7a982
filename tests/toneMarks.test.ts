/**
 * One tone-mark convention in every text BlocRank writes (DOMAIN.md section 3): "Ủy", "hòa", "khỏe",
 * "Tỉnh ủy", never "Uỷ", "hoà", "khoẻ", "Thuỷ", "xoá". Scans every message catalogue, UI string, template,
 * document text and generated doc in the repository; names a clerk typed (sample workbooks and fixtures that
 * test matching) are the only exception, listed below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../src/core/messages.js';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * An open syllable with the mark on the second vowel of "oa", "oe", "uy" (the other convention): "hoà",
 * "khoẻ", "Uỷ", "Thuỷ", "xoá", "hoá". "quý"/"quỹ" (qu + y) and closed syllables ("hoàn", "toàn") are right.
 */
export const OTHER_CONVENTION = /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/u;

/** Files holding names as a clerk typed them (to test that matching ignores the convention). */
const CLERK_TYPED = new Set([
  'src/grid/_lib/sampleBook.ts',
  'tests/helpers/fakeActions.ts',
  'tests/toneMarks.test.ts',
  // The corpus is made the way clerks type their workbooks, old tone marks included.
  'scripts/corpus/blocs.ts',
  'tests/xlsx/excelLikeBook.ts',
]);
/** The corpus fixtures and their expectations quote those clerk-typed rows. */
const CLERK_TYPED_FIXTURES = 'tests/fixtures/corpus/';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx|md|json|txt|xml)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe('tone marks: one convention ("Ủy", "hòa", "khỏe") in every text BlocRank writes', () => {
  it('the regular expression tells the conventions apart', () => {
    for (const bad of ['Uỷ ban', 'Tỉnh uỷ', 'hoà', 'khoẻ', 'Thuỷ', 'Huỷ', 'xoá', 'TỈNH UỶ']) expect(bad).toMatch(OTHER_CONVENTION);
    for (const good of ['Ủy ban', 'Tỉnh ủy', 'hòa', 'khỏe', 'Thủy', 'Hủy', 'xóa', 'hoàn thành', 'quý', 'quỹ', 'toàn']) {
      expect(good).not.toMatch(OTHER_CONVENTION);
    }
  });

  it('every message of the catalogue, in both languages', () => {
    const params = new Proxy({}, { get: (_t, key) => (key === 'count' ? 2 : String(key)) });
    for (const [code, entry] of Object.entries(MESSAGES)) {
      for (const lang of ['vi', 'en'] as const) {
        const text = (entry[lang] as (p: unknown) => string)(params).normalize('NFC');
        expect(OTHER_CONVENTION.test(text) ? `${code}.${lang}: ${text}` : '').toBe('');
      }
    }
  });

  it('every source, template, UI string, script, golden text and doc in the repository', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'scripts', 'docs', 'tests', 'README.md']) {
      const list = dir.endsWith('.md') ? [dir] : files(dir);
      for (const path of list) {
        if (CLERK_TYPED.has(relative('.', path)) || path.startsWith(CLERK_TYPED_FIXTURES)) continue;
        readFileSync(join(ROOT, path), 'utf8')
          .normalize('NFC')
          .split('\n')
          .forEach((line, i) => {
            if (OTHER_CONVENTION.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
