/**
 * Task-pane entry: the only place that meets Office. It waits for Office.js, follows the Office theme and
 * display language, registers the ribbon's "Xếp hạng" command (shared runtime), and renders the pane with
 * the Excel actions — or, outside Excel, a page saying what BlocRank is and how to install it; or, when
 * Office.js itself could not be loaded (a proxy blocks Microsoft's CDN), what to ask IT for. The custom
 * functions are imported here first thing, from their own chunk (the same module the manifest names).
 */
// The custom functions share this page (shared runtime): they register from their own chunk, fetched at
// once in parallel with the pane, so the pane's first paint does not wait for the engine they carry.
import('../functions/functions.js').catch(() => undefined);

import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { loadStrings } from './i18n.js';
import { loadLang } from './langStore.js';
import { lazyActions } from './lazyActions.js';
import { loadDarkTheme } from './darkTheme.js';
import { PaneShell } from './PaneShell.js';
import { rankFromRibbon } from './ribbon.js';
import { isDarkColor, officeThemeSource, watchOfficeTheme } from './theme.js';

function mount(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) return;
  const render = () => createRoot(container).render(<StrictMode>{node}</StrictMode>);
  // The pane's language's words before the first render (English is a chunk of its own; Vietnamese is here).
  void loadStrings(loadLang(undefined, officeLang())).then(render, render);
}

/** Office's theme, where the host reports one (Excel on the web and newer desktop builds do). */
function officeIsDark(): boolean {
  try {
    return isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

function officeLang(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** Only shown outside Excel or with Office.js blocked: not part of the pane's initial JavaScript. */
const LazyOutsideExcel = lazy(() => import('./OutsideExcel.js').then((m) => ({ default: m.OutsideExcel })));

function outside(blocked: boolean): ReactNode {
  return (
    <PaneShell>
      <Suspense fallback={null}>
        <LazyOutsideExcel blocked={blocked} />
      </Suspense>
    </PaneShell>
  );
}

if (typeof Office === 'undefined') {
  // taskpane.html loads Office.js first: without it, the script was blocked (or the page opened offline).
  mount(outside(true));
} else {
  // Excel is the likely host: fetch the Excel adapter (with the engine) and the workbook view while Office.js
  // initialises, rather than after the first render.
  const adapter = import('../excel/createBlocActions.js');
  adapter.catch(() => undefined);
  const view = import('./WorkbookView.js');
  view.catch(() => undefined);
  // One set of actions for the pane and the ribbon command: one undo, one session.
  // Created once Office is ready: the adapter reads the document's settings (the undo kept there).
  const actions = lazyActions(() =>
    Promise.all([adapter.catch(() => import('../excel/createBlocActions.js')), Office.onReady()]).then(([m]) =>
      m.createBlocActions(),
    ),
  );
  Office.onReady().then(
    (info) => {
      if (info.host !== Office.HostType.Excel) return mount(outside(false));
      try {
        Office.actions?.associate(
          'rankFromRibbon',
          rankFromRibbon({
            actions,
            lang: () => loadLang(undefined, officeLang()),
            showPane: () => Office.addin.showAsTaskpane(),
          }),
        );
      } catch {
        // A host without shared-runtime commands: the pane's own button still ranks.
      }
      const source = officeThemeSource();
      const dark = officeIsDark();
      // Read the workbook while the view's chunk arrives, rather than after it has rendered.
      const firstDetect = actions.detect({ lang: loadLang(undefined, officeLang()) });
      firstDetect.catch(() => undefined);
      const render = () =>
        mount(
          <App
            actions={actions}
            dark={dark}
            officeLang={officeLang}
            firstDetect={firstDetect}
            view={view.then((m) => m.WorkbookView)}
            {...(source ? { watchTheme: (cb: (d: boolean) => void) => watchOfficeTheme(source, cb) } : {})}
          />,
        );
      // In a dark Office, the first paint is already dark (no light flash).
      if (dark) void loadDarkTheme().then(render, render);
      else render();
    },
    () => mount(outside(false)),
  );
}
