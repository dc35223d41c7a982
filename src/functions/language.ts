import type { Lang } from '../core/model.js';

let current: Lang = 'vi';

/**
 * Sets the language of the messages the worksheet functions put on `#VALUE!` / `#N/A` (Vietnamese until
 * told otherwise). The host page calls it once it knows Excel's display language; the functions never
 * ask Office themselves.
 *
 * @example setFunctionsLanguage(Office.context.displayLanguage.startsWith('vi') ? 'vi' : 'en')
 */
export function setFunctionsLanguage(lang: Lang): void {
  current = lang;
}

/**
 * The language of the functions' messages (see `setFunctionsLanguage`).
 *
 * @example functionsLanguage() // 'vi'
 */
export function functionsLanguage(): Lang {
  return current;
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
