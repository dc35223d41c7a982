// The functions answer in Excel's language from the first calculation: the shared runtime's page may be
// asked to calculate before Office.onReady resolves, so the language is read when the first message is
// written, not set afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { excelError, installCustomFunctionsStub } from './helpers/customFunctionsStub.js';

installCustomFunctionsStub();
const g = globalThis as { Office?: unknown; navigator?: unknown };
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

afterEach(() => {
  delete g.Office;
  vi.resetModules();
});

/** Loads functions.ts afresh (its module code installs the language source), as the page does. */
async function loadFunctions(office: unknown) {
  vi.resetModules();
  g.Office = office;
  return import('../src/functions/functions.js');
}

describe('the message language from the first calculation', () => {
  it('is English in an English Excel although Office.onReady has not resolved yet', async () => {
    const never = new Promise<void>(() => undefined);
    const { rankBloc } = await loadFunctions({ onReady: () => never, context: { displayLanguage: 'en-US' } });
    expect(rankBloc(col(90, 'abc'))[1]).toEqual([
      excelError('#VALUE!', 'Row 2 of argument "values": "abc" is not a number, e.g. 8.5.'),
    ]);
  });

  it('is Vietnamese in a Vietnamese Excel', async () => {
    const { rankBloc } = await loadFunctions({
      onReady: () => Promise.resolve(),
      context: { displayLanguage: 'vi-VN' },
    });
    expect(rankBloc(col(90, 'abc'))[1]).toEqual([
      excelError('#VALUE!', 'Dòng 2 của đối số "gia_tri": "abc" không phải một số, ví dụ 8,5.'),
    ]);
  });

  it('reads Office once it knows its language; until then the webview language, else Vietnamese', async () => {
    const office: { onReady: () => Promise<void>; context?: { displayLanguage?: string } } = {
      onReady: () => new Promise<void>(() => undefined),
    };
    const { rankBloc } = await loadFunctions(office);
    const { functionsLanguage } = await import('../src/functions/language.js');
    const hadNavigator = 'navigator' in globalThis;
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    try {
      Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true });
      expect(functionsLanguage()).toBe('vi');
      Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-GB' }, configurable: true });
      expect(functionsLanguage()).toBe('en');
      office.context = { displayLanguage: 'vi-VN' };
      expect(functionsLanguage()).toBe('vi'); // Office wins once it answers, and is kept
      office.context = { displayLanguage: 'en-US' };
      expect(functionsLanguage()).toBe('vi');
      expect(rankBloc(col('x'))[0]![0]).toEqual(excelError('#VALUE!', /^Đối số "gia_tri"/));
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else if (!hadNavigator) delete g.navigator;
    }
  });
});
