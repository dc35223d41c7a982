/**
 * A print-ready sheet description, independent of ExcelJS and Office.js: the template sheets and the
 * pledge worksheet are built as `SheetSpec`s in pure code; src/xlsx and src/excel each write them.
 */

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly size?: number;
  readonly font?: string;
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Borders drawn thin on the named sides. */
  readonly border?: ReadonlyArray<'top' | 'bottom' | 'left' | 'right'>;
  /** Fill colour as RRGGBB. */
  readonly fill?: string;
  /** Excel number format, e.g. `0.00` or `@`. */
  readonly numberFormat?: string;
  /** First-line style indent in characters (Excel's indent level). */
  readonly indent?: number;
}

export interface SpecCell {
  /** 1-based. */
  readonly row: number;
  readonly col: number;
  /** Strings are text, never formulas. */
  readonly value: string | number | null;
  readonly style?: CellStyle;
}

export interface SpecMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SpecValidation {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Decimal between min and max (inclusive), or a list of allowed texts. */
  readonly rule:
    | {
        readonly type: 'decimal';
        readonly min: number;
        readonly max: number;
        /** Whole numbers only (Excel's "Whole number" validation); adapters without it check min..max. */
        readonly whole?: boolean;
      }
    | { readonly type: 'list'; readonly values: readonly string[] };
  readonly message?: string;
}

export interface PageSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fitToWidth?: boolean;
  /**
   * Manual page breaks: a new page starts after each of these 1-based rows (the pledge sheet keeps every
   * signature cell, and "Nơi nhận" with the last one, on one page). Writers that cannot set breaks ignore it.
   */
  readonly rowBreaks?: readonly number[];
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: readonly SpecCell[];
  readonly merges?: readonly SpecMerge[];
  /** Column widths in Excel character units, from column 1. */
  readonly columnWidths?: readonly number[];
  /** Row heights in points, by 1-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Rows frozen at the top (the header). */
  readonly frozenRows?: number;
  readonly validations?: readonly SpecValidation[];
  readonly pageSetup?: PageSetup;
}
