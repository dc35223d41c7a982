import { Suspense, useEffect, useState, type ComponentType } from 'react';
import type { BlocActions, WorkbookState } from '../excel/actions.js';
import type { WorkbookViewProps } from './WorkbookView.js';
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
  /**
   * The workbook view, already loaded (index.tsx fetches it while Office.js starts, so the first paint of
   * the bloc does not wait behind a Suspense boundary); lazy-loaded when absent.
   */
  readonly view?: Promise<ComponentType<WorkbookViewProps>>;
  /** The first detection, started by index.tsx as soon as Office is ready. */
  readonly firstDetect?: Promise<WorkbookState>;
}

/** The task pane inside Excel. */
export function App({ actions, dark: initialDark = false, watchTheme, officeLang, view, firstDetect }: AppProps) {
  const [dark, setDark] = useState(initialDark);
  // Plain state, not Suspense: React throttles a Suspense reveal by 300 ms, which the first paint need not pay.
  const [View, setView] = useState<ComponentType<WorkbookViewProps> | null>(null);
  const [viewFailed, setViewFailed] = useState(false);
  useEffect(() => {
    let live = true;
    view?.then(
      (v) => live && setView(() => v),
      () => live && setViewFailed(true),
    );
    return () => {
      live = false;
    };
  }, [view]);
  useEffect(() => watchTheme?.(setDark), [watchTheme]);
  return (
    <PaneShell dark={dark} {...(officeLang ? { officeLang } : {})}>
      {View ? (
        <View actions={actions} {...(firstDetect ? { firstDetect } : {})} />
      ) : view && !viewFailed ? (
        <Loading />
      ) : (
        <Suspense fallback={<Loading />}>
          <LazyWorkbookView actions={actions} {...(firstDetect ? { firstDetect } : {})} />
        </Suspense>
      )}
    </PaneShell>
  );
}
