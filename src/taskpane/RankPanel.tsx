import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { BlocActions, IssueView, RankOutcome } from '../excel/actions.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { RankSummaryBar } from './RankSummaryBar.js';
import { LazyRankingTable } from './lazyParts.js';
import { Loading } from './Loading.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  run: { flexGrow: 1 },
});

export type Ranked = Extract<RankOutcome, { status: 'ranked' }>;

/** What the panel shows after its last action. */
type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ranked'; readonly outcome: Ranked; readonly run: number }
  | { readonly kind: 'errors'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'undone'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'undoFailed'; readonly issues: readonly IssueView[] };

export interface RankPanelProps {
  readonly actions: BlocActions;
  /** Selects a cell named by an issue (errors are the caller's to show). */
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** Called after a run or an undo that reached the workbook. */
  readonly onChanged?: () => void;
}

/** Xếp hạng: one button ranks the bloc and writes the result columns; Hoàn tác restores them. */
export function RankPanel({ actions, onSelectCell, onChanged }: RankPanelProps) {
  const styles = useStyles();
  const { t, lang, format } = useLang();
  const task = useTask();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [undoable, setUndoable] = useState(() => actions.canUndo());
  const [pendingAction, setPendingAction] = useState<'rank' | 'undo' | null>(null);

  // Once a run or an undo has reached the workbook and its result is on screen, let the caller re-read the
  // workbook (after the paint, so a large sheet's re-read does not delay the results).
  const changedRef = useRef(onChanged);
  useEffect(() => {
    changedRef.current = onChanged;
  });
  useEffect(() => {
    if (view.kind === 'ranked' || view.kind === 'undone') changedRef.current?.();
  }, [view]);

  const rank = async () => {
    setPendingAction('rank');
    const outcome = await task.run(() => actions.rank({ lang }));
    setPendingAction(null);
    setUndoable(actions.canUndo());
    if (!outcome) return;
    if (outcome.status === 'ranked')
      setView((v) => ({ kind: 'ranked', outcome, run: v.kind === 'ranked' ? v.run + 1 : 0 }));
    else setView({ kind: 'errors', issues: outcome.issues });
  };

  const undo = async () => {
    setPendingAction('undo');
    const outcome = await task.run(() => actions.undo());
    setPendingAction(null);
    setUndoable(actions.canUndo());
    if (!outcome) return;
    setView({ kind: outcome.ok ? 'undone' : 'undoFailed', issues: outcome.issues });
  };

  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Button appearance="primary" className={styles.run} disabled={task.busy} onClick={() => void rank()}>
          {t.rank.run}
        </Button>
        <Button
          icon={<ArrowUndoRegular />}
          disabled={task.busy || !undoable}
          aria-label={t.rank.undoLabel}
          onClick={() => void undo()}
        >
          {t.rank.undo}
        </Button>
      </div>
      {task.busy ? (
        <Spinner size="tiny" labelPosition="after" label={pendingAction === 'undo' ? t.rank.undoing : t.rank.running} />
      ) : null}
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      {view.kind === 'idle' && !task.busy ? <Text>{t.rank.hint}</Text> : null}
      {view.kind === 'errors' ? (
        <Notice intent="error" title={t.rank.errorsTitle}>
          {t.rank.errorsBody(format(view.issues.filter((i) => i.severity === 'error').length))}
        </Notice>
      ) : null}
      {view.kind === 'undone' ? <Notice intent="success">{t.rank.undone}</Notice> : null}
      {view.kind === 'undoFailed' ? <Notice intent="error" title={t.rank.notUndone} /> : null}
      {view.kind === 'ranked' ? <RankSummaryBar outcome={view.outcome} /> : null}
      {view.kind !== 'idle' ? (
        <IssueList issues={view.kind === 'ranked' ? view.outcome.issues : view.issues} onSelectCell={onSelectCell} />
      ) : null}
      {view.kind === 'ranked' ? (
        <Suspense fallback={<Loading />}>
          <LazyRankingTable key={view.run} rows={view.outcome.rows} />
        </Suspense>
      ) : null}
    </div>
  );
}
