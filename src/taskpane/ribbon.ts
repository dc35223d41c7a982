/**
 * The ribbon's "Xếp hạng" button (manifest.xml, `ExecuteFunction` `rankFromRibbon`, shared runtime): ranks
 * straight away with the pane's actions, hands the outcome to the pane (if it is showing, it shows the
 * result at once), and opens the pane only when there is something to read: errors, or ties the bloc must
 * decide. Everything else is in the sheet already.
 */
import type { BlocActions, RankOutcome } from '../excel/actions.js';
import type { Lang } from '../core/model.js';

type Listener = (outcome: RankOutcome) => void;
const listeners = new Set<Listener>();

/** The pane listens here for rankings started from the ribbon. Returns an unsubscribe. */
export function onRibbonRank(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Whether a ranking leaves something for the clerk to read: errors, or ties to decide. */
export function needsReading(outcome: RankOutcome): boolean {
  if (outcome.status === 'errors') return true;
  return outcome.summary.ties > 0 || outcome.rows.some((r) => r.marks.includes('pendingTie') || r.tied);
}

export interface RibbonDeps {
  readonly actions: BlocActions;
  /** The pane's language (the clerk's choice, remembered). */
  readonly lang: () => Lang;
  /** Opens the task pane (`Office.addin.showAsTaskpane`). */
  readonly showPane: () => Promise<void>;
}

/** The handler Office calls for the ribbon button; always completes the event. */
export function rankFromRibbon({ actions, lang, showPane }: RibbonDeps) {
  return async (event?: { completed: () => void }): Promise<void> => {
    try {
      const outcome = await actions.rank({ lang: lang() });
      for (const l of [...listeners]) l(outcome);
      if (needsReading(outcome)) await showPane().catch(() => undefined);
    } catch {
      await showPane().catch(() => undefined);
    } finally {
      event?.completed();
    }
  };
}
