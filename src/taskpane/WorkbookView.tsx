import { Button } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { BlocActions, BlocState, WorkbookState } from '../excel/actions.js';
import { BlocView } from './BlocView.js';
import { isReady } from './Checklist.js';
import { LazyCreateWorkbook } from './lazyParts.js';
import { Loading } from './Loading.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';
import { useTask } from './useTask.js';

export interface WorkbookViewProps {
  readonly actions: BlocActions;
  /** The first detection, when the caller started it already (index.tsx, while this view loads). */
  readonly firstDetect?: Promise<WorkbookState>;
  /**
   * The detection already made (the web page detects while it opens the file): the sections show on the
   * first render, with no loading ring and no second detection.
   */
  readonly initial?: WorkbookState;
}

/** Edits of the sheets come in bursts (a paste, a fill): the first-run checklist is re-read once they settle. */
export const RECHECK_DELAY_MS = 400;

/** Results stored in the workbook that no longer match its scores. */
const isStale = (s: WorkbookState): boolean => s.kind === 'bloc' && s.stored !== null && !s.stored.fresh;

/**
 * On open: what is this workbook? A bloc workbook gets the sections (with its stored results read back);
 * any other is offered the template. While the pane is open it watches the bloc sheets: an edit marks the
 * results stale, and before the first ranking it refreshes the first-run checklist.
 */
export function WorkbookView({ actions, firstDetect, initial }: WorkbookViewProps) {
  const { t, lang } = useLang();
  const task = useTask();
  const cells = useTask();
  const [state, setState] = useState<WorkbookState | null>(initial ?? null);
  const [created, setCreated] = useState(false);
  const [stale, setStale] = useState(() => initial !== undefined && isStale(initial));
  const stateRef = useRef(state);
  stateRef.current = state;
  const langRef = useRef(lang);
  langRef.current = lang;

  const first = useRef(firstDetect);
  const detect = useCallback(async () => {
    const started = first.current;
    first.current = undefined;
    const found = await task.run(() => started ?? actions.detect({ lang: langRef.current }));
    if (found) {
      setState(found);
      setStale(isStale(found));
    }
  }, [actions, task.run]);

  // The detection given with the view belongs to these actions: no second one for them (StrictMode runs this
  // effect twice; other actions, if ever given, are detected).
  const detectedFor = useRef(initial !== undefined ? actions : null);
  useEffect(() => {
    if (detectedFor.current !== actions) void detect();
  }, [actions, detect]);

  // Watch the bloc sheets while the pane is open.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stop: (() => Promise<void>) | null = null;
    let gone = false;
    const recheck = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(
        () =>
          void actions.detect({ lang: langRef.current }).then(
            (s) => !gone && setState(s),
            () => undefined,
          ),
        RECHECK_DELAY_MS,
      );
    };
    actions
      .watch(() => {
        const s = stateRef.current;
        if (s?.kind === 'bloc') setStale(true);
        if (s?.kind !== 'bloc' || !isReady(s.checklist)) recheck();
      })
      .then(
        (unwatch) => (gone ? void unwatch() : (stop = unwatch)),
        () => undefined,
      );
    return () => {
      gone = true;
      if (timer) clearTimeout(timer);
      void stop?.();
    };
  }, [actions]);

  const selectCell = (sheet: string, cell: string) => void cells.run(() => actions.selectCell(sheet, cell));
  const update = useCallback((next: BlocState | null | undefined) => {
    // After the first action on the new workbook, the "created" notice has done its job.
    setCreated(false);
    if (next) setState(next);
  }, []);

  if (state === null)
    return task.error !== null ? (
      <ErrorBar
        message={task.error}
        actions={
          <Button size="small" onClick={() => void detect()}>
            {t.app.retry}
          </Button>
        }
      />
    ) : (
      <Loading />
    );

  return (
    <>
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      <ErrorBar message={cells.error} onDismiss={cells.clearError} />
      {state.kind === 'bloc' ? (
        <>
          {created ? (
            <Notice intent="success" onDismiss={() => setCreated(false)}>
              {t.start.created}
            </Notice>
          ) : null}
          <BlocView actions={actions} state={state} stale={stale} onState={update} onStale={setStale} />
        </>
      ) : (
        <Suspense fallback={<Loading />}>
          <LazyCreateWorkbook
            actions={actions}
            conflicts={state.conflicts}
            missing={state.missing}
            year={new Date().getFullYear()}
            onCreated={() => {
              setCreated(true);
              void detect();
            }}
            onRecheck={() => void detect()}
            onSelectCell={selectCell}
          />
        </Suspense>
      )}
    </>
  );
}
