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

/** What the open workbook is. */
export type WorkbookState =
  | { readonly kind: 'bloc'; readonly lang: Lang; readonly bloc: string; readonly year: number | null; readonly units: number }
  /** Not a bloc workbook: `conflicts` lists existing sheets whose names a new bloc workbook would take. */
  | { readonly kind: 'notBloc'; readonly conflicts: readonly string[] };

export interface RankRow {
  /** Index in the roster (row order) and the sheet row. */
  readonly index: number;
  readonly row: number;
  readonly unit: string;
  readonly total: number;
  readonly rank: number;
  /** Still equal after every tie-break: the bloc must decide. */
  readonly tied: boolean;
  readonly grade: GradeCode;
  readonly awards: readonly AwardCode[];
  /** Tied across a quota boundary: awards wait for the bloc's vote. */
  readonly pending: boolean;
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
  | { readonly status: 'ranked'; readonly rows: readonly RankRow[]; readonly issues: readonly IssueView[]; readonly summary: RankSummary; readonly canUndo: boolean }
  /** Data errors: nothing was written. */
  | { readonly status: 'errors'; readonly issues: readonly IssueView[] };

export interface ActionOutcome {
  readonly ok: boolean;
  readonly issues: readonly IssueView[];
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

export interface BlocActions {
  detect(): Promise<WorkbookState>;
  /** Adds Cấu hình / Tiêu chí / Chấm điểm from the preset; refuses where sheets of those names exist. */
  createWorkbook(options: { readonly lang: Lang; readonly units: number }): Promise<ActionOutcome>;
  /** One Excel.run: ≤ 2 syncs to read, 1 to write; nothing written with any error; keeps an undo snapshot. */
  rank(options: { readonly lang: Lang }): Promise<RankOutcome>;
  /** Restores every cell the last run changed (values and formats). */
  undo(): Promise<ActionOutcome>;
  canUndo(): boolean;
  selectCell(sheet: string, cell: string): Promise<void>;
  readSettings(options: { readonly lang: Lang }): Promise<{ readonly settings: EditableSettings | null; readonly issues: readonly IssueView[] }>;
  writeSettings(changes: Partial<EditableSettings>, options: { readonly lang: Lang }): Promise<ActionOutcome>;
  previewPledge(options: { readonly lang: Lang }): Promise<PledgePreview>;
  /** Writes the pledge sheet; an existing sheet of that name is replaced only with `replace`. */
  writePledgeSheet(options: { readonly lang: Lang; readonly replace: boolean }): Promise<ActionOutcome & { readonly sheetName: string | null }>;
  /** The pledge as .docx bytes, for a download where the host allows it. */
  pledgeDocx(options: { readonly lang: Lang }): Promise<ActionOutcome & { readonly bytes: Uint8Array | null; readonly fileName: string }>;
}
