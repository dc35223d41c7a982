import type { Issue } from '../../core/issue.js';
import { matchHeader } from '../matchHeader.js';
import type { NameTable } from '../names.js';
import { toA1 } from '../toA1.js';
import type { CellValue, SheetGrid } from '../types.js';
import { cellText, isBlank } from './cells.js';
import { cellIssue } from './report.js';

export interface HeaderColumns<K extends string> {
  /** 1-based column of each name found. */
  readonly columns: Partial<Record<K, number>>;
  /** How many names matched in each language (the workbook's language votes). */
  readonly vi: number;
  readonly en: number;
  /** Non-blank header cells that match no name, for the caller to match or warn about. */
  readonly rest: ReadonlyArray<{ readonly col: number; readonly value: CellValue }>;
}

/**
 * Reads a header row (1-based) against a name table; a name found twice is an error naming both cells.
 * `cells` replaces the row's cells for a header of two rows read as one (`findHeaderRows`).
 */
export function scanHeader<K extends string>(
  sheet: SheetGrid,
  row: number,
  table: NameTable<K>,
  issues: Issue[],
  cells: ReadonlyArray<CellValue> = sheet.rows[row - 1] ?? [],
): HeaderColumns<K> {
  const columns: Partial<Record<K, number>> = {};
  const rest: Array<{ col: number; value: CellValue }> = [];
  let vi = 0;
  let en = 0;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c] ?? null;
    if (isBlank(value)) continue;
    const match = matchHeader(value, table);
    if (!match) {
      rest.push({ col: c + 1, value });
      continue;
    }
    if (match.lang === 'vi') vi++;
    else en++;
    const first = columns[match.key];
    if (first !== undefined) {
      issues.push(
        cellIssue(
          'error',
          'DUPLICATE_COLUMN',
          { header: cellText(value), first: toA1(row, first) },
          { sheet: sheet.name, row, col: c + 1 },
        ),
      );
      continue;
    }
    columns[match.key] = c + 1;
  }
  return { columns, vi, en, rest };
}

/** The canonical names of a table entry, for messages: Vietnamese first, then English. */
export function namesOf(names: { readonly vi: readonly string[]; readonly en: readonly string[] }): {
  readonly name: string;
  readonly alt: string;
} {
  return { name: names.vi[0] ?? '', alt: names.en[0] ?? '' };
}
