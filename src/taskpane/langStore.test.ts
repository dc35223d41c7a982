import { describe, expect, it } from 'vitest';
import { LANG_KEY, loadLang, saveLang } from './langStore';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('remembered language', () => {
  it('is Vietnamese unless English was chosen', () => {
    const s = memoryStorage();
    expect(loadLang(s)).toBe('vi');
    expect(saveLang('en', s)).toBe(true);
    expect(s.data.get(LANG_KEY)).toBe('en');
    expect(loadLang(s)).toBe('en');
    s.data.set(LANG_KEY, 'fr');
    expect(loadLang(s)).toBe('vi');
  });

  it('hosts without storage, or whose storage throws, fall back quietly to Vietnamese', () => {
    expect(loadLang(null)).toBe('vi');
    expect(saveLang('en', null)).toBe(false);
    expect(loadLang(throwing)).toBe('vi');
    expect(saveLang('en', throwing)).toBe(false);
  });
});
