import { Suspense, useEffect, useState } from 'react';
import type { BlocActions } from '../excel/actions.js';
import { LazyWorkbookView } from './lazyParts.js';
import { Loading } from './Loading.js';
import { PaneShell } from './PaneShell.js';

export interface AppProps {
  /** What the pane can ask of the workbook (createBlocActions() in Excel, fakes in tests). */
  readonly actions: BlocActions;
  /** Office's theme is dark (at open). */
  readonly dark?: boolean;
  /** Follows Office's theme while the pane is open: subscribe, get an unsubscribe. */
  readonly watchTheme?: (onChange: (dark: boolean) => void) => () => void;
  /** Office's display language, for the pane's language at first open. */
  readonly officeLang?: () => string | undefined;
}

/** The task pane inside Excel. */
export function App({ actions, dark: initialDark = false, watchTheme, officeLang }: AppProps) {
  const [dark, setDark] = useState(initialDark);
  useEffect(() => watchTheme?.(setDark), [watchTheme]);
  return (
    <PaneShell dark={dark} {...(officeLang ? { officeLang } : {})}>
      <Suspense fallback={<Loading />}>
        <LazyWorkbookView actions={actions} />
      </Suspense>
    </PaneShell>
  );
}
