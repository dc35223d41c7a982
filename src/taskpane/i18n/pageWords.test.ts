import { describe, expect, it } from 'vitest';
import { langState, loadStrings } from '../i18n';
import { DOSSIER_TEXT } from './dossier';
import { pageWords } from './pageWords';

const STRINGS = { vi: await loadStrings('vi'), en: await loadStrings('en') };

/** A word that takes arguments, with sample ones (a count, or a list of names). */
function call(fn: (...a: unknown[]) => unknown): string {
  for (const sample of [['12', '3'], [['Cấu hình'], '3']]) {
    try {
      return String(fn(...sample));
    } catch {
      // the next sample
    }
  }
  return '';
}

/** Every word of a dictionary, by its path ("rank.cellsChanged"); functions called with a sample argument. */
function flatten(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') out.set(path, call(value as (...a: unknown[]) => unknown));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [p, s] of flatten(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

describe("the web page's words for the pane's sections", () => {
  for (const lang of ['vi', 'en'] as const) {
    const pane = flatten(STRINGS[lang]);
    const page = flatten(pageWords(STRINGS[lang], lang));
    const changed = [...page].filter(([p, s]) => pane.get(p) !== s);

    it(`${lang}: change only what differs on a copy, and say so (the copy, or the browser)`, () => {
      expect([...page.keys()]).toEqual([...pane.keys()]);
      expect(changed.map(([p]) => p).sort()).toEqual(
        [
          'flow.checklistBody',
          'pledge.downloadBlocked',
          'pledge.written',
          'rank.cellsChanged',
          'rank.errorsBody',
          'rank.hint',
          'rank.undone',
          'settings.saved',
          'start.conflictsBody',
          'start.created',
        ].sort(),
      );
      for (const [p, s] of changed) {
        expect(s, p).toMatch(lang === 'vi' ? /bản sao|tệp/ : /copy|file/);
        // Nothing to click to reach a cell on the page.
        expect(s, p).not.toMatch(/Bấm vào địa chỉ|Click an address|select the cell/i);
        expect(s, p).not.toMatch(/\bOffice\b|ngăn tác vụ|task pane/);
      }
    });

    it(`${lang}: the dossier's page variants name the browser and the copy, never Office`, () => {
      const d = DOSSIER_TEXT[lang];
      expect(d.downloadBlockedPage).toMatch(lang === 'vi' ? /Trình duyệt/ : /browser/);
      expect(d.addedPage('Bình bầu')).toMatch(lang === 'vi' ? /bản sao.*LibreOffice/ : /copy.*LibreOffice/);
      expect(d.notReadyBodyPage).toMatch(lang === 'vi' ? /trong tệp.*mở lại tệp/ : /in the file.*open it here again/);
      for (const s of [d.downloadBlockedPage, d.addedPage('Bình bầu'), d.notReadyBodyPage])
        expect(s).not.toMatch(/\bOffice\b|ngăn tác vụ|task pane/);
    });
  }

  it('the host follows the words: the page with them, Excel without', () => {
    expect(langState('vi', () => undefined).host).toBe('excel');
    expect(langState('vi', () => undefined, 'page', pageWords).host).toBe('page');
    expect(langState('en', () => undefined, 'page', pageWords).t.rank.cellsChanged('3')).toBe("3 cells written on the copy's Scores sheet.");
  });
});
