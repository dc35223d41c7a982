import { issue, type Issue, type IssueParams, type Severity } from '../../core/issue.js';
import type { IssueCode } from '../../core/messages.js';
import { toA1 } from '../toA1.js';
import type { ParsedValue } from '../types.js';

/** A cell being read: its sheet, 1-based row and column, and (for issues) the unit and field it fills. */
export interface Where {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly unit?: number;
  readonly field?: string;
}

/** An issue at a cell. */
export function cellIssue(severity: Severity, code: IssueCode, params: IssueParams, where: Where): Issue {
  const place: { sheet: string; cell: string; unit?: number; field?: string } = {
    sheet: where.sheet,
    cell: toA1(where.row, where.col),
  };
  if (where.unit !== undefined) place.unit = where.unit;
  if (where.field !== undefined) place.field = where.field;
  return issue(severity, code, params, place);
}

/** An issue about a whole sheet (a missing sheet, header row or column). */
export function sheetIssue(
  severity: Severity,
  code: IssueCode,
  params: IssueParams,
  sheet: string,
  field?: string,
): Issue {
  return issue(severity, code, params, field === undefined ? { sheet } : { sheet, field });
}

/** The most characters an Excel cell holds: longer text read is an error, text written is cut to it. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Takes a parsed cell: its value, or `null` for a blank cell, and for an Excel error, unreadable text,
 * a percentage out of range or a text longer than an Excel cell holds pushes an error naming the cell
 * and what was `expected`, then gives `null`.
 * `label` is the column header (`of: 'column'`) or settings item (`of: 'item'`) as written, quoted in the message.
 */
export function take<T>(
  issues: Issue[],
  parsed: ParsedValue<T>,
  where: Where,
  expected: string,
  label?: string,
  of: 'column' | 'item' = 'column',
): T | null {
  switch (parsed.kind) {
    case 'value':
      if (typeof parsed.value === 'string' && parsed.value.length > MAX_CELL_TEXT) {
        const params = withLabel({}, label, of);
        issues.push(cellIssue('error', 'TEXT_TOO_LONG', { ...params, length: parsed.value.length }, where));
        return null;
      }
      return parsed.value;
    case 'blank':
      return null;
    case 'excelError':
      issues.push(cellIssue('error', 'EXCEL_ERROR', withLabel({ value: parsed.text }, label, of), where));
      return null;
    case 'outOfRange':
      issues.push(cellIssue('error', 'PERCENT_OUT_OF_RANGE', withLabel({ value: parsed.text }, label, of), where));
      return null;
    case 'invalid':
      issues.push(cellIssue('error', 'VALUE_INVALID', withLabel({ value: parsed.text, expected }, label, of), where));
      return null;
  }
}

function withLabel(params: Record<string, string | number>, label: string | undefined, of: 'column' | 'item'): IssueParams {
  return label ? { ...params, label, of } : params;
}
