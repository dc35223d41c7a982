import { hasErrors, type Issue, type Result } from '../core/issue.js';
import { cellAt } from './_lib/cells.js';
import { namesOf } from './_lib/headers.js';
import { cellIssue, MAX_CELL_TEXT, sheetIssue } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { PLEDGE_COLUMNS } from './names.js';
import { parseText } from './parseText.js';
import type { SheetGrid } from './types.js';

/**
 * Reads the optional `Giao ước` [`Pledge`] sheet: the column `Nội dung` [`Content`], one commitment per
 * non-blank row, in order (an unreadable cell is left out with a warning; a text longer than an Excel cell holds is an error). An empty list is kept (`[]`) so the pledge can say the sheet is empty.
 * Without a `Nội dung` header the sheet is not read (`null`) and a warning says so: a pledge problem
 * must not stop a ranking.
 *
 * @example readPledge({ name: 'Giao ước', rows: [['STT', 'Nội dung'], [1, 'Hoàn thành nhiệm vụ']] }).value // ['Hoàn thành nhiệm vụ']
 */
export function readPledge(sheet: SheetGrid): Result<readonly string[] | null> {
  const issues: Issue[] = [];
  const header = findHeaderRow(sheet, PLEDGE_COLUMNS, 'content');
  if (!header) {
    const n = namesOf(PLEDGE_COLUMNS.content);
    issues.push(sheetIssue('warning', 'HEADER_MISSING', { header: n.name, alt: n.alt }, sheet.name));
    return { ok: true, value: null, issues };
  }
  const commitments: string[] = [];
  for (let r = header.row; r < sheet.rows.length; r++) {
    const parsed = parseText(cellAt(sheet, r, header.col - 1));
    if (parsed.kind === 'value' && parsed.value.length > MAX_CELL_TEXT) {
      const where = { sheet: sheet.name, row: r + 1, col: header.col };
      issues.push(cellIssue('error', 'TEXT_TOO_LONG', { length: parsed.value.length }, where));
    } else if (parsed.kind === 'value') commitments.push(parsed.value);
    else if (parsed.kind !== 'blank') {
      // Warn, do not block: the commitment is left out of the pledge.
      const code = parsed.kind === 'excelError' ? 'EXCEL_ERROR' : 'VALUE_INVALID';
      const where = { sheet: sheet.name, row: r + 1, col: header.col };
      issues.push(cellIssue('warning', code, { value: parsed.text, expected: 'text' }, where));
    }
  }
  return { ok: !hasErrors(issues), value: commitments, issues };
}
