/**
 * Task-pane entry: the only place that meets Office. It waits for Office.js, reads the Office theme, and
 * renders the pane with the Excel actions — or, outside Excel (no host, or no Office.js at all), a page
 * saying what BlocRank is and how to install it. The custom functions are loaded by taskpane.html itself
 * (the shared runtime), not imported here.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { lazyActions } from './lazyActions.js';
import { OutsideExcel } from './OutsideExcel.js';
import { PaneShell } from './PaneShell.js';
import { isDarkColor } from './theme.js';

function mount(node: ReactNode): void {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<StrictMode>{node}</StrictMode>);
}

/** Office's theme, where the host reports one (Excel on the web and newer desktop builds do). */
function officeIsDark(): boolean {
  try {
    return isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

function outside(): ReactNode {
  return (
    <PaneShell>
      <OutsideExcel />
    </PaneShell>
  );
}

if (typeof Office === 'undefined') {
  mount(outside());
} else {
  // Excel is the likely host: fetch the Excel adapter (with the engine) and the workbook view while Office.js
  // initialises, rather than after the first render.
  const adapter = import('../excel/createBlocActions.js');
  adapter.catch(() => undefined);
  import('./WorkbookView.js').catch(() => undefined);
  // A failed fetch is reported by the first action that needs it, and retried by the next one.
  const actions = () =>
    lazyActions(() => adapter.catch(() => import('../excel/createBlocActions.js')).then((m) => m.createBlocActions()));
  Office.onReady().then(
    (info) =>
      mount(info.host === Office.HostType.Excel ? <App actions={actions()} dark={officeIsDark()} /> : outside()),
    () => mount(outside()),
  );
}
