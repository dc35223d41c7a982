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

export function loadLang(storage = defaultStorage()): Lang {
  try {
    return storage?.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
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
