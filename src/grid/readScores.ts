import { hasErrors, type Issue, type Result } from '../core/issue.js';
import { RESULT_COLUMNS, type ResultColumn } from '../core/labels.js';
import { FACT_FIELDS, type Criterion, type FactColumns, type Lang, type Unit } from '../core/model.js';
import { cellText, isBlank, usedWidth } from './_lib/cells.js';
import { foldKey } from './_lib/foldKey.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, sheetIssue, take, type Where } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
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
import type { CellValue, FactField, ParsedValue, SheetGrid } from './types.js';

/** What `readScores` found (rows and columns 1-based). */
export interface ScoresSheet {
  readonly units: readonly Unit[];
  readonly facts: FactColumns;
  /** `en` when the sheet name and headers are mostly English names. */
  readonly lang: Lang;
  readonly headerRow: number;
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
}

/**
 * Reads the `Chấm điểm` [`Scores`] sheet against the criteria: the header row is the first row holding
 * `Đơn vị`/`Unit` (title rows above are skipped); `STT`/`No.` is optional; one column per criterion,
 * headed by its code, optionally followed by a description (`A1 - …`, never `A10` for `A1`); the optional
 * fact columns; the result columns wherever they are, else placed after the last used column. A header
 * that matches nothing is kept and warned about (UNKNOWN_COLUMN). Every row with a unit name is a unit,
 * in row order; a row with points but no name is an error, a repeated name (ignoring case and
 * diacritics) is an error naming both cells. A blank score, bonus or penalty cell is `null`: the engine
 * judges blanks and ranges. Unreadable cells (text, Excel errors, percentages outside 0..100, votes
 * that are not whole numbers ≥ 0) are errors naming their cell. `Tỷ lệ nữ (%)`: numbers are fractions
 * when every bare number in the column is ≤ 1 (see `isFractionColumn`), else percents.
 *
 * `value` is `null` only when there is no header row.
 *
 * @example readScores({ name: 'Chấm điểm', rows: [['Đơn vị', 'A1'], ['Sở Nội vụ', '8,5']] }, criteria).value?.units[0]?.points // [8.5]
 */
export function readScores(sheet: SheetGrid, criteria: readonly Criterion[]): Result<ScoresSheet | null> {
  const issues: Issue[] = [];
  const name = sheet.name;
  const header = findHeaderRow(sheet, SCORE_COLUMNS, 'unit');
  if (!header) {
    const n = namesOf(SCORE_COLUMNS.unit);
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: n.name, alt: n.alt }, name));
    return { ok: false, value: null, issues };
  }
  const headerRow = header.row;
  const unitCol = header.col;
  const scan = scanHeader(sheet, headerRow, SCORE_COLUMNS, issues);
  const columns = scan.columns;

  // Criterion columns: headers that name a criterion code; anything else is kept and warned about.
  const codes = criteria.map((c) => c.code);
  const criterionColumns: number[] = criteria.map(() => 0);
  const headerCells = sheet.rows[headerRow - 1] ?? [];
  for (const { col, value } of scan.rest) {
    const index = matchCriterionHeader(value, codes);
    const where: Where = { sheet: name, row: headerRow, col };
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
  const womenCol = factColumns.womenPercent;
  const womenNumbers =
    womenCol !== undefined && isFractionColumn(columnValues(rows, headerRow, womenCol - 1)) ? 'fraction' : 'percent';

  let lastUsed = 0;
  for (let r = 0; r < headerRow; r++) lastUsed = Math.max(lastUsed, usedWidth(rows[r]));

  // Criteria in column order, so a row's issues read left to right.
  const byColumn = criteria.map((_, i) => i).filter((i) => criterionColumns[i]! > 0);
  byColumn.sort((a, b) => criterionColumns[a]! - criterionColumns[b]!);
  const pointFields = criteria.map((_, i) => `c:${i}`);

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
    if (parsed.kind === 'value') return parsed.value;
    if (parsed.kind === 'blank') return null;
    const label = cellText(headerCells[col - 1] ?? null);
    return take(issues, parsed, { sheet: name, row, col, unit: index, field }, expected, label);
  };
  const fact = <T>(f: FactField, parse: (v: CellValue) => ParsedValue<T>, expected: string): T | null => {
    const col = factColumns[f];
    return col === undefined ? null : read(parse(cellOf(cells, col)), col, f, expected);
  };
  const hasPoints = (): boolean => criterionColumns.some((col) => col > 0 && !isBlank(cellOf(cells, col)));

  for (let r = headerRow; r < rows.length; r++) {
    const current = rows[r];
    if (!current) continue;
    cells = current;
    row = r + 1;
    index = units.length;
    lastUsed = Math.max(lastUsed, usedWidth(cells));
    const nameCell = cellOf(cells, unitCol);
    if (isBlank(nameCell)) {
      if (hasPoints()) issues.push(cellIssue('error', 'UNIT_NAME_MISSING', {}, { sheet: name, row, col: unitCol }));
      continue;
    }
    const unitName = take(issues, parseText(nameCell), { sheet: name, row, col: unitCol }, 'text');
    if (unitName === null) continue;
    const folded = foldKey(unitName);
    const firstRow = seen.get(folded);
    if (firstRow !== undefined) {
      const params = { unit: unitName, first: toA1(firstRow, unitCol) };
      issues.push(cellIssue('error', 'UNIT_DUPLICATE', params, { sheet: name, row, col: unitCol, unit: index }));
    } else seen.set(folded, row);

    const points: Array<number | null> = new Array<number | null>(nCriteria).fill(null);
    for (const i of byColumn) {
      const col = criterionColumns[i]!;
      const v = cellOf(cells, col);
      // Fast path for the common cell, a plain number: no parse result to allocate.
      points[i] =
        typeof v === 'number' && Number.isFinite(v) ? v : read(parseNumber(v), col, pointFields[i]!, 'points');
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
      unitColumn: unitCol,
      unitRows,
      criterionColumns,
      factColumns,
      resultColumns,
      missingResultColumns,
      complete,
    },
    issues,
  };
}

function cellOf(cells: ReadonlyArray<CellValue>, col: number): CellValue {
  const v = cells[col - 1];
  return v === undefined ? null : v;
}

function* columnValues(rows: SheetGrid['rows'], headerRow: number, col: number): Generator<CellValue> {
  for (let r = headerRow; r < rows.length; r++) {
    const v = rows[r]?.[col];
    if (v !== undefined) yield v;
  }
}
