import type { Lang } from '../core/model.js';

// The language of the messages the functions put on #VALUE! / #N/A. Excel may calculate a workbook's formulas
// as soon as the functions are registered, before `Office.onReady` has resolved in the shared runtime's
// page: so the language is not a value set "later" but read when the first message is written — from what
// the page set, else from the source the page installed (Office's display language), else the webview's
// own language, else Vietnamese.

let explicit: Lang | undefined;
let resolved: Lang | undefined;
let source: (() => string | undefined) | undefined;

/**
 * Sets the language of the functions' messages (it then wins over any source).
 *
 * @example setFunctionsLanguage(languageOf(Office.context.displayLanguage))
 */
export function setFunctionsLanguage(lang: Lang): void {
  explicit = lang;
}

/**
 * Installs where the language is read from when nothing was set: a function returning an Office display
 * language tag (`en-US`), or undefined while it is not known yet. The first tag it gives is kept.
 *
 * @example setFunctionsLanguageSource(() => Office.context?.displayLanguage)
 */
export function setFunctionsLanguageSource(read: (() => string | undefined) | undefined): void {
  source = read;
  resolved = undefined;
  explicit = undefined;
}

/**
 * The language of the functions' messages now (see the file comment for the order of the sources).
 *
 * @example functionsLanguage() // 'vi'
 */
export function functionsLanguage(): Lang {
  if (explicit) return explicit;
  if (resolved) return resolved;
  let tag: string | undefined;
  try {
    tag = source?.();
  } catch {
    tag = undefined; // Office.context not there yet
  }
  if (tag) {
    resolved = languageOf(tag);
    return resolved;
  }
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language ? languageOf(nav.language) : 'vi';
}

/**
 * The functions' language for an Office display language tag: Vietnamese for `vi-*` (and when unknown),
 * English otherwise — as Excel shows the functions' Vietnamese names only in Vietnamese.
 *
 * @example languageOf('en-US') // 'en'
 */
export function languageOf(displayLanguage: string | undefined): Lang {
  return !displayLanguage || displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
