import { FluentProvider, makeStyles, mergeClasses, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../core/model.js';
import { Announcer } from './Announcer.js';
import { darkThemeNow, loadDarkTheme } from './darkTheme.js';
import { Header } from './Header.js';
import { LangContext, langState, loadStrings, stringsNow, type WordsFor } from './i18n.js';
import { loadLang, saveLang } from './langStore.js';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '40rem',
  },
  /** The web page: wider, centred. */
  page: { maxWidth: '64rem', marginLeft: 'auto', marginRight: 'auto' },
});

export interface PaneShellProps {
  /** Office's theme is dark (index.tsx reads it). */
  readonly dark?: boolean;
  /** Office's display language (`Office.context.displayLanguage`), used when the clerk has not chosen one. */
  readonly officeLang?: () => string | undefined;
  readonly children: ReactNode;
  /** The web page (src/web) rather than Excel's narrow pane: laid out wider, and `host` 'page' in the context. */
  readonly page?: boolean;
  /** The page's words for the pane's sections (they work on a copy of the file, not in Excel). */
  readonly words?: WordsFor | undefined;
}

/** FluentProvider in the Office theme, the pane's language (remembered), the header. */
export function PaneShell({ dark = false, officeLang, children, page = false, words }: PaneShellProps) {
  const styles = useStyles();
  // Office's display language at first open, then the clerk's choice (remembered).
  // The entry loads its words before the first render (loadStrings); until they are here, Vietnamese.
  const [wanted] = useState<Lang>(() => loadLang(undefined, officeLang?.()));
  const [lang, setLangState] = useState<Lang>(() => (stringsNow(wanted) ? wanted : 'vi'));
  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    // At once when its words are here; else once their chunk has loaded (a failed load leaves the language).
    if (stringsNow(next)) setLangState(next);
    else void loadStrings(next).then(() => setLangState(next), () => undefined);
  }, []);
  useEffect(() => {
    if (wanted !== 'vi' && !stringsNow(wanted)) void loadStrings(wanted).then(() => setLangState(wanted), () => undefined);
  }, [wanted]);
  const state = useMemo(() => langState(lang, setLang, page ? 'page' : 'excel', words), [lang, setLang, page, words]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // The dark theme is its own chunk (index.tsx loads it before the first render when Office is dark).
  const [darkTheme, setDarkTheme] = useState<Theme | null>(() => darkThemeNow());
  useEffect(() => {
    if (dark && !darkTheme) void loadDarkTheme().then(setDarkTheme, () => undefined);
  }, [dark, darkTheme]);
  return (
    <FluentProvider theme={dark && darkTheme ? darkTheme : webLightTheme}>
      <LangContext.Provider value={state}>
        {/* Styled inside the provider: its own className would also go to every portal (tooltips, dialogs). */}
        <Announcer>
          <div className={styles.root}>
            <main className={page ? mergeClasses(styles.main, styles.page) : styles.main}>
              <Header />
              {children}
            </main>
          </div>
        </Announcer>
      </LangContext.Provider>
    </FluentProvider>
  );
}
