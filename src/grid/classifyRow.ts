import type { Severity } from '../core/issue.js';
import type { IssueCode } from '../core/messages.js';
import type { Criterion } from '../core/model.js';
import { cellText, isBlank, trimSpaces } from './_lib/cells.js';
import { foldKey } from './_lib/foldKey.js';
import { parseNumber } from './parseNumber.js';
import type { CellValue } from './types.js';

/** What a row under the scores header is. Only `unit` rows are ranked. */
export type RowKindId =
  | 'unit'
  | 'blank'
  | 'signature'
  | 'maxPoints'
  | 'total'
  | 'heading'
  | 'note'
  | 'nameMissing'
  | 'noName'
  | 'ambiguousSignature'
  | 'ambiguousHeading'
  | 'ambiguousMaxPoints'
  | 'ambiguousTotal';

/** One row read for classification (columns 1-based, `cells` 0-based as in the grid). */
export interface RowFacts {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: ReadonlyArray<CellValue>;
  /** The unit-name cell as trimmed text, `''` when blank. */
  readonly name: string;
  /**
   * The row's label: the name, else the first text left of the criterion columns (a helper row's
   * label often sits in the STT column, merged over the name column). `''` when none.
   */
  readonly label: string;
  /** The label's column (1-based; the name column when there is no label). */
  readonly labelCol: number;
  /** The label folded (`foldKey`) without trailing `:`/`.`, for keyword matching. */
  readonly key: string;
  /** The STT column (1-based), 0 when the sheet has none. */
  readonly sttCol: number;
  /** What the STT cell holds (`none` when the sheet has no STT column). */
  readonly stt: 'none' | 'blank' | 'number' | 'roman' | 'letter' | 'other';
  /** Non-blank cells in the criterion columns. */
  readonly points: number;
  /** Criterion cells holding a number (or numeric text). */
  readonly numbers: number;
  /** The criterion cells read as numbers, in `RowColumns.criterionCols` order: NaN where blank or not a number. */
  readonly values: Float64Array;
  /** `foldKey` of the name (`''` when blank): the key the duplicate-name check uses. */
  readonly nameKey: string;
}

/** What a row test may ask about the table around the row. */
export interface RowTable {
  /** Whether any text cell of the row reads as the signature block (`Người lập biểu`, a date line …). */
  readonly hasSignatureText: (facts: RowFacts) => boolean;
  /** Whether the row's points are the criteria maxima (every capped criterion at its max). */
  readonly equalsMaxima: (facts: RowFacts) => boolean;
  /** Whether the row's points are the sum or the average of the units above (all, or since the last heading). */
  readonly looksLikeTotal: (facts: RowFacts) => boolean;
}

/** A row kind: how it is recognised, and what a run says about a row of that kind (HyperFormula style). */
export interface RowKind {
  readonly id: RowKindId;
  readonly test: (facts: RowFacts, table: RowTable) => boolean;
  /** The issue raised for such a row (`null` for a unit), its severity, and the reason it carries. */
  readonly message: IssueCode | null;
  readonly severity: Severity | null;
  readonly reason?: string;
}

/** Whole-cell keywords (folded) of total and average rows. "Trường Cao đẳng Cộng đồng" is a unit. */
export const TOTAL_WORDS: ReadonlySet<string> = new Set([
  'tong cong',
  'cong',
  'tong',
  'tong so',
  'binh quan',
  'trung binh',
  'diem binh quan',
  'diem trung binh',
  'binh quan chung',
  'total',
  'grand total',
  'subtotal',
  'sum',
  'average',
  'mean',
]);

/** Whole-cell keywords (folded) of the row of maximum or standard points under the header. */
export const MAX_WORDS: ReadonlySet<string> = new Set([
  'diem toi da',
  'diem chuan',
  'thang diem',
  'max',
  'maximum',
  'max points',
  'maximum points',
  'standard points',
]);

/** Starts of a signature-block cell (folded): the compiler, `TM.`/`KT.` lines, leader titles, confirmations. */
const SIGNATURE_START =
  /^(?:nguoi lap bieu|nguoi lap bang|nguoi lap|nguoi tong hop|tm[.:]|kt[.:]|khoi truong|khoi pho|thu truong don vi|thu truong|xac nhan cua|xac nhan|\(ky,? ghi ro ho ten|\(ky ten)/;
/** A date line: "Tây Ninh, ngày … tháng … năm 2024" (folded). */
const DATE_LINE = /(?:^|[\s,])ngay\b.*\bthang\b.*\bnam\b/;
/** A label written as a heading: "I. Khối cơ quan Đảng", "A. Các sở, ngành", "b) …" (folded). */
const HEADING_LABEL = /^(?:[ivxlcdm]+|[a-z])[.)]\s+\S/;
/** A footnote under the table: "Ghi chú: …", "Lưu ý …", "(*) …" (folded). */
const NOTE_LABEL = /^(?:ghi chu|luu y|chu thich|chu y|note|\(?\*)/;
const ROMAN = /^[ivxlcdm]+\.?$/i;
const LETTER = /^\p{L}[.)]?$/u;
const DIGITS = /^\d+[.)]?$/;
const TRAILING = /[\s:.]+$/;

const isSignature = (facts: RowFacts, table: RowTable): boolean =>
  facts.numbers === 0 && (facts.name === '' || isSignatureKey(facts.nameKey)) && table.hasSignatureText(facts);
const isHeadingStt = (facts: RowFacts): boolean => facts.stt === 'roman' || facts.stt === 'letter';
// The cheap look for "." or ")" in the first characters spares most unit names the regular expressions.
const isHeadingLabel = (facts: RowFacts): boolean =>
  (hasMarkEarly(facts.key) && HEADING_LABEL.test(facts.key)) || facts.label.endsWith(':');

function hasMarkEarly(key: string): boolean {
  const end = Math.min(key.length, 8);
  for (let i = 1; i < end; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2e || c === 0x29) return true;
  }
  return false;
}

/**
 * The row kinds, tried in order; the first whose test passes names the row (DOMAIN.md §4 "Which rows
 * are units"). Helper rows are skipped with an info issue; a row that could be a unit or a helper row
 * is an error naming its cell, never a guess. Tested by looping over the registry.
 */
export const ROW_KINDS: readonly RowKind[] = [
  // A row holding nothing but its number is an empty slot of the table, as blank as a row with nothing.
  { id: 'blank', test: (f) => f.points === 0 && f.label === '' && isEmpty(f.cells, f.sttCol), message: 'ROW_SKIPPED', severity: 'info', reason: 'blank' },
  { id: 'signature', test: isSignature, message: 'SIGNATURE_SKIPPED', severity: 'info' },
  {
    id: 'maxPoints',
    test: (f, t) => MAX_WORDS.has(f.key) || (f.name === '' && f.stt !== 'number' && f.numbers > 0 && t.equalsMaxima(f)),
    message: 'ROW_SKIPPED',
    severity: 'info',
    reason: 'maxPoints',
  },
  { id: 'total', test: (f) => TOTAL_WORDS.has(f.key), message: 'ROW_SKIPPED', severity: 'info', reason: 'total' },
  {
    id: 'heading',
    test: (f) => f.points === 0 && (isHeadingStt(f) || isHeadingLabel(f)),
    message: 'ROW_SKIPPED',
    severity: 'info',
    reason: 'heading',
  },
  {
    id: 'note',
    test: (f) => f.points === 0 && NOTE_LABEL.test(f.key),
    message: 'ROW_SKIPPED',
    severity: 'info',
    reason: 'note',
  },
  { id: 'nameMissing', test: (f) => f.name === '' && f.points > 0, message: 'UNIT_NAME_MISSING', severity: 'error' },
  { id: 'noName', test: (f) => f.name === '', message: 'ROW_SKIPPED', severity: 'info', reason: 'noName' },
  {
    id: 'ambiguousSignature',
    test: (f) => isSignatureKey(f.nameKey),
    message: 'ROW_AMBIGUOUS',
    severity: 'error',
    reason: 'signature',
  },
  {
    id: 'ambiguousHeading',
    test: (f) => isHeadingStt(f) || isHeadingLabel(f),
    message: 'ROW_AMBIGUOUS',
    severity: 'error',
    reason: 'heading',
  },
  {
    id: 'ambiguousMaxPoints',
    test: (f, t) => f.stt === 'blank' && f.numbers > 0 && t.equalsMaxima(f),
    message: 'ROW_AMBIGUOUS',
    severity: 'error',
    reason: 'maxPoints',
  },
  {
    id: 'ambiguousTotal',
    // A numbered row is a unit: a total row carries no STT, and the clerk can always settle it by numbering.
    test: (f, t) => f.stt !== 'number' && f.numbers > 0 && t.looksLikeTotal(f),
    message: 'ROW_AMBIGUOUS',
    severity: 'error',
    reason: 'total',
  },
  { id: 'unit', test: () => true, message: null, severity: null },
];

/**
 * The kind of one row under the header: the first entry of `ROW_KINDS` whose test passes.
 *
 * @example classifyRow(facts, table).id // 'total' for a row named "Bình quân"
 */
export function classifyRow(facts: RowFacts, table: RowTable): RowKind {
  for (const kind of ROW_KINDS) if (kind.test(facts, table)) return kind;
  return ROW_KINDS[ROW_KINDS.length - 1]!;
}

/** Whether a text reads as a cell of the signature block under the table. */
export function isSignatureText(text: string): boolean {
  return text !== '' && isSignatureKey(foldKey(trimSpaces(text)));
}

function isSignatureKey(key: string): boolean {
  return key !== '' && (SIGNATURE_START.test(key) || DATE_LINE.test(key));
}

/** A cell read as a number for classification only (number or numeric text), else `null`. */
export function numberIn(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const parsed = parseNumber(value);
  return parsed.kind === 'value' ? parsed.value : null;
}

/** Where the parts of a row sit (1-based columns, 0 when absent). */
export interface RowColumns {
  readonly unitCol: number;
  readonly sttCol: number;
  /** Criterion columns in column order. */
  readonly criterionCols: readonly number[];
}

/** `RowFacts` that `rowFacts` may fill again for the next row (a reader of 100k rows allocates one). */
export type RowFactsBuffer = { -readonly [K in keyof RowFacts]: RowFacts[K] };

/** A fresh buffer for `rowFacts`, sized for the criterion columns. */
export function rowFactsBuffer(columns: RowColumns): RowFactsBuffer {
  return {
    row: 0,
    cells: [],
    name: '',
    label: '',
    labelCol: 0,
    key: '',
    sttCol: columns.sttCol,
    stt: 'none',
    points: 0,
    numbers: 0,
    values: new Float64Array(columns.criterionCols.length),
    nameKey: '',
  };
}

/**
 * Reads a row's facts for `classifyRow`. `into`, when given, is filled and returned instead of new
 * facts: its fields are then valid until the next call.
 *
 * @example rowFacts(['I', 'Khối cơ quan Đảng', null], 7, { unitCol: 2, sttCol: 1, criterionCols: [3] }).stt // 'roman'
 */
export function rowFacts(
  cells: ReadonlyArray<CellValue>,
  row: number,
  columns: RowColumns,
  into: RowFactsBuffer = rowFactsBuffer(columns),
): RowFacts {
  const { unitCol, sttCol, criterionCols } = columns;
  const values = into.values;
  let points = 0;
  let numbers = 0;
  let firstCriterion = Number.MAX_SAFE_INTEGER;
  for (let j = 0; j < criterionCols.length; j++) {
    const col = criterionCols[j]!;
    firstCriterion = Math.min(firstCriterion, col);
    const v = cells[col - 1];
    values[j] = NaN;
    if (v === null || v === undefined) continue;
    // Fast path for the common cell, a plain number.
    const n = typeof v === 'number' ? (Number.isFinite(v) ? v : null) : isBlank(v) ? undefined : numberIn(v);
    if (n === undefined) continue;
    points++;
    if (n !== null) {
      numbers++;
      values[j] = n;
    }
  }
  const nameCell = cells[unitCol - 1];
  const name = typeof nameCell === 'string' ? trimSpaces(nameCell) : isBlank(nameCell) ? '' : cellText(nameCell);
  const nameKey = name === '' ? '' : foldKey(name);
  let label = name;
  let labelCol = unitCol;
  if (label === '') {
    const end = Math.min(cells.length, firstCriterion - 1);
    for (let c = 0; c < end; c++) {
      const v = cells[c];
      if (typeof v === 'string' && !isBlank(v) && numberIn(v) === null) {
        label = trimSpaces(v);
        labelCol = c + 1;
        break;
      }
    }
  }
  into.row = row;
  into.cells = cells;
  into.name = name;
  into.label = label;
  into.labelCol = labelCol;
  into.key = label === '' ? '' : keyOf(label === name ? nameKey : foldKey(label));
  into.sttCol = sttCol;
  into.stt = sttCol > 0 ? sttKind(cells[sttCol - 1]) : 'none';
  into.points = points;
  into.numbers = numbers;
  into.nameKey = nameKey;
  return into;
}

/** A folded label without trailing `:`/`.`/spaces (checked first: most labels have none). */
function keyOf(folded: string): string {
  const last = folded.charCodeAt(folded.length - 1);
  return last === 0x3a || last === 0x2e || last === 0x20 ? folded.replace(TRAILING, '') : folded;
}

function sttKind(value: CellValue | undefined): RowFacts['stt'] {
  if (isBlank(value)) return 'blank';
  if (typeof value === 'number') return 'number';
  if (typeof value !== 'string') return 'other';
  const text = trimSpaces(value);
  if (DIGITS.test(text)) return 'number';
  if (ROMAN.test(text)) return 'roman';
  if (LETTER.test(text)) return 'letter';
  return 'other';
}

/** Whether every cell is blank, the STT cell (1-based `sttCol`, 0 for none) aside when it holds a number. */
function isEmpty(cells: ReadonlyArray<CellValue>, sttCol: number): boolean {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    if (c === sttCol - 1 && sttKind(v) === 'number') continue;
    return false;
  }
  return true;
}

/** The `RowTable` of a scores table: the criteria in their columns, and running sums of the units read so far. */
export class ScoresRowTable implements RowTable {
  private readonly cols: readonly number[];
  private readonly maxes: ReadonlyArray<number | null>;
  private readonly scored: readonly boolean[];
  private readonly all: Totals;
  private section: Totals;

  /** `criteria[i]` sits in column `criterionColumns[i]` (0 when it has none). */
  constructor(criteria: readonly Criterion[], criterionColumns: readonly number[]) {
    const present = criteria.map((_, i) => i).filter((i) => criterionColumns[i]! > 0);
    this.cols = present.map((i) => criterionColumns[i]!);
    this.maxes = present.map((i) => criteria[i]!.max);
    this.scored = present.map((i) => criteria[i]!.kind === 'score');
    this.all = new Totals(this.cols.length);
    this.section = new Totals(this.cols.length);
  }

  hasSignatureText = (facts: RowFacts): boolean => {
    for (const v of facts.cells) if (typeof v === 'string' && isSignatureText(v)) return true;
    return false;
  };

  equalsMaxima = (facts: RowFacts): boolean => {
    let scoredSeen = false;
    for (let j = 0; j < this.cols.length; j++) {
      const v = facts.values[j]!;
      const max = this.maxes[j]!;
      if (Number.isNaN(v)) {
        if (this.scored[j]) return false;
        continue;
      }
      if (max === null || v !== max) return false;
      if (this.scored[j]) scoredSeen = true;
    }
    return scoredSeen;
  };

  looksLikeTotal = (facts: RowFacts): boolean => this.all.matches(facts.values) || this.section.matches(facts.values);

  /** Counts a unit row into the running sums. */
  addUnit(facts: RowFacts): void {
    this.all.add(facts.values);
    this.section.add(facts.values);
  }

  /** Starts a new section (after a heading or a subtotal row): subtotals sum the units since. */
  newSection(): void {
    this.section = new Totals(this.cols.length);
  }
}

/** Sum, minimum and maximum per criterion column over some unit rows. */
class Totals {
  private count = 0;
  private readonly sum: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;

  constructor(n: number) {
    this.sum = new Float64Array(n);
    this.min = new Float64Array(n).fill(Infinity);
    this.max = new Float64Array(n).fill(-Infinity);
  }

  add(values: Float64Array): void {
    this.count++;
    for (let j = 0; j < values.length; j++) {
      const raw = values[j]!;
      const v = Number.isNaN(raw) ? 0 : raw;
      this.sum[j]! += v;
      if (v < this.min[j]!) this.min[j] = v;
      if (v > this.max[j]!) this.max[j] = v;
    }
  }

  /**
   * Whether every number of the row is the sum of the column (and one sum is more than any single
   * value), or every number is the column's average to one decimal (at least `MEAN_COLUMNS` numbers,
   * one column not constant: a unit's few whole scores may hit the average by chance).
   */
  matches(values: Float64Array): boolean {
    if (this.count < 2) return false;
    let sum = true;
    let mean = true;
    let sumTells = false;
    let meanTells = false;
    let seen = 0;
    for (let j = 0; j < values.length && (sum || mean); j++) {
      const v = values[j]!;
      if (Number.isNaN(v)) continue;
      seen++;
      const s = this.sum[j]!;
      const m = s / this.count;
      if (sum && close(v, s)) sumTells ||= s > this.max[j]! + 1e-9;
      else sum = false;
      // An average row is often rounded for display (one decimal at least).
      if (mean && Math.abs(v - m) < 0.05) meanTells ||= this.min[j]! < this.max[j]!;
      else mean = false;
    }
    return seen > 0 && ((sum && sumTells) || (mean && meanTells && seen >= MEAN_COLUMNS));
  }
}

/** Numbers a row needs before it can look like an average of the units above. */
const MEAN_COLUMNS = 3;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}
