import { foldText } from '../core/foldText.js';
import { hasErrors, type Issue, type Result } from '../core/issue.js';
import type { Criterion, CriterionKind } from '../core/model.js';
import { cellAt, isBlank } from './_lib/cells.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, sheetIssue, take, type Where } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { matchHeader } from './matchHeader.js';
import { CRITERIA_COLUMNS, KIND_NAMES } from './names.js';
import { parseNumber } from './parseNumber.js';
import { parseText } from './parseText.js';
import { toA1 } from './toA1.js';
import type { CriteriaLayout, SheetGrid } from './types.js';

/** What `readCriteria` found. */
export interface CriteriaSheet {
  /** Criteria in sheet order; a repeated code is left out (and reported). */
  readonly criteria: readonly Criterion[];
  /** Where they are; `null` when the header row or a required column is missing (nothing was read). */
  readonly layout: CriteriaLayout | null;
}

const GROUP_WORD = /^(?:nhom|group)\b/;
const LEADING_LETTERS = /^\p{L}+/u;
const LEADING_DIGITS = /^\d+/;

/**
 * Reads the `Tiêu chí` [`Criteria`] sheet: `Mã` | `Nhóm` | `Nội dung` | `Điểm tối đa` | `Loại`
 * ([`Code` | `Group` | `Description` | `Max` | `Kind`]) under any title rows; `Mã` and `Điểm tối đa`
 * are required. A row is a criterion when its code is not blank (a row with a maximum but no code is an
 * error; rows with only text are headings and are skipped). Kind `Chấm điểm`/`Score` (also when
 * blank), `Thưởng`/`Bonus` or `Trừ`/`Penalty`. Group labels drop a leading `Nhóm`/`Group` and are upper
 * case (`Nhóm A` and `a` are `A`); a blank group takes the code's leading letters (`A1` → `A`), else its
 * leading digits. A Score maximum must be a positive number; a Bonus or Penalty maximum may be blank
 * (no cap) or a positive number. A code repeated (ignoring case and diacritics) is an error naming both cells.
 *
 * @example readCriteria({ name: 'Tiêu chí', rows: [['Mã', 'Điểm tối đa'], ['A1', 30]] }).value.criteria
 * // [{ code: 'A1', group: 'A', description: '', max: 30, kind: 'score' }]
 */
export function readCriteria(sheet: SheetGrid): Result<CriteriaSheet> {
  const issues: Issue[] = [];
  const done = (criteria: readonly Criterion[], layout: CriteriaLayout | null): Result<CriteriaSheet> => ({
    ok: !hasErrors(issues),
    value: { criteria, layout },
    issues,
  });
  const header = findHeaderRow(sheet, CRITERIA_COLUMNS, 'code');
  if (!header) {
    const n = namesOf(CRITERIA_COLUMNS.code);
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: n.name, alt: n.alt }, sheet.name));
    return done([], null);
  }
  const { columns } = scanHeader(sheet, header.row, CRITERIA_COLUMNS, issues);
  const codeCol = header.col;
  const maxCol = columns.max;
  if (maxCol === undefined) {
    const n = namesOf(CRITERIA_COLUMNS.max);
    issues.push(sheetIssue('error', 'COLUMN_MISSING', { column: n.name, alt: n.alt, row: header.row }, sheet.name));
    return done([], null);
  }
  const groupCol = columns.group ?? null;
  const kindCol = columns.kind ?? null;
  const descriptionCol = columns.description ?? null;

  const criteria: Criterion[] = [];
  const rows: number[] = [];
  const seen = new Map<string, number>();
  for (let r = header.row; r < sheet.rows.length; r++) {
    const row = r + 1;
    const at = (col: number, field?: string): Where => ({ sheet: sheet.name, row, col, ...(field ? { field } : {}) });
    const codeCell = cellAt(sheet, r, codeCol - 1);
    const maxCell = cellAt(sheet, r, maxCol - 1);
    if (isBlank(codeCell)) {
      if (!isBlank(maxCell)) issues.push(cellIssue('error', 'CRITERION_CODE_MISSING', {}, at(codeCol)));
      continue;
    }
    const code = take(issues, parseText(codeCell), at(codeCol), 'text');
    if (code === null) continue;
    const key = foldText(code);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      issues.push(
        cellIssue('error', 'CRITERION_CODE_DUPLICATE', { code, first: toA1(firstRow, codeCol) }, at(codeCol)),
      );
      continue;
    }
    seen.set(key, row);
    const field = `criterion:${criteria.length}`;

    let kind: CriterionKind = 'score';
    if (kindCol !== null) {
      const text = take(issues, parseText(cellAt(sheet, r, kindCol - 1)), at(kindCol, field), 'kind');
      if (text !== null) {
        const match = matchHeader(text, KIND_NAMES);
        if (match) kind = match.key;
        else issues.push(cellIssue('error', 'VALUE_INVALID', { value: text, expected: 'kind' }, at(kindCol, field)));
      }
    }

    let max: number | null = null;
    const parsedMax = parseNumber(maxCell);
    const maxWhere = at(maxCol, `${field}:max`);
    if (parsedMax.kind === 'excelError') take(issues, parsedMax, maxWhere, 'points');
    else if (kind === 'score') {
      if (parsedMax.kind === 'value' && parsedMax.value > 0) max = parsedMax.value;
      else {
        const value =
          parsedMax.kind === 'value' ? String(parsedMax.value) : parsedMax.kind === 'blank' ? '' : parsedMax.text;
        issues.push(cellIssue('error', 'CRITERION_MAX_INVALID', { code, value }, maxWhere));
      }
    } else if (parsedMax.kind === 'value') {
      if (parsedMax.value > 0) max = parsedMax.value;
      else issues.push(cellIssue('error', 'CRITERION_MAX_INVALID', { code, value: String(parsedMax.value) }, maxWhere));
    } else if (parsedMax.kind !== 'blank') {
      take(issues, parsedMax, maxWhere, 'optionalMax');
    }

    const groupText =
      groupCol === null ? null : take(issues, parseText(cellAt(sheet, r, groupCol - 1)), at(groupCol, field), 'text');
    const description =
      descriptionCol === null
        ? null
        : take(issues, parseText(cellAt(sheet, r, descriptionCol - 1)), at(descriptionCol, field), 'text');

    criteria.push({ code, group: groupLabel(groupText, code), description: description ?? '', max, kind });
    rows.push(row);
  }
  return done(criteria, { rows, codeColumn: codeCol, maxColumn: maxCol, groupColumn: groupCol, kindColumn: kindCol });
}

/** `Nhóm A` → `A`; `a` → `A`; blank → the code's leading letters (`A1` → `A`), else its leading digits. */
function groupLabel(written: string | null, code: string): string {
  if (written !== null) {
    const words = written.trim();
    const label = GROUP_WORD.test(foldText(words)) ? words.replace(/^\S+[\s:.-]*/u, '') : words;
    if (label.trim()) return label.trim().toUpperCase();
  }
  const letters = LEADING_LETTERS.exec(code) ?? LEADING_DIGITS.exec(code);
  return (letters ? letters[0] : code).toUpperCase();
}
