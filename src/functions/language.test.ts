import { afterEach, describe, expect, it } from 'vitest';
import { functionsLanguage, languageOf, setFunctionsLanguage } from './language.js';

describe('the functions’ message language', () => {
  afterEach(() => setFunctionsLanguage('vi'));
  it('is Vietnamese until told otherwise', () => expect(functionsLanguage()).toBe('vi'));
  it('follows what the host page sets', () => {
    setFunctionsLanguage('en');
    expect(functionsLanguage()).toBe('en');
  });
  it.each([
    ['vi-VN', 'vi'],
    ['VI-vn', 'vi'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'vi'],
  ] as const)('maps the Office display language %s to %s', (tag, lang) => expect(languageOf(tag)).toBe(lang));
});
