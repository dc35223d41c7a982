/**
 * Remembers the pane's language in localStorage (`blocrank.lang`). Some Office hosts have no storage or
 * throw on access (e.g. with third-party storage blocked): then the pane simply starts in Vietnamese.
 */
import type { Lang } from '../core/model.js';

export const LANG_KEY = 'blocrank.lang';

/** The store the pane uses: localStorage where the host offers it, else null. */
export function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The pane's language: the clerk's remembered choice; at first open, Office's display language (`en-US` →
 * English, anything else Vietnamese), which is then remembered.
 *
 * @example loadLang(localStorage, 'en-GB') // 'en' on first open
 */
export function loadLang(storage = defaultStorage(), displayLanguage?: string): Lang {
  try {
    const kept = storage?.getItem(LANG_KEY);
    if (kept === 'en' || kept === 'vi') return kept;
  } catch {
    // No storage: fall through to Office's language.
  }
  const first: Lang = displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
  if (displayLanguage) saveLang(first, storage);
  return first;
}

/** Saves the choice; returns false when the host could not keep it (the pane still switches). */
export function saveLang(lang: Lang, storage = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LANG_KEY, lang);
    return true;
  } catch {
    return false;
  }
}
