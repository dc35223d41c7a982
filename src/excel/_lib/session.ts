import type { Lang } from '../../core/model.js';
import type { UndoKeep, UndoStore } from './undoStore.js';

/** One rectangle of an undo snapshot: how to put it back exactly as it was before the run. */
export interface SnapshotBlock {
  /** 0-based position and size on the sheet. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  /**
   * Written back through `Range.formulas`: formulas as formulas, other values as they were (quote-prefixed
   * text with its apostrophe, errors as their text); `null` when the run did not write the values.
   */
  readonly restore: ReadonlyArray<ReadonlyArray<string | number | boolean>> | null;
  /** Number formats before the run, restored first (so text stays text); `null` when not changed. */
  readonly numberFormat: ReadonlyArray<ReadonlyArray<string>> | null;
  /** The formats the run set (fill, wrap; for created headers also font and alignment), as they were. */
  readonly props: ReadonlyArray<ReadonlyArray<Excel.SettableCellProperties>>;
  /** Widths (points) of the columns the run created, as they were: [0-based sheet column, width]. */
  readonly widths?: ReadonlyArray<readonly [number, number]> | null;
}

/** What the last ranking run changed, to undo it: per workbook session, in memory. */
export interface UndoSnapshot {
  readonly sheet: string;
  readonly blocks: readonly SnapshotBlock[];
  /** Cells the run changed. */
  readonly cells: number;
}

/** State kept between actions of one task-pane session. */
export interface Session {
  undo: UndoSnapshot | null;
  /** Where `undo` is kept besides memory (the document's add-in settings when it fits). */
  undoKeep: UndoKeep;
  readonly undoStore: UndoStore;
  /** The scores sheet and its result columns (1-based) as last read: changes there are BlocRank's own. */
  results: { readonly sheet: string; readonly cols: ReadonlySet<number> } | null;
  /** The clerk's language at the last action that named one (`undo` has none of its own). */
  lang: Lang;
}
