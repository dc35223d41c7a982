import { hasErrors, type Issue, type Result } from '../core/issue.js';
import { RESULT_COLUMNS, type ResultColumn } from '../core/labels.js';
import { FACT_FIELDS, type Criterion, type FactColumns, type Lang, type Unit } from '../core/model.js';
import { cellText, usedWidth } from './_lib/cells.js';
import { foldKey } from './_lib/foldKey.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, MAX_CELL_TEXT, sheetIssue, take, type Where } from './_lib/report.js';
import { classifyRow, isSignatureText, rowFacts, rowFactsBuffer, ScoresRowTable, type RowColumns } from './classifyRow.js';
import { findHeaderRows } from './findHeaderRows.js';
import { isFractionColumn } from './isFractionColumn.js';
import { matchCriterionHeader } from './matchCriterionHeader.js';
import { matchHeader } from './matchHeader.js';
import { SCORE_COLUMNS, SHEET_NAMES } from './names.js';
import { parseDiscipline } from './parseDiscipline.js';
import { parseGrade } from './parseGrade.js';
import { parseNumber } from './parseNumber.js';
import { parsePercent } from './parsePercent.js';
import { parseText } from './parseText.js';
import { parseYesNo } from './parseYesNo.js';
import { toA1 } from './toA1.js';
import type { CellValue, FactField, FormulaResult, ParsedValue, SheetGrid } from './types.js';

/** What `readScores` found (rows and columns 1-based). */
export interface ScoresSheet {
  readonly units: readonly Unit[];
  readonly facts: FactColumns;
  /** `en` when the sheet name and headers are mostly English names. */
  readonly lang: Lang;
  /** The row of criterion codes (the lower row of a two-row header). */
  readonly headerRow: number;
  /** The first header row (the group row of a two-row header, else `headerRow`). */
  readonly headerTop: number;
  readonly unitColumn: number;
  /** The sheet row of each unit, aligned with `units`. */
  readonly unitRows: readonly number[];
  /** The column of each criterion, aligned with the criteria; 0 where a criterion has no column. */
  readonly criterionColumns: readonly number[];
  readonly factColumns: Readonly<Partial<Record<FactField, number>>>;
  readonly resultColumns: Readonly<Record<ResultColumn, number>>;
  readonly missingResultColumns: readonly ResultColumn[];
  /** False when a criterion has no column: the units cannot be scored. */
  readonly complete: boolean;
  /** Result cells (of unit rows and the header) that hold the clerk's formula, with their cached value. */
  readonly formulaResults: readonly FormulaResult[];
}

/**
 * Reads the `Chấm điểm` [`Scores`] sheet against the criteria: the header is the first row holding
 * `Đơn vị`/`Unit` (title rows above are skipped), or two rows — a group row above the row of criterion
 * codes (`findHeaderRows`); `STT`/`No.` is optional; one column per criterion, headed by its code,
 * optionally followed by a description (`A1 - …`, never `A10` for `A1`); the optional fact columns; the
 * result columns wherever they are, else placed after the last used column. A header that matches
 * nothing is kept and warned about (UNKNOWN_COLUMN).
 *
 * Which rows are units (DOMAIN.md §4): every row under the header is classified by `classifyRow`; only
 * unit rows are read, in row order. Helper rows (maximum points, totals and averages, group headings,
 * blank gaps, the signature block and everything below it) are skipped, each named in an info issue;
 * a row that cannot be told apart is an error naming its cell. A hidden unit row is read, with a
 * warning. A repeated unit name (ignoring case and diacritics) is an error naming both cells. A blank
 * score, bonus or penalty cell is `null`: the engine judges blanks and ranges. Unreadable cells (text,
 * dates, Excel errors, percentages outside 0..100, votes that are not whole numbers ≥ 0) are errors
 * naming their cell. `Tỷ lệ nữ (%)`: numbers are fractions when every bare number of the units is
 * ≤ 1 (see `isFractionColumn`), else percents.
 *
 * `value` is `null` only when there is no header row.
 *
 * @example readScores({ name: 'Chấm điểm', rows: [['Đơn vị', 'A1'], ['Sở Nội vụ', '8,5']] }, criteria).value?.units[0]?.points // [8.5]
 */
export function readScores(sheet: SheetGrid, criteria: readonly Criterion[]): Result<ScoresSheet | null> {
  const issues: Issue[] = [];
  const name = sheet.name;
  const codes = criteria.map((c) => c.code);
  const header = findHeaderRows(sheet, SCORE_COLUMNS, 'unit', { isCode: (v) => matchCriterionHeader(v, codes) >= 0 });
  if (!header) {
    const n = namesOf(SCORE_COLUMNS.unit);
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: n.name, alt: n.alt }, name));
    return { ok: false, value: null, issues };
  }
  const headerRow = header.row;
  const unitCol = header.col;
  const headerCells = header.cells;
  const scan = scanHeader(sheet, headerRow, SCORE_COLUMNS, issues, headerCells);
  const columns = scan.columns;

  // Criterion columns: headers that name a criterion code; anything else is kept and warned about.
  const criterionColumns: number[] = criteria.map(() => 0);
  for (const { col, value } of scan.rest) {
    const index = matchCriterionHeader(value, codes);
    const where: Where = { sheet: name, row: header.cellRows[col - 1] ?? headerRow, col };
    if (index < 0) {
      issues.push(cellIssue('warning', 'UNKNOWN_COLUMN', { header: cellText(value) }, where));
    } else if (criterionColumns[index]) {
      const first = toA1(headerRow, criterionColumns[index]!);
      issues.push(cellIssue('error', 'DUPLICATE_COLUMN', { header: cellText(value), first }, where));
    } else {
      criterionColumns[index] = col;
    }
  }
  let complete = true;
  criteria.forEach((c, i) => {
    if (criterionColumns[i]) return;
    complete = false;
    issues.push(sheetIssue('error', 'CRITERION_COLUMN_MISSING', { code: c.code, row: headerRow }, name, `c:${i}`));
  });

  const factColumns: Partial<Record<FactField, number>> = {};
  for (const f of FACT_FIELDS) if (columns[f] !== undefined) factColumns[f] = columns[f];
  const facts: FactColumns = {
    votes: factColumns.votes !== undefined,
    womenPercent: factColumns.womenPercent !== undefined,
    discipline: factColumns.discipline !== undefined,
    exceededTargets: factColumns.exceededTargets !== undefined,
    strongOrganisations: factColumns.strongOrganisations !== undefined,
    newModel: factColumns.newModel !== undefined,
    note: factColumns.note !== undefined,
    officialGrade: factColumns.officialGrade !== undefined,
    signerTitle: factColumns.signerTitle !== undefined,
    signer: factColumns.signer !== undefined,
  };

  const rows = sheet.rows;
  // Created result columns go right of the table (its header rows and everything under them); title rows
  // above the header are left out, so a stray value far right in a title row cannot push them off the sheet.
  let lastUsed = 0;
  for (let r = header.top - 1; r < headerRow; r++) lastUsed = Math.max(lastUsed, usedWidth(rows[r]));

  // Criteria in column order, so a row's issues read left to right.
  const byColumn = criteria.map((_, i) => i).filter((i) => criterionColumns[i]! > 0);
  byColumn.sort((a, b) => criterionColumns[a]! - criterionColumns[b]!);
  const pointFields = criteria.map((_, i) => `c:${i}`);

  // Which rows are units: classified before any cell is read, so helper rows never raise cell errors.
  const rowColumns: RowColumns = {
    unitCol,
    sttCol: columns.no ?? 0,
    criterionCols: byColumn.map((i) => criterionColumns[i]!),
  };
  const unitRowNames = classifyRows(sheet, headerRow, rowColumns, new ScoresRowTable(criteria, criterionColumns), issues);
  for (let r = headerRow; r < rows.length; r++) lastUsed = Math.max(lastUsed, usedWidth(rows[r]));
  // A formula cell counts as used even when its cached value is blank: a created column never lands on it.
  if (sheet.formulaCells) {
    for (const [r, cols] of sheet.formulaCells) if (r >= header.top) for (const c of cols) lastUsed = Math.max(lastUsed, c);
  }

  const womenCol = factColumns.womenPercent;
  const womenNumbers =
    womenCol !== undefined && isFractionColumn(columnValues(rows, unitRowNames.rows, womenCol - 1)) ? 'fraction' : 'percent';

  const units: Unit[] = [];
  const unitRows: number[] = [];
  const seen = new Map<string, number>();
  const nCriteria = criteria.length;
  const percentOptions = { numbers: womenNumbers } as const;
  const parseWomen = (v: CellValue) => parsePercent(v, percentOptions);
  // The row being read, for the closures below (kept out of the loop: 100k rows must stay cheap).
  let cells: ReadonlyArray<CellValue> = [];
  let row = 0;
  let index = 0;
  /** A parsed cell's value; only a bad cell pays for building its issue. */
  const read = <T>(parsed: ParsedValue<T>, col: number, field: string, expected: string): T | null => {
    if (parsed.kind === 'value') {
      const v = parsed.value;
      if (typeof v === 'string' && v.length > MAX_CELL_TEXT) return tooLong(v, col, field);
      return v;
    }
    if (parsed.kind === 'blank') return null;
    const label = cellText(headerCells[col - 1] ?? null);
    const raw = cells[col - 1];
    if (raw instanceof Date && expected !== 'text') {
      const params = { date: isoDate(raw), expected, label, of: 'column' };
      issues.push(cellIssue('error', 'DATE_IN_NUMBER_CELL', params, { sheet: name, row, col, unit: index, field }));
      return null;
    }
    return take(issues, parsed, { sheet: name, row, col, unit: index, field }, expected, label);
  };
  const tooLong = (text: string, col: number, field?: string): null => {
    const params = { length: text.length, label: cellText(headerCells[col - 1] ?? null), of: 'column' };
    const where = { sheet: name, row, col, unit: index, ...(field ? { field } : {}) };
    issues.push(cellIssue('error', 'TEXT_TOO_LONG', params, where));
    return null;
  };
  const fact = <T>(f: FactField, parse: (v: CellValue) => ParsedValue<T>, expected: string): T | null => {
    const col = factColumns[f];
    return col === undefined ? null : read(parse(cellOf(cells, col)), col, f, expected);
  };
  const hidden = sheet.hiddenRows;
  const formulaCells = sheet.formulaCells;
  const resultCols = RESULT_COLUMNS.map((key) => columns[key]).filter((c) => c !== undefined);
  const formulaResults: FormulaResult[] = [];
  const noteFormulas = (r: number, cellsOfRow: ReadonlyArray<CellValue>): void => {
    const inRow = formulaCells?.get(r);
    if (!inRow) return;
    for (const col of resultCols) if (inRow.has(col)) formulaResults.push({ row: r, col, value: cellOf(cellsOfRow, col) });
  };
  if (formulaCells) for (let r = header.top; r <= headerRow; r++) noteFormulas(r, rows[r - 1] ?? []);

  const unitRowIndexes = unitRowNames.rows;
  const unitValues = unitRowNames.values;
  for (let u = 0; u < unitRowIndexes.length; u++) {
    const r = unitRowIndexes[u]!;
    cells = rows[r]!;
    row = r + 1;
    index = units.length;
    const nameCell = cellOf(cells, unitCol);
    // A plain text name was trimmed and folded while classifying; anything else is read as text here.
    const trimmed = unitRowNames.names[u]!;
    const plain = typeof nameCell === 'string' && trimmed.charCodeAt(0) !== 0x23 && trimmed.length <= MAX_CELL_TEXT;
    const unitName = plain ? trimmed : take(issues, parseText(nameCell), { sheet: name, row, col: unitCol }, 'text');
    if (unitName === null) continue;
    if (hidden?.has(row)) {
      const where = { sheet: name, row, col: unitCol, unit: index };
      issues.push(cellIssue('warning', 'UNIT_ROW_HIDDEN', { row, unit: cellText(unitName) }, where));
    }
    if (formulaCells) noteFormulas(row, cells);
    const folded = plain ? unitRowNames.keys[u]! : foldKey(unitName);
    const firstRow = seen.get(folded);
    if (firstRow !== undefined) {
      const params = { unit: unitName, first: toA1(firstRow, unitCol) };
      issues.push(cellIssue('error', 'UNIT_DUPLICATE', params, { sheet: name, row, col: unitCol, unit: index }));
    } else seen.set(folded, row);

    const points: Array<number | null> = new Array<number | null>(nCriteria).fill(null);
    const at = u * byColumn.length;
    for (let j = 0; j < byColumn.length; j++) {
      const i = byColumn[j]!;
      // Fast path: the number classification read (a number, or numeric text); only a bad cell is parsed again.
      const n = unitValues[at + j]!;
      if (!Number.isNaN(n)) points[i] = n;
      else {
        const col = criterionColumns[i]!;
        points[i] = read(parseNumber(cellOf(cells, col)), col, pointFields[i]!, 'points');
      }
    }
    let votes = fact('votes', parseNumber, 'votes');
    if (votes !== null && !(Number.isInteger(votes) && votes >= 0)) {
      const col = factColumns.votes!;
      const params = {
        value: String(votes),
        expected: 'votes',
        label: cellText(headerCells[col - 1] ?? null),
        of: 'column',
      };
      issues.push(cellIssue('error', 'VALUE_INVALID', params, { sheet: name, row, col, unit: index, field: 'votes' }));
      votes = null;
    }
    units.push({
      name: unitName,
      points,
      votes,
      womenPercent: fact('womenPercent', parseWomen, 'percent'),
      discipline: fact('discipline', parseDiscipline, 'discipline'),
      exceededTargets: fact('exceededTargets', parseYesNo, 'yesNo'),
      strongOrganisations: fact('strongOrganisations', parseYesNo, 'yesNo'),
      newModel: fact('newModel', parseYesNo, 'yesNo'),
      note: fact('note', parseText, 'text') ?? '',
      officialGrade: fact('officialGrade', parseGrade, 'grade'),
      signerTitle: fact('signerTitle', parseText, 'text'),
      signer: fact('signer', parseText, 'text'),
    });
    unitRows.push(row);
  }

  const resultColumns = {} as Record<ResultColumn, number>;
  const missingResultColumns: ResultColumn[] = [];
  let next = lastUsed + 1;
  for (const key of RESULT_COLUMNS) {
    const col = columns[key];
    if (col !== undefined) resultColumns[key] = col;
    else {
      resultColumns[key] = next++;
      missingResultColumns.push(key);
    }
  }

  const sheetLang = matchHeader(name, SHEET_NAMES)?.lang;
  const en = scan.en + (sheetLang === 'en' ? 1 : 0);
  const vi = scan.vi + (sheetLang === 'vi' ? 1 : 0);
  return {
    ok: !hasErrors(issues),
    value: {
      units,
      facts,
      lang: en > vi ? 'en' : 'vi',
      headerRow,
      headerTop: header.top,
      unitColumn: unitCol,
      unitRows,
      criterionColumns,
      factColumns,
      resultColumns,
      missingResultColumns,
      complete,
      formulaResults,
    },
    issues,
  };
}

function cellOf(cells: ReadonlyArray<CellValue>, col: number): CellValue {
  const v = cells[col - 1];
  return v === undefined ? null : v;
}

function* columnValues(rows: SheetGrid['rows'], rowIndexes: readonly number[], col: number): Generator<CellValue> {
  for (const r of rowIndexes) {
    const v = rows[r]?.[col];
    if (v !== undefined) yield v;
  }
}

/** A date cell as `yyyy-mm-dd` (adapters give dates at UTC midnight of the day shown). */
function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? String(d) : d.toISOString().slice(0, 10);
}

/**
 * Classifies every row under the header (`classifyRow`), pushes the issue of each row that is not a
 * unit, and gives the 0-based indexes of the unit rows. From the first signature row down every row
 * is skipped with one issue; a row down there that has a name and every score is an error.
 */
function classifyRows(
  sheet: SheetGrid,
  headerRow: number,
  columns: RowColumns,
  table: ScoresRowTable,
  issues: Issue[],
): UnitRowNames {
  const name = sheet.name;
  const names: string[] = [];
  const keys: string[] = [];
  const width = columns.criterionCols.length;
  const buffer = rowFactsBuffer(columns);
  let values = new Float64Array(width * 1024);
  const rows = sheet.rows;
  const unitRows: number[] = [];
  // Blank rows are gaps only when something follows them: trailing blank rows are not part of the table.
  let blanks: number[] = [];
  let signature: { row: number; label: string; col: number } | null = null;
  let lastContent = headerRow;
  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const facts = rowFacts(cells, r + 1, columns, buffer);
    if (signature) {
      if (usedWidth(cells) === 0) continue;
      lastContent = r + 1;
      if (facts.name !== '' && columns.criterionCols.length > 0 && facts.numbers === columns.criterionCols.length) {
        const params = { row: r + 1, label: cellText(facts.name), reason: 'belowSignature', from: signature.row };
        issues.push(cellIssue('error', 'ROW_AMBIGUOUS', params, { sheet: name, row: r + 1, col: columns.unitCol }));
      }
      continue;
    }
    const kind = classifyRow(facts, table);
    if (kind.id === 'blank') {
      blanks.push(r + 1);
      continue;
    }
    for (const b of blanks) {
      issues.push(cellIssue('info', 'ROW_SKIPPED', { row: b, label: '', reason: 'blank' }, { sheet: name, row: b, col: columns.unitCol }));
    }
    blanks = [];
    lastContent = r + 1;
    const where = { sheet: name, row: r + 1, col: facts.labelCol };
    switch (kind.id) {
      case 'unit':
        table.addUnit(facts);
        if ((unitRows.length + 1) * width > values.length) {
          const grown = new Float64Array(values.length * 2);
          grown.set(values);
          values = grown;
        }
        values.set(buffer.values, unitRows.length * width);
        unitRows.push(r);
        names.push(facts.name);
        keys.push(facts.nameKey);
        break;
      case 'signature': {
        const text = facts.label || firstSignatureText(cells);
        signature = { row: r + 1, label: cellText(text), col: facts.labelCol };
        break;
      }
      case 'nameMissing':
        issues.push(cellIssue('error', 'UNIT_NAME_MISSING', {}, { sheet: name, row: r + 1, col: columns.unitCol }));
        break;
      default: {
        if (kind.id === 'heading' || kind.id === 'total') table.newSection();
        const params = { row: r + 1, label: cellText(facts.label), reason: kind.reason ?? kind.id };
        issues.push(cellIssue(kind.severity ?? 'info', kind.message ?? 'ROW_SKIPPED', params, where));
      }
    }
  }
  if (signature) {
    const params = { from: signature.row, to: lastContent, label: signature.label };
    issues.push(cellIssue('info', 'SIGNATURE_SKIPPED', params, { sheet: name, row: signature.row, col: signature.col }));
  }
  return { rows: unitRows, names, keys, values };
}

/** The unit rows (0-based) with their names as trimmed text and folded (`foldKey`), read once. */
interface UnitRowNames {
  readonly rows: readonly number[];
  readonly names: readonly string[];
  readonly keys: readonly string[];
  /** Their criterion cells as numbers (`RowFacts.values`), unit after unit: NaN where blank or not a number. */
  readonly values: Float64Array;
}

function firstSignatureText(cells: ReadonlyArray<CellValue>): string {
  for (const v of cells) if (typeof v === 'string' && isSignatureText(v)) return v;
  return '';
}
