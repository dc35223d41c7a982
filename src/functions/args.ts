// The one argument runner of the worksheet functions: turns what Excel passes (2-D arrays of cells, scalars,
// null for an omitted argument) into checked shapes and values, and names the place of every bad value
// ("row 3 of argument "totals": "abc" is not a number"). Values are read by src/grid's parsers, so a cell
// means the same here as in a workbook read by the CLI. Two kinds of failure:
// - a bad *cell* is a value: an `ErrorCell` in that cell of the result (`#VALUE!` with its message);
// - a misused *argument* (wrong shape, a bad option) throws `ArgumentError`: the whole formula is `#VALUE!`.
import { issue, type Issue, type IssueParams } from '../core/issue.js';
import { formatIssue, type IssueCode } from '../core/messages.js';
import { foldText } from '../core/foldText.js';
import type { GradeCode } from '../core/model.js';
import { matchHeader } from '../grid/matchHeader.js';
import { AUTO_NAMES } from '../grid/names.js';
import { parseGrade } from '../grid/parseGrade.js';
import { parseNumber } from '../grid/parseNumber.js';
import { parsePercent } from '../grid/parsePercent.js';
import { parseText } from '../grid/parseText.js';
import { parseYesNo } from '../grid/parseYesNo.js';
import type { CellValue, ParsedValue } from '../grid/types.js';
import { functionsVi } from './functions-vi.js';

/** The Excel errors the functions return. */
export type ExcelErrorCode = '#VALUE!' | '#N/A';

/** A result cell that is an error: the Excel error and the issue that explains it. */
export interface ErrorCell {
  readonly excelError: ExcelErrorCode;
  readonly issue: Issue;
}

/** One cell of a function's result. */
export type ResultCell = number | string | ErrorCell;

/** A misused argument: the whole formula gives `excelError` with the issue's message. */
export class ArgumentError extends Error {
  constructor(
    readonly issue: Issue,
    readonly excelError: ExcelErrorCode = '#VALUE!',
  ) {
    super(formatIssue(issue, 'en'));
    this.name = 'ArgumentError';
  }
}

/** Which parameter of which function (by id), to name it in messages in English and Vietnamese. */
export interface ParamRef {
  readonly fn: string;
  readonly name: string;
}

/** A 2-D argument, checked to be a non-empty rectangle. */
export interface RangeArg {
  readonly ref: ParamRef;
  readonly cells: readonly (readonly unknown[])[];
  /** Rows and columns read: all of them, or only the used ones after `trimRange`. */
  readonly rows: number;
  readonly cols: number;
  /** Rows up to the last one holding a non-blank cell (0 when every cell is blank). */
  readonly usedRows: number;
  /** For a single row: columns up to the last non-blank cell; otherwise `cols`. */
  readonly usedCols: number;
}

/**
 * Whether `value` is an `ErrorCell`.
 *
 * @example isErrorCell(errorCell('#VALUE!', 'FN_CELL_BLANK', {})) // true
 */
export function isErrorCell(value: unknown): value is ErrorCell {
  return typeof value === 'object' && value !== null && 'excelError' in value && 'issue' in value;
}

/**
 * An error cell with its message.
 *
 * @example errorCell('#N/A', 'FN_RANK_NOT_FOUND', { arg: 'values', argVi: 'gia_tri', value: 85 })
 */
export function errorCell(excelError: ExcelErrorCode, code: IssueCode, params: IssueParams): ErrorCell {
  return { excelError, issue: issue('error', code, params) };
}

/**
 * Throws the `ArgumentError` for a misused argument.
 *
 * @example misuse('FN_ARG_MISSING', argParams({ fn: 'GRADE', name: 'total' }))
 */
export function misuse(code: IssueCode, params: IssueParams): never {
  throw new ArgumentError(issue('error', code, params));
}

/**
 * The message parameters naming a parameter: `arg` (its English name) and `argVi` (its Vietnamese name
 * from functions-vi.ts).
 *
 * @example argParams({ fn: 'RANKBLOC', name: 'values' }) // { arg: 'values', argVi: 'gia_tri' }
 */
export function argParams(ref: ParamRef): { arg: string; argVi: string } {
  return { arg: ref.name, argVi: functionsVi[ref.fn]?.parameters?.[ref.name]?.name ?? ref.name };
}

/** `other` / `otherVi`: a second parameter named in a message. */
function otherParams(ref: ParamRef): { other: string; otherVi: string } {
  const { arg, argVi } = argParams(ref);
  return { other: arg, otherVi: argVi };
}

/**
 * Whether Excel left an optional argument out (null; some hosts pass undefined).
 *
 * @example isOmitted(null) // true
 */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * Whether a cell is blank as Excel passes an empty cell: null (undefined from code), or text of spaces only.
 * A 0 is a number here; see `zeroAsBlank` for the columns where 0 cannot be a value.
 *
 * @example isBlankCell('  ') // true
 */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'string' && parseText(value).kind === 'blank';
}

/**
 * A range argument as Excel passes it (rows of cells). A single value (a literal in the formula, or a call
 * from code) counts as a 1×1 range. Throws when it is missing or not rectangular. One backward pass both
 * checks the shape and finds the last used row (`usedRows`): Excel passes `H:H` as 1,048,576 rows, and the
 * per-cell RANKBLOC runs this on every call, so it must cost no more than one bare pass over the rows. With
 * `deferShape` the pass stops at the last used row and the caller checks the shape of the rows above as it
 * reads them (`requireRowShape`), so a bounded range is walked once, not twice.
 *
 * @example rangeArg([[1], [2], [null]], { fn: 'RANKBLOC', name: 'values' }).usedRows // 2
 */
export function rangeArg(value: unknown, ref: ParamRef, options: { readonly deferShape?: boolean } = {}): RangeArg {
  if (isOmitted(value)) misuse('FN_ARG_MISSING', argParams(ref));
  const cells = Array.isArray(value) ? (value as unknown[]) : [[value]];
  const rows = cells.length;
  if (rows === 0) misuse('FN_ARG_MISSING', argParams(ref));
  const first = cells[0];
  const cols = Array.isArray(first) ? first.length : -1;
  let usedRows = 0;
  for (let r = rows - 1; r >= 0; r--) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== cols) return irregular(cells, ref);
    if (usedRows > 0 && options.deferShape) break; // the caller checks each used row as it reads it
    if (usedRows === 0) {
      for (let c = 0; c < cols; c++) {
        const v: unknown = row[c];
        if (v === null || v === undefined || v === '') continue;
        if (!isBlankCell(v)) {
          usedRows = r + 1;
          break;
        }
      }
    }
  }
  if (cols === 0) misuse('FN_ARG_MISSING', argParams(ref));
  let usedCols = cols;
  if (rows === 1) {
    const row = cells[0] as unknown[];
    while (usedCols > 0 && isBlankCell(row[usedCols - 1])) usedCols--;
  }
  return { ref, cells: cells as unknown[][], rows, cols, usedRows, usedCols };
}

/**
 * Throws unless `row` (a row read from a range made with `deferShape`) has the range's width.
 *
 * @example requireRowShape(range, range.cells[r])
 */
export function requireRowShape(range: RangeArg, row: unknown): void {
  if (!Array.isArray(row) || row.length !== range.cols) {
    const widths = (range.cells as unknown[]).map((x) => (Array.isArray(x) ? x.length : 1));
    misuse('FN_NOT_VECTOR', { ...argParams(range.ref), rows: range.cells.length, cols: Math.max(...widths) });
  }
}

/** A 1-D array from code is read as one column; anything else ragged misuses the argument. */
function irregular(cells: unknown[], ref: ParamRef): RangeArg {
  if (!cells.some(Array.isArray))
    return rangeArg(
      cells.map((v) => [v]),
      ref,
    );
  const widths = cells.map((x) => (Array.isArray(x) ? x.length : 1));
  return misuse('FN_NOT_VECTOR', { ...argParams(ref), rows: cells.length, cols: Math.max(...widths) });
}

/**
 * The range cut after its last used row (and, for a single row, after its last used column): what a
 * whole-column `H:H` or a column with reserved empty rows reduces to, without copying the cells. Ranges
 * that line up row for row (`aligned`) are cut at the same row: the last used in any of them. An entirely
 * blank range keeps one row (its cells are then blank). With `columns`, a single row is also cut after its last
 * used column (a whole row `2:2`).
 *
 * @example trimRange(rangeArg([[90], [null], [null]], ref)).rows // 1
 */
export function trimRange(
  range: RangeArg,
  aligned: readonly RangeArg[] = [],
  options: { readonly columns?: boolean } = {},
): RangeArg {
  let rows = range.usedRows;
  for (const other of aligned) rows = Math.max(rows, other.usedRows);
  rows = Math.max(1, Math.min(rows, range.rows));
  const cols = options.columns && range.rows === 1 ? Math.max(1, range.usedCols) : range.cols;
  if (rows === range.rows && cols === range.cols) return range;
  return { ...range, rows, cols };
}

/**
 * `rangeArg` for an optional parameter: `null` when omitted.
 *
 * @example optionalRangeArg(null, { fn: 'RANKBLOC', name: 'range' }) // null
 */
export function optionalRangeArg(value: unknown, ref: ParamRef): RangeArg | null {
  return isOmitted(value) ? null : rangeArg(value, ref);
}

/**
 * Throws unless `range` is a single column.
 *
 * @example requireColumn(rangeArg([[1, 2]], ref)) // throws FN_NOT_COLUMN
 */
export function requireColumn(range: RangeArg): void {
  if (range.cols !== 1) misuse('FN_NOT_COLUMN', { ...argParams(range.ref), rows: range.rows, cols: range.cols });
}

/**
 * Throws unless `range` has as many rows as `other` (both cover the same units, row for row).
 *
 * @example requireSameRows(tieBreak, totals)
 */
export function requireSameRows(range: RangeArg, other: RangeArg): void {
  if (range.rows !== other.rows) {
    misuse('FN_ROWS_MISMATCH', {
      ...argParams(range.ref),
      ...otherParams(other.ref),
      count: range.rows,
      expected: other.rows,
    });
  }
}

/** A single row or column read as a list, whatever its orientation. */
export interface VectorArg {
  readonly range: RangeArg;
  readonly length: number;
  /** The cell at 0-based position `i`. */
  readonly cell: (i: number) => unknown;
  /** Message parameters naming position `i` (`row` for a column, `col` for a row). */
  readonly params: (i: number) => IssueParams;
}

/**
 * Reads a single row or column as a list (a criteria column and a unit's row of points line up by
 * position). Throws for a block of several rows and columns.
 *
 * @example vectorArg(rangeArg([[30, 10, 15]], ref)).length // 3
 */
export function vectorArg(range: RangeArg): VectorArg {
  if (range.rows > 1 && range.cols > 1) {
    misuse('FN_NOT_VECTOR', { ...argParams(range.ref), rows: range.rows, cols: range.cols });
  }
  const vertical = range.cols === 1;
  const { cells } = range;
  return {
    range,
    length: vertical ? range.rows : range.cols,
    cell: vertical ? (i) => cells[i]![0] : (i) => cells[0]![i],
    params: (i) => (vertical ? cellParams(range, i, 0) : cellParams(range, 0, i)),
  };
}

/**
 * Throws unless `vector` has as many cells as `other`.
 *
 * @example requireSameLength(points, maxima)
 */
export function requireSameLength(vector: VectorArg, other: VectorArg): void {
  if (vector.length !== other.length) {
    misuse('FN_LENGTH_MISMATCH', {
      ...argParams(vector.range.ref),
      ...otherParams(other.range.ref),
      count: vector.length,
      expected: other.length,
    });
  }
}

/**
 * Message parameters naming the cell at 0-based (r, c) of `range`, as a clerk sees the range: `row` in a
 * column, `col` in a row, both in a block, neither for a single cell.
 *
 * @example cellParams(rangeArg([[1], [2], ['x']], ref), 2, 0) // { arg: 'totals', argVi: 'tong_diem', row: 3 }
 */
export function cellParams(range: RangeArg, r: number, c: number): IssueParams {
  // The range as the clerk typed it (before `trimRange`): a column keeps its row numbers.
  const params: Record<string, string | number> = argParams(range.ref);
  if (range.cells.length > 1) params.row = r + 1;
  if ((range.cells[0]?.length ?? 1) > 1) params.col = c + 1;
  return params;
}

/**
 * A cell as src/grid reads it: Excel error values arrive as `CustomFunctions.Error`-like objects
 * (`{ code: '#N/A' }`) or as text (`'#N/A'`); the former become grid's `{ error }`. A data-type cell (an
 * entity, a formatted number …) arrives as an object: it is read as its basic value (`basicValue`), or
 * shown by its display text or type, so a message never says "[object Object]".
 *
 * @example excelCell({ code: '#N/A', message: '' }) // { error: '#N/A' }
 * @example excelCell({ type: 'FormattedNumber', basicValue: 85, numberFormat: '0.0' }) // 85
 */
export function excelCell(value: unknown): CellValue | undefined {
  if (typeof value !== 'object' || value === null || value instanceof Date || 'error' in value) {
    return value as CellValue | undefined;
  }
  const v = value as { code?: unknown; basicValue?: unknown; text?: unknown; type?: unknown };
  if (typeof v.code === 'string') return { error: v.code };
  const basic = v.basicValue;
  if (typeof basic === 'number' || typeof basic === 'boolean') return basic;
  if (typeof basic === 'string' && basic !== '') return basic;
  if (typeof v.text === 'string' && v.text !== '') return v.text;
  return typeof v.type === 'string' ? `[${v.type}]` : '[?]';
}

/**
 * The error cell for a parsed value that is not a value: blank, an Excel error, unreadable text or a
 * percentage out of range, at `params` (see `cellParams`), `expected` naming what was wanted.
 *
 * @example parsedError({ kind: 'invalid', text: 'abc' }, params, 'number') // FN_CELL_INVALID
 */
export function parsedError(
  parsed: Exclude<ParsedValue<unknown>, { kind: 'value' }>,
  params: IssueParams,
  expected: string,
): ErrorCell {
  switch (parsed.kind) {
    case 'blank':
      return errorCell('#VALUE!', 'FN_CELL_BLANK', { ...params, expected });
    case 'excelError':
      return errorCell('#VALUE!', 'FN_CELL_EXCEL_ERROR', { ...params, value: parsed.text });
    case 'outOfRange':
      return errorCell('#VALUE!', 'FN_CELL_OUT_OF_RANGE', { ...params, value: parsed.text });
    case 'invalid':
      return errorCell('#VALUE!', 'FN_CELL_INVALID', { ...params, value: parsed.text, expected });
  }
}

/** What a blank cell is worth when reading numbers: an error, 0, or `null` (left to the caller). */
export type BlankAs = 'error' | 'zero' | 'null';

/**
 * Reads one cell as a number (`parseNumber`: numbers stored as text, decimal commas, thousands dots,
 * spaces). `booleans` reads TRUE/FALSE as 1/0 (tie-break keys such as `=N2>=70`). Returns the number,
 * `null` (a blank when `blank` is `null`) or the error cell naming `params`.
 *
 * @example readNumber('8,5', params, { blank: 'error' }) // 8.5
 */
export function readNumber(
  value: unknown,
  params: () => IssueParams,
  options: { readonly blank: BlankAs; readonly booleans?: boolean; readonly expected?: string },
): number | null | ErrorCell {
  if (typeof value === 'number' && Number.isFinite(value)) return value; // the common case, no allocation
  if (options.booleans && typeof value === 'boolean') return value ? 1 : 0;
  const parsed = parseNumber(excelCell(value));
  if (parsed.kind === 'value') return parsed.value;
  if (parsed.kind === 'blank' && options.blank !== 'error') return options.blank === 'zero' ? 0 : null;
  return parsedError(parsed, params(), options.expected ?? 'number');
}

// ---- scalar options: a bad option misuses the function (the whole formula is #VALUE!) ------------------

/** A scalar argument, unwrapping a 1×1 range; `undefined` when omitted or blank. */
function scalar(value: unknown, ref: ParamRef): CellValue | undefined {
  let v = value;
  if (Array.isArray(v)) {
    const r = rangeArg(v, ref);
    if (r.rows !== 1 || r.cols !== 1) misuse('FN_NOT_VECTOR', { ...argParams(ref), rows: r.rows, cols: r.cols });
    v = r.cells[0]![0];
  }
  const cell = excelCell(v);
  if (cell === null || cell === undefined || (typeof cell === 'string' && parseText(cell).kind === 'blank'))
    return undefined;
  return cell;
}

function take<T>(parsed: ParsedValue<T>, ref: ParamRef, expected: string): T {
  if (parsed.kind === 'value') return parsed.value;
  throw new ArgumentError(parsedError(parsed, argParams(ref), expected).issue);
}

/**
 * A number option; `fallback` when omitted. `positive` rejects 0 and negatives.
 *
 * @example numberOption('1.000', ref, { positive: true }) // 1000
 */
export function numberOption(
  value: unknown,
  ref: ParamRef,
  options: { readonly fallback?: number; readonly positive?: boolean } = {},
): number {
  const cell = scalar(value, ref);
  if (cell === undefined) {
    if (options.fallback !== undefined) return options.fallback;
    return misuse('FN_ARG_MISSING', argParams(ref));
  }
  const expected = options.positive ? 'positive' : 'number';
  const n = take(parseNumber(cell), ref, expected);
  if (options.positive && !(n > 0)) misuse('FN_CELL_INVALID', { ...argParams(ref), value: String(n), expected });
  return n;
}

/**
 * A percentage option (`90`, `"90%"`, a percent-formatted 0.9), as the settings sheet reads it.
 *
 * @example percentOption('90%', ref, 80) // 90
 */
export function percentOption(value: unknown, ref: ParamRef, fallback: number): number {
  const cell = scalar(value, ref);
  return cell === undefined ? fallback : take(parsePercent(cell, { numbers: 'auto' }), ref, 'percent');
}

/**
 * A yes/no option (`Có`/`Không`, TRUE/FALSE, `x` …).
 *
 * @example yesNoOption('Không', ref, true) // false
 */
export function yesNoOption(value: unknown, ref: ParamRef, fallback: boolean): boolean {
  const cell = scalar(value, ref);
  return cell === undefined ? fallback : take(parseYesNo(cell), ref, 'yesNo');
}

/**
 * A whole number ≥ 0 (a quota); with `auto`, also `Tự động`/`Auto`.
 *
 * @example quotaOption('Tự động', ref, 'auto', { auto: true }) // 'auto'
 */
export function quotaOption<F extends number | 'auto'>(
  value: unknown,
  ref: ParamRef,
  fallback: F,
  options: { readonly auto?: boolean } = {},
): number | F {
  const cell = scalar(value, ref);
  if (cell === undefined) return fallback;
  if (options.auto && matchHeader(cell, AUTO_NAMES)) return 'auto' as F;
  const expected = options.auto ? 'certificates' : 'quota';
  const n = take(parseNumber(cell), ref, expected);
  if (!Number.isInteger(n) || n < 0) misuse('FN_CELL_INVALID', { ...argParams(ref), value: String(n), expected });
  return n;
}

/**
 * A grade option: a code (`HTXSNV`) or a label in Vietnamese or English.
 *
 * @example gradeOption('Hoàn thành tốt nhiệm vụ', ref, 'HTXSNV') // 'HTTNV'
 */
export function gradeOption(value: unknown, ref: ParamRef, fallback: GradeCode): GradeCode {
  const cell = scalar(value, ref);
  return cell === undefined ? fallback : take(parseGrade(cell), ref, 'grade');
}

/** The output languages of labels: Vietnamese, English, or the codes of DOMAIN.md §2. */
export type LabelLang = 'vi' | 'en' | 'code';

const LANG_WORDS: Readonly<Record<string, LabelLang>> = {
  vi: 'vi',
  vn: 'vi',
  'tieng viet': 'vi',
  en: 'en',
  english: 'en',
  'tieng anh': 'en',
  code: 'code',
  ma: 'code',
};

/**
 * The language of the labels a function writes: `vi` (default), `en` or, where `allowed`, `code`;
 * case, spaces and diacritics ignored (`"EN"`, `"Tiếng Anh"`).
 *
 * @example langOption('EN', ref, ['vi', 'en', 'code']) // 'en'
 */
export function langOption<L extends LabelLang>(value: unknown, ref: ParamRef, allowed: readonly L[]): L {
  const cell = scalar(value, ref);
  if (cell === undefined) return 'vi' as L;
  const text = take(parseText(cell), ref, 'text');
  const lang = LANG_WORDS[foldText(text)];
  if (lang === undefined || !(allowed as readonly LabelLang[]).includes(lang)) {
    misuse('FN_CELL_INVALID', {
      ...argParams(ref),
      value: text,
      expected: allowed.includes('code' as L) ? 'lang' : 'awardLang',
    });
  }
  return lang as L;
}
