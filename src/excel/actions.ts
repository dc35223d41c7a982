/**
 * What the task pane can ask of the workbook: implemented with Office.js in src/excel (one module per
 * action, the only place with Excel.run / context.sync) and passed to React components as props, so
 * components never touch Office and tests inject fakes.
 */
import type { AwardCode, GradeCode, Lang, LeaderSelection } from '../core/model.js';

/** An issue as the pane shows it: the message already in the clerk's language, with its place. */
export interface IssueView {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** A bloc workbook as the header and the first-run checklist show it. */
export interface BlocState {
  readonly kind: 'bloc';
  /** The workbook's language (result cells are written in it, whatever the pane's language). */
  readonly lang: Lang;
  readonly bloc: string;
  readonly year: number | null;
  /** Units on the scores sheet (rows with a unit name). */
  readonly units: number;
  /** What still blocks a ranking: `Năm`, `Tên khối`, units, scores (all reported at once). */
  readonly checklist: Checklist;
  /** The results in the result columns, read back on open (null when the columns are empty). */
  readonly stored: StoredResults | null;
}

/** Each item is true when done. `blankScores` counts score cells still blank. */
export interface Checklist {
  readonly year: boolean;
  readonly bloc: boolean;
  readonly units: boolean;
  readonly scores: boolean;
  readonly blankScores: number;
}

/** Results found in the result columns when the workbook was opened. */
export interface StoredResults {
  /** The columns hold exactly what a ranking of the current data writes; false: the data changed since. */
  readonly fresh: boolean;
  readonly rows: readonly RankRow[];
}

/** What the open workbook is. */
export type WorkbookState =
  | BlocState
  /**
   * Not a bloc workbook: `conflicts` lists existing sheets whose names a new bloc workbook would take;
   * `missing` the bloc sheets still absent when some exist ("Thêm các trang còn thiếu").
   */
  | { readonly kind: 'notBloc'; readonly conflicts: readonly string[]; readonly missing: readonly string[] };

/**
 * Action items shown as badges: held (under disciplinary review), discipline (vetoed), a flag to be
 * confirmed, a tie at a quota boundary for the bloc to decide, outside the number of proposals.
 */
export type RankMark = 'held' | 'discipline' | 'confirm' | 'pendingTie' | 'outOfQuota';

/** Where the undo of the last ranking is kept (see src/excel/_lib/undoStore.ts). */
export type { UndoKeep } from './_lib/undoStore.js';
import type { UndoKeep } from './_lib/undoStore.js';

export interface RankRow {
  /** Index in the roster (row order) and the sheet row. */
  readonly index: number;
  readonly row: number;
  readonly unit: string;
  readonly total: number;
  readonly rank: number;
  /** Still equal after every tie-break: the bloc must decide. */
  readonly tied: boolean;
  /** Null only for a stale result read back whose grade cell is not a known label. */
  readonly grade: GradeCode | null;
  readonly awards: readonly AwardCode[];
  /** Tied across a quota boundary: awards wait for the bloc's vote. */
  readonly pending: boolean;
  /** Action items, in a fixed order (badges). */
  readonly marks: readonly RankMark[];
  /** In the pane's language. */
  readonly explanation: string;
}

export interface RankSummary {
  readonly units: number;
  readonly provincialFlags: number;
  readonly certificates: number;
  readonly governmentNominee: string | null;
  readonly ties: number;
  /** Cells written by this run (0 when a second run found nothing to change). */
  readonly cellsChanged: number;
}

export type RankOutcome =
  | {
      readonly status: 'ranked';
      readonly rows: readonly RankRow[];
      readonly issues: readonly IssueView[];
      readonly summary: RankSummary;
      readonly canUndo: boolean;
      /** Where the undo is kept: `session` when the snapshot is over the document's 1 MB. */
      readonly undoKeep: UndoKeep;
      /** The workbook as read by this run (the header refreshes from it, without reading again). */
      readonly state: BlocState | null;
    }
  /** Data errors: nothing was written. */
  | { readonly status: 'errors'; readonly issues: readonly IssueView[]; readonly state?: BlocState | null };

export interface ActionOutcome {
  readonly ok: boolean;
  readonly issues: readonly IssueView[];
  /** The workbook after the action, where the action read it anyway (no extra round trip). */
  readonly state?: WorkbookState | null;
}

/** A change of the bloc's data sheets noticed while the pane is open. */
export interface SheetChange {
  readonly sheet: string;
  readonly address: string;
}

/** The settings the pane edits; the `Cấu hình` sheet stays the one source of truth. */
export interface EditableSettings {
  readonly provincialFlags: number;
  readonly certificates: number | 'auto';
  readonly nominateGovernmentFlag: boolean;
  readonly governmentFlagWithProvincial: boolean;
  /** As a clerk writes it, e.g. "Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ". */
  readonly tieBreak: string;
  readonly bands: { readonly excellent: number; readonly good: number; readonly complete: number };
  readonly leaderSelection: LeaderSelection;
  /** Null while `Năm` is blank or unreadable. */
  readonly year: number | null;
  readonly bloc: string;
  readonly authority: string;
  readonly place: string;
  /** '' when blank. */
  readonly leader: string;
  readonly deputy: string;
  readonly nextLeader: string;
  readonly nextDeputy: string;
  readonly blocDecision: string;
  readonly bonusCapPercent: number;
  readonly awardGrade: GradeCode;
}

/** What the settings section reads: the settings, the roster (for the leader pickers), the sheet's language. */
export interface SettingsRead {
  readonly settings: EditableSettings | null;
  readonly issues: readonly IssueView[];
  /** Unit names in roster order. */
  readonly units?: readonly string[];
  /** The workbook's language (the tie-break order is written in it). */
  readonly lang?: Lang;
}

export interface PledgePreview {
  readonly ok: boolean;
  /** N+1. */
  readonly year: number | null;
  readonly leader: string | null;
  readonly deputy: string | null;
  readonly signatories: readonly string[];
  readonly commitments: readonly string[];
  /** `Giao ước N+1`, and whether a sheet of that name exists already. */
  readonly sheetName: string | null;
  readonly sheetExists: boolean;
  readonly issues: readonly IssueView[];
}

/** A proposal after the vote (DOMAIN.md §10), as the Hồ sơ tab shows it. */
export interface ProposalView {
  /** Roster index and the unit's name. */
  readonly index: number;
  readonly unit: string;
  readonly rank: number;
  readonly award: AwardCode;
  /** Approving votes; null when not counted yet (no ballot sheet, or a blank cell). */
  readonly votes: number | null;
  readonly voters: number;
  /** votes ÷ voters (0..1); null with `votes`. */
  readonly approval: number | null;
  readonly status: 'passed' | 'failed' | 'pending';
  /** One of tied candidates at a quota boundary (a pending one is the bloc's to decide). */
  readonly tie: boolean;
}

/** One document of the dossier, as offered for download (file names as the CLI writes them). */
export interface DossierDocumentView {
  readonly kind: 'bienBan' | 'toTrinh' | 'baoCao';
  readonly fileName: string;
  /** The unit of a báo cáo thành tích. */
  readonly unit?: string;
}

/** The year-end dossier as read from the workbook: the proposals after the vote and the documents. */
export interface DossierRead {
  /** The proposals could be made (no data error). */
  readonly ok: boolean;
  readonly year: number | null;
  /** The ballot sheet's name when the workbook has one, else null. */
  readonly ballotSheet: string | null;
  /** The name a new ballot sheet would get (`Bình bầu` or `Ballot`, in the workbook's language). */
  readonly newBallotSheet: string;
  readonly voters: number | null;
  readonly thresholdPercent: number | null;
  /** In rank order; every one pending without a ballot sheet. */
  readonly proposals: readonly ProposalView[];
  readonly documents: readonly DossierDocumentView[];
  readonly issues: readonly IssueView[];
}

/** The Hồ sơ tab's actions (issue 11). Optional in `BlocActions`: a host without them shows no Hồ sơ tab. */
export interface DossierActions {
  /** Reads the workbook (2 syncs) and applies the ballot, as `blocrank dossier` does. */
  read(options: { readonly lang: Lang }): Promise<DossierRead>;
  /**
   * Adds the `Bình bầu` sheet pre-filled with the ranking's candidates. Never replaces a sheet: refused
   * when the workbook has one. Not part of Hoàn tác (which undoes the last ranking): delete the sheet to remove it.
   */
  addBallotSheet(options: { readonly lang: Lang }): Promise<ActionOutcome & { readonly sheetName: string | null }>;
  /** One document of the dossier (a `fileName` of `read`'s documents) as .docx bytes. */
  documentDocx(options: {
    readonly lang: Lang;
    readonly fileName: string;
  }): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }>;
}

export interface BlocActions {
  /** Reads the workbook (2 syncs); stored results are explained in `lang`. */
  detect(options?: { readonly lang: Lang }): Promise<WorkbookState>;
  /**
   * Adds Cấu hình / Tiêu chí / Chấm điểm from the preset (`Năm` = `year`); refuses where sheets of those
   * names exist. With `missingOnly`, adds only the bloc sheets the workbook lacks.
   */
  createWorkbook(options: { readonly lang: Lang; readonly units: number; readonly year?: number; readonly missingOnly?: boolean }): Promise<ActionOutcome>;
  /** Mở ví dụ: adds the bundled example bloc as new sheets (Vietnamese, or English with `sheetLang` `en`). */
  openExample(options: { readonly lang: Lang; readonly sheetLang: Lang }): Promise<ActionOutcome>;
  /**
   * Calls `onChange` when a cell of a bloc data sheet (settings, criteria, scores, history, ballot) changes,
   * except the result cells BlocRank itself writes. Resolves with a function that stops watching.
   */
  watch(onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** Where the undo of the last ranking is kept. */
  undoKeep(): UndoKeep;
  /** One Excel.run: ≤ 2 syncs to read, 1 to write; nothing written with any error; keeps an undo snapshot. */
  rank(options: { readonly lang: Lang }): Promise<RankOutcome>;
  /** Restores every cell the last run changed (values and formats). */
  undo(): Promise<ActionOutcome>;
  canUndo(): boolean;
  selectCell(sheet: string, cell: string): Promise<void>;
  readSettings(options: { readonly lang: Lang }): Promise<SettingsRead>;
  /** Writes the changes and reads the sheet back in the same request: `settings` is the form's new state. */
  writeSettings(
    changes: Partial<EditableSettings>,
    options: { readonly lang: Lang },
  ): Promise<ActionOutcome & { readonly settings?: SettingsRead }>;
  previewPledge(options: { readonly lang: Lang }): Promise<PledgePreview>;
  /** Writes the pledge sheet; an existing sheet of that name is replaced only with `replace`. */
  writePledgeSheet(options: { readonly lang: Lang; readonly replace: boolean }): Promise<ActionOutcome & { readonly sheetName: string | null }>;
  /** The pledge as .docx bytes, for a download where the host allows it. */
  pledgeDocx(options: { readonly lang: Lang }): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }>;
  /** The year-end dossier (Hồ sơ tab); absent where the host does not offer it yet. */
  readonly dossier?: DossierActions;
}
