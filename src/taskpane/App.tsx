import { Suspense } from 'react';
import type { BlocActions } from '../excel/actions.js';
import { LazyWorkbookView } from './lazyParts.js';
import { Loading } from './Loading.js';
import { PaneShell } from './PaneShell.js';

export interface AppProps {
  /** What the pane can ask of the workbook (createBlocActions() in Excel, fakes in tests). */
  readonly actions: BlocActions;
  /** Office's theme is dark. */
  readonly dark?: boolean;
}

/** The task pane inside Excel. */
export function App({ actions, dark = false }: AppProps) {
  return (
    <PaneShell dark={dark}>
      <Suspense fallback={<Loading />}>
        <LazyWorkbookView actions={actions} />
      </Suspense>
    </PaneShell>
  );
}
