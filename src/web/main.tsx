/**
 * Entry of the web page (BlocRank trên trình duyệt, dist/index.html): the task pane's shell and sections over
 * a workbook host on the chosen file (createFileActions.ts) instead of Office.js. The engine, the package
 * reader/patcher and the workbook view are loaded when a file is chosen, so the first paint carries only
 * the shell. Registers the page's service worker (offline after the first visit; its scope is this page).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PaneShell } from '../taskpane/PaneShell.js';
import { loadStrings } from '../taskpane/i18n.js';
import { loadLang } from '../taskpane/langStore.js';
import { useSettled } from '../taskpane/useSettled.js';
import { WebPage, type PageHost } from '../taskpane/WebPage.js';
import { registerPageWorker } from './registerPageWorker.js';

const host: PageHost = {
  open: async (file, lang) => (await import('./createFileActions.js')).openChosenFile(file, lang),
  template: async (lang, year) => (await import('./createFileActions.js')).templateWorkbook(lang, year),
  downloadName: (book) => {
    const dot = book.name.lastIndexOf('.');
    return `${dot > 0 ? book.name.slice(0, dot) : book.name}.ranked.${book.macroEnabled ? 'xlsm' : 'xlsx'}`;
  },
};

// The page's words for the pane's sections, and the sections themselves (the workbook view), are fetched at
// once, while the clerk looks for the file; the view shows once both are here.
const words = import('../taskpane/i18n/pageWords.js').then((m) => m.pageWords);
const view = Promise.all([import('../taskpane/WorkbookView.js'), words]).then(([m]) => m.WorkbookView);
view.catch(() => undefined);

function Page() {
  const settled = useSettled(words);
  return (
    // Without its words (their chunk failed to load) the page keeps the pane's; the view then says it failed.
    <PaneShell page words={settled.state === 'done' ? settled.value : undefined}>
      <WebPage host={host} view={view} />
    </PaneShell>
  );
}

const container = document.getElementById('root');
// The page's language's words before the first render (English is a chunk of its own; Vietnamese is here).
const render = () =>
  container &&
  createRoot(container).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
void loadStrings(loadLang()).then(render, render);
// Fetch the engine while the clerk looks for the file.
void import('./createFileActions.js').catch(() => undefined);
registerPageWorker();
