import { Button, Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { BlocActions, IssueView, RankOutcome, RankRow, StoredResults } from '../excel/actions.js';
import { useAnnounce } from './Announcer.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { RankSummaryBar } from './RankSummaryBar.js';
import { LazyRankingTable } from './lazyParts.js';
import { Loading } from './Loading.js';
import { onRibbonRank } from './ribbon.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  run: { flexGrow: 1 },
  note: { color: tokens.colorNeutralForeground2 },
});

export type Ranked = Extract<RankOutcome, { status: 'ranked' }>;

/** What the panel shows after its last action. */
type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ranked'; readonly outcome: Ranked; readonly run: number }
  /** Results read back from the result columns when the pane opened. */
  | { readonly kind: 'stored'; readonly rows: readonly RankRow[]; readonly fresh: boolean }
  | { readonly kind: 'errors'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'undone'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'undoFailed'; readonly issues: readonly IssueView[] };

export interface RankPanelProps {
  readonly actions: BlocActions;
  /** Results the workbook already held when the pane opened. */
  readonly stored?: StoredResults | null;
  /** The data or the settings changed since the results shown. */
  readonly stale?: boolean;
  /** Selects a cell named by an issue (errors are the caller's to show). */
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** A ranking reached the workbook (from this panel or the ribbon). */
  readonly onRanked?: (outcome: RankOutcome) => void;
}

/**
 * Xếp hạng: one button ranks the bloc and writes the result columns; Hoàn tác restores them. Results the
 * workbook already holds are shown on open; when the sheets or settings change they are marked stale,
 * with one click to rank again. Outcomes are announced to screen readers.
 */
export function RankPanel({ actions, stored = null, stale = false, onSelectCell, onRanked }: RankPanelProps) {
  const styles = useStyles();
  const { t, lang, format } = useLang();
  const announce = useAnnounce();
  const task = useTask();
  const [view, setView] = useState<View>(() =>
    stored ? { kind: 'stored', rows: stored.rows, fresh: stored.fresh } : { kind: 'idle' },
  );
  const [undoable, setUndoable] = useState(() => actions.canUndo());
  // A ref, not state: the spinner that reads it shows only for a slow run (useTask), so a fast one renders once.
  const pendingAction = useRef<'rank' | 'undo'>('rank');

  const show = useCallback(
    (outcome: RankOutcome) => {
      setUndoable(actions.canUndo());
      if (outcome.status === 'ranked') {
        setView((v) => ({ kind: 'ranked', outcome, run: v.kind === 'ranked' ? v.run + 1 : 0 }));
        announce(t.flow.announceRanked(format(outcome.summary.units), format(outcome.summary.cellsChanged)));
      } else {
        setView({ kind: 'errors', issues: outcome.issues });
        announce(t.flow.announceErrors(format(outcome.issues.filter((i) => i.severity === 'error').length)));
      }
      onRanked?.(outcome);
    },
    [actions, announce, format, onRanked, t],
  );

  // Rankings started from the ribbon's "Xếp hạng" button land here too.
  useEffect(() => onRibbonRank(show), [show]);
  // The host decides: an undo kept in the document becomes available once the adapter has loaded; on the web
  // page a later change (settings, a sheet added) ends the ranking's undo.
  useEffect(() => {
    const can = actions.canUndo();
    if (can !== undoable) setUndoable(can);
  });

  const rank = async () => {
    const outcome = await task.run(() => {
      pendingAction.current = 'rank';
      return actions.rank({ lang });
    });
    // Rendered at once, not in a later task: where the ranking is quick (the web page's file host) the table
    // then reaches the screen in the frame after the click, with no frame of the click alone in between.
    if (outcome) flushSync(() => show(outcome));
  };

  const undo = async () => {
    const outcome = await task.run(() => {
      pendingAction.current = 'undo';
      return actions.undo();
    });
    setUndoable(actions.canUndo());
    if (!outcome) return;
    setView({ kind: outcome.ok ? 'undone' : 'undoFailed', issues: outcome.issues });
    if (outcome.ok) announce(t.flow.announceUndone);
  };

  const hasResults = view.kind === 'ranked' || view.kind === 'stored';
  const keep = view.kind === 'ranked' && undoable ? view.outcome.undoKeep : null;

  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        {/* Disabled but focusable while busy: the keyboard focus stays on the button it pressed. */}
        <Button appearance="primary" className={styles.run} disabledFocusable={task.busy} onClick={() => void rank()}>
          {t.rank.run}
        </Button>
        <Button
          icon={<ArrowUndoRegular />}
          disabledFocusable={task.busy || !undoable}
          aria-label={t.rank.undoLabel}
          onClick={() => void undo()}
        >
          {t.rank.undo}
        </Button>
      </div>
      {task.busy ? (
        <Spinner size="tiny" labelPosition="after" label={pendingAction.current === 'undo' ? t.rank.undoing : t.rank.running} />
      ) : null}
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      {hasResults && stale && !task.busy ? (
        <Notice
          intent="warning"
          title={t.flow.stale}
          actions={
            <Button size="small" appearance="primary" onClick={() => void rank()}>
              {t.flow.rerank}
            </Button>
          }
        >
          {t.flow.staleBody}
        </Notice>
      ) : null}
      {view.kind === 'idle' && !task.busy ? <Text>{t.rank.hint}</Text> : null}
      {view.kind === 'errors' ? (
        <Notice intent="error" title={t.rank.errorsTitle}>
          {t.rank.errorsBody(format(view.issues.filter((i) => i.severity === 'error').length))}
        </Notice>
      ) : null}
      {view.kind === 'undone' ? <Notice intent="success">{t.rank.undone}</Notice> : null}
      {view.kind === 'undoFailed' ? <Notice intent="error" title={t.rank.notUndone} /> : null}
      {view.kind === 'ranked' ? <RankSummaryBar outcome={view.outcome} /> : null}
      {view.kind === 'stored' && view.fresh && !stale ? (
        <Caption1 className={styles.note}>{t.flow.storedFresh}</Caption1>
      ) : null}
      {keep === 'session' ? <Notice intent="warning">{t.flow.undoSession}</Notice> : null}
      {keep === 'document' ? <Caption1 className={styles.note}>{t.flow.undoDocument}</Caption1> : null}
      {view.kind === 'ranked' || view.kind === 'errors' || view.kind === 'undone' || view.kind === 'undoFailed' ? (
        <IssueList issues={view.kind === 'ranked' ? view.outcome.issues : view.issues} onSelectCell={onSelectCell} />
      ) : null}
      {hasResults ? (
        <Suspense fallback={<Loading />}>
          <LazyRankingTable
            key={view.kind === 'ranked' ? view.run : 'stored'}
            rows={view.kind === 'ranked' ? view.outcome.rows : view.rows}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
