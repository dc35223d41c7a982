import type { FACT_FIELDS, Lang } from '../core/model.js';
import type { ResultColumn } from '../core/labels.js';

/** An Excel error value as it appears in a cell (`#N/A`, `#VALUE!`, …). */
export interface CellError {
  readonly error: string;
}

/** What a cell holds, as the xlsx and Office.js adapters read it. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet's used range from A1: `rows[r][c]` is the cell at row r+1, column c+1. Rows may be ragged.
 * The optional fields are what a faithful reader also knows about the sheet (the xlsx package reader
 * and the Office.js adapter fill them where they can; hand-built grids in tests may leave them out).
 */
export interface SheetGrid {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Merged ranges (only the top-left cell of a merge holds its value). */
  readonly merges?: readonly CellRange[];
  /** 1-based numbers of the rows hidden in the sheet (a hidden unit row is still a unit, with a warning). */
  readonly hiddenRows?: ReadonlySet<number>;
  /**
   * Cells that hold a formula (their value in `rows` is the cached result): 1-based row → 1-based
   * columns. A ranking run never overwrites such a cell; it compares and warns instead.
   */
  readonly formulaCells?: ReadonlyMap<number, ReadonlySet<number>>;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

/** Where a bloc workbook keeps what a ranking run reads and writes (1-based rows and columns). */
export interface BlocLayout extends BlocLayoutDetails {
  /** The workbook's language, from its sheet names and headers (result headers follow it). */
  readonly lang: Lang;
  readonly settingsSheet: string;
  /** Settings items found: key of `Settings` → the cell of its value. */
  readonly settingCells: Readonly<Record<string, { readonly row: number; readonly col: number }>>;
  readonly criteriaSheet: string;
  readonly scoresSheet: string;
  readonly headerRow: number;
  /** The sheet row of each unit, aligned with `BlocInput.units`. */
  readonly unitRows: readonly number[];
  /** Column of every result column: existing ones where found, else appended at the right end. */
  readonly resultColumns: Readonly<Record<ResultColumn, number>>;
  /** Result columns that do not exist yet (their header is written by the run). */
  readonly missingResultColumns: readonly ResultColumn[];
  /** Roster position → criterion column, aligned with `BlocInput.criteria`. */
  readonly criterionColumns: readonly number[];
}

/** A result cell that holds the clerk's formula (1-based), with the value Excel last computed for it. */
export interface FormulaResult {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/** One cell a run writes. Strings are always text: adapters must never let them become formulas. */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  /** `header` for a created result header; `award` for the result cells of an award row (highlighted). */
  readonly role: 'header' | 'result' | 'award';
  /** For a created column's header: its width in Excel character units (an existing column keeps its own). */
  readonly width?: number;
  /** Wrap the text in the cell (long explanations). */
  readonly wrap?: boolean;
}

/** The optional fact columns of the scores sheet, by the `Unit` field they fill. */
export type FactField = (typeof FACT_FIELDS)[number];

/** Where `readBloc` found the parts of the criteria sheet (1-based), so issues can name their cells. */
export interface CriteriaLayout {
  /** The sheet row of each criterion, aligned with `BlocInput.criteria`. */
  readonly rows: readonly number[];
  readonly codeColumn: number;
  readonly maxColumn: number;
  readonly groupColumn: number | null;
  readonly kindColumn: number | null;
}

/**
 * Where a bloc workbook keeps the rest of what `readBloc` read (1-based). Kept apart from
 * `BlocLayout`'s original fields so code that builds a layout by hand still compiles.
 */
export interface BlocLayoutDetails {
  /** Column of the unit names in the scores sheet. */
  readonly unitColumn?: number;
  /** Fact columns found in the scores sheet. */
  readonly factColumns?: Readonly<Partial<Record<FactField, number>>>;
  readonly criteria?: CriteriaLayout;
  readonly historySheet?: string;
  readonly pledgeSheet?: string;
  /** The first header row of the scores sheet (the group row of a two-row header; else `headerRow`). */
  readonly headerTop?: number;
  /** Result cells of the unit rows and the header that hold the clerk's formula: never written, compared. */
  readonly formulaResults?: readonly FormulaResult[];
}

/**
 * One cell read as a value: blank, a value, an Excel error (`#N/A` …), text that is not what was
 * expected, or (percentages only) a number outside 0..100. Parsers never throw and never guess.
 */
export type ParsedValue<T> =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'excelError'; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string }
  | { readonly kind: 'outOfRange'; readonly text: string };
