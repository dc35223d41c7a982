import { hasErrors, type Issue, type Result } from '../core/issue.js';
import type { HistoryEntry } from '../core/model.js';
import { cellAt, isBlank } from './_lib/cells.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, sheetIssue, take, type Where } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { HISTORY_COLUMNS } from './names.js';
import { parseGrade } from './parseGrade.js';
import { parseNumber } from './parseNumber.js';
import { parseText } from './parseText.js';
import type { SheetGrid } from './types.js';

/**
 * Reads the optional `Lịch sử` [`History`] sheet: `Đơn vị` | `Năm` | `Xếp loại` | `Khen thưởng`
 * ([`Unit` | `Year` | `Grade` | `Award`]), one row per unit-year, under any title rows. `Năm` is
 * required and a whole number; `Xếp loại` is a grade code or label, or blank; `Khen thưởng` is kept as
 * written. Blank rows are skipped; a row with content but no unit name is an error. `value` is `null`
 * when the header row or the `Năm` column is missing.
 *
 * @example readHistory({ name: 'Lịch sử', rows: [['Đơn vị', 'Năm', 'Xếp loại'], ['Sở Nội vụ', 2023, 'HTXSNV']] }).value
 * // [{ unit: 'Sở Nội vụ', year: 2023, grade: 'HTXSNV', award: '' }]
 */
export function readHistory(sheet: SheetGrid): Result<readonly HistoryEntry[] | null> {
  const issues: Issue[] = [];
  const header = findHeaderRow(sheet, HISTORY_COLUMNS, 'unit');
  if (!header) {
    const n = namesOf(HISTORY_COLUMNS.unit);
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: n.name, alt: n.alt }, sheet.name));
    return { ok: false, value: null, issues };
  }
  const { columns } = scanHeader(sheet, header.row, HISTORY_COLUMNS, issues);
  const yearCol = columns.year;
  if (yearCol === undefined) {
    const n = namesOf(HISTORY_COLUMNS.year);
    issues.push(sheetIssue('error', 'COLUMN_MISSING', { column: n.name, alt: n.alt, row: header.row }, sheet.name));
    return { ok: false, value: null, issues };
  }
  const unitCol = header.col;
  const gradeCol = columns.grade;
  const awardCol = columns.award;
  const entries: HistoryEntry[] = [];
  for (let r = header.row; r < sheet.rows.length; r++) {
    const at = (col: number): Where => ({ sheet: sheet.name, row: r + 1, col });
    const get = (col: number | undefined) => (col === undefined ? null : cellAt(sheet, r, col - 1));
    const unitCell = get(unitCol);
    if (isBlank(unitCell)) {
      if (!isBlank(get(yearCol)) || !isBlank(get(gradeCol)) || !isBlank(get(awardCol))) {
        issues.push(cellIssue('error', 'UNIT_NAME_MISSING', {}, at(unitCol)));
      }
      continue;
    }
    const unit = take(issues, parseText(unitCell), at(unitCol), 'text');
    const yearParsed = parseNumber(get(yearCol));
    let year: number | null = null;
    if (
      yearParsed.kind === 'value' &&
      Number.isInteger(yearParsed.value) &&
      yearParsed.value >= 1900 &&
      yearParsed.value <= 2999
    ) {
      year = yearParsed.value;
    } else {
      const shown =
        yearParsed.kind === 'value' ? { kind: 'invalid' as const, text: String(yearParsed.value) } : yearParsed;
      take(issues, shown.kind === 'blank' ? { kind: 'invalid', text: '' } : shown, at(yearCol), 'year');
    }
    const grade = gradeCol === undefined ? null : take(issues, parseGrade(get(gradeCol)), at(gradeCol), 'grade');
    const award = awardCol === undefined ? null : take(issues, parseText(get(awardCol)), at(awardCol), 'text');
    if (unit !== null && year !== null) entries.push({ unit, year, grade, award: award ?? '' });
  }
  return { ok: !hasErrors(issues), value: entries, issues };
}
