import type { Lang } from '../core/model.js';
import { matchHeader } from './matchHeader.js';
import type { NameTable } from './names.js';
import type { SheetGrid } from './types.js';

export interface FoundHeader {
  /** 1-based row and column of the key header cell. */
  readonly row: number;
  readonly col: number;
  readonly lang: Lang;
}

/**
 * The header row of a table: the first row holding a cell that reads the key header (`Mục`, `Mã`,
 * `Đơn vị` …, or their English names), so merged title rows above it are skipped. `null` when no row has it.
 *
 * @example findHeaderRow({ name: 'Chấm điểm', rows: [['BẢNG CHẤM ĐIỂM'], [], ['STT', 'Đơn vị']] }, SCORE_COLUMNS, 'unit')
 * // { row: 3, col: 2, lang: 'vi' }
 */
export function findHeaderRow<K extends string>(sheet: SheetGrid, table: NameTable<K>, key: K): FoundHeader | null {
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const match = matchHeader(v, table);
      if (match?.key === key) return { row: r + 1, col: c + 1, lang: match.lang };
    }
  }
  return null;
}
