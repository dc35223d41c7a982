import type { Lang } from '../core/model.js';
import { matchHeader } from './matchHeader.js';
import { SHEET_NAMES, type SheetRole } from './names.js';
import type { SheetGrid, WorkbookGrid } from './types.js';

export interface FoundSheet {
  readonly sheet: SheetGrid;
  /** The language of the name it matched. */
  readonly lang: Lang;
  /** Later sheets with a name of the same role (ignored; worth a warning). */
  readonly others: readonly SheetGrid[];
}

/**
 * Finds the sheet playing `role` (`settings`, `criteria`, `scores`, `history`, `pledge`) by its
 * Vietnamese or English name, ignoring case, diacritics and spacing; the first one in workbook order wins.
 *
 * @example findSheet({ sheets: [{ name: 'CHAM DIEM', rows: [] }] }, 'scores')?.lang // 'vi'
 */
export function findSheet(book: WorkbookGrid, role: SheetRole): FoundSheet | null {
  let found: { sheet: SheetGrid; lang: Lang } | null = null;
  const others: SheetGrid[] = [];
  for (const sheet of book.sheets) {
    const match = typeof sheet.name === 'string' ? matchHeader(sheet.name, SHEET_NAMES) : null;
    if (match?.key !== role) continue;
    if (found) others.push(sheet);
    else found = { sheet, lang: match.lang };
  }
  return found && { ...found, others };
}
