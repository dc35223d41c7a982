import { Button } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { BlocActions, WorkbookState } from '../excel/actions.js';
import { BlocView } from './BlocView.js';
import { LazyCreateWorkbook } from './lazyParts.js';
import { Loading } from './Loading.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';
import { useTask } from './useTask.js';

export interface WorkbookViewProps {
  readonly actions: BlocActions;
}

/** On open: what is this workbook? A bloc workbook gets the sections; any other is offered the template. */
export function WorkbookView({ actions }: WorkbookViewProps) {
  const { t } = useLang();
  const task = useTask();
  const cells = useTask();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [created, setCreated] = useState(false);

  const detect = useCallback(async () => {
    const found = await task.run(() => actions.detect());
    if (found) setState(found);
  }, [actions, task.run]);

  useEffect(() => {
    void detect();
  }, [detect]);

  const selectCell = (sheet: string, cell: string) => void cells.run(() => actions.selectCell(sheet, cell));

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
          <BlocView
            actions={actions}
            state={state}
            onChanged={() => {
              setCreated(false);
              void detect();
            }}
          />
        </>
      ) : (
        <Suspense fallback={<Loading />}>
          <LazyCreateWorkbook
            actions={actions}
            conflicts={state.conflicts}
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
