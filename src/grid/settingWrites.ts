import { hasErrors, type Issue } from '../core/issue.js';
import { GRADE_CODES, type GradeBands, type GradeCode, type Lang, type LeaderSelection } from '../core/model.js';
import { parseTieBreakOrder } from '../core/tieBreakers.js';
import { isBlank } from './_lib/cells.js';
import { cellIssue, sheetIssue } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { headerKey } from './headerKey.js';
import { matchHeader } from './matchHeader.js';
import {
  AUTO_NAMES,
  LEADER_SELECTION_NAMES,
  SETTING_ITEMS,
  SETTINGS_COLUMNS,
  YES_NO_NAMES,
  type SettingKey,
} from './names.js';
import { readSettings } from './readSettings.js';
import type { CellWrite, SheetGrid } from './types.js';

/** The settings the task pane edits (DOMAIN.md §4); items left out are not written. */
export interface SettingChanges {
  readonly provincialFlags?: number;
  readonly certificates?: number | 'auto';
  readonly nominateGovernmentFlag?: boolean;
  readonly governmentFlagWithProvincial?: boolean;
  /** As a clerk writes it, e.g. "Nhóm A; Điểm trừ; Số phiếu"; written as text. */
  readonly tieBreak?: string;
  readonly bands?: Partial<GradeBands>;
  readonly leaderSelection?: LeaderSelection;
  /** The year being scored: a whole number 1900–2999. */
  readonly year?: number;
  /** Text items, written as typed; `''` or null blanks the cell. */
  readonly bloc?: string;
  readonly authority?: string | null;
  readonly place?: string | null;
  readonly leader?: string | null;
  readonly deputy?: string | null;
  readonly nextLeader?: string | null;
  readonly nextDeputy?: string | null;
  readonly blocDecision?: string | null;
  /** Percent of the maximum base score, 0–100. */
  readonly bonusCapPercent?: number;
  /** Written as its code (`HTTNV`), which every reader of the sheet accepts. */
  readonly awardGrade?: GradeCode;
}

export interface SettingWrites {
  /** The cells to write into the settings sheet (role `result`); empty whenever `issues` has an error. */
  readonly writes: readonly CellWrite[];
  readonly issues: readonly Issue[];
}

const NO_CHAIN = new Set(['khong', 'none', 'no']);
const first = (names: { readonly vi: readonly string[]; readonly en: readonly string[] }, lang: Lang): string =>
  names[lang][0] ?? names.vi[0]!;

/**
 * The cells that record `changes` in the `Cấu hình` [`Settings`] sheet — the one source of truth — in
 * the workbook's language `lang`: yes/no as `Có`/`Không` [`Yes`/`No`], `Tự động` [`Auto`], `Luân phiên` /
 * `Bầu` [`Rotate` / `Elect`], quotas and band percentages as numbers, the tie-break order as text. An item
 * the sheet has is written in its value cell (found as `readSettings` finds it); a missing item gets a
 * new row under the table's last row: its canonical name in the item column, the value in the value
 * column (several missing items take consecutive rows, in the order of `SETTING_ITEMS`). A value that is
 * not valid (a quota that is not a whole number ≥ 0, a band outside 0..100, an unknown tie-break link)
 * is an error naming the item's cell, and then nothing is written. Pure: the adapters write the cells.
 *
 * @example settingWrites(sheet, { provincialFlags: 2, nominateGovernmentFlag: false }, 'vi').writes
 * // [{ sheet: 'Cấu hình', row: 9, col: 2, value: 2, role: 'result' }, { …, value: 'Không', … }]
 */
export function settingWrites(sheet: SheetGrid, changes: SettingChanges, lang: Lang): SettingWrites {
  const issues: Issue[] = [];
  const header = findHeaderRow(sheet, SETTINGS_COLUMNS, 'item');
  if (!header) {
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: 'Mục', alt: 'Item' }, sheet.name));
    return { writes: [], issues };
  }
  const headerCells = sheet.rows[header.row - 1] ?? [];
  const valueIndex = headerCells.findIndex((v) => matchHeader(v, SETTINGS_COLUMNS)?.key === 'value');
  if (valueIndex < 0) {
    const n = SETTINGS_COLUMNS.value;
    issues.push(sheetIssue('error', 'COLUMN_MISSING', { column: n.vi[0], alt: n.en[0], row: header.row }, sheet.name));
    return { writes: [], issues };
  }
  const itemCol = header.col;
  const valueCol = valueIndex + 1;
  const cells = readSettings(sheet).value.cells;

  // The values to record, by item, in SETTING_ITEMS order.
  const wanted: Array<{ key: SettingKey; value: string | number }> = [];
  const put = (key: SettingKey, value: string | number) => wanted.push({ key, value });
  const yesNo = (v: boolean) => first(v ? YES_NO_NAMES.yes : YES_NO_NAMES.no, lang);
  const label = (key: SettingKey) => first(SETTING_ITEMS[key], lang);
  const invalid = (key: SettingKey, value: unknown, expected: string) => {
    const at = cells[key];
    const params = { value: String(value), expected, label: label(key), of: 'item' };
    issues.push(
      at
        ? cellIssue('error', 'VALUE_INVALID', params, { sheet: sheet.name, row: at.row, col: at.col, field: `setting:${key}` })
        : sheetIssue('error', 'VALUE_INVALID', params, sheet.name, `setting:${key}`),
    );
  };
  const wholeNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

  const c = changes;
  if (c.leaderSelection !== undefined) {
    if (c.leaderSelection === 'rotate' || c.leaderSelection === 'elect')
      put('leaderSelection', first(LEADER_SELECTION_NAMES[c.leaderSelection], lang));
    else invalid('leaderSelection', c.leaderSelection, 'leaderSelection');
  }
  if (c.provincialFlags !== undefined) {
    if (wholeNumber(c.provincialFlags)) put('provincialFlags', c.provincialFlags);
    else invalid('provincialFlags', c.provincialFlags, 'quota');
  }
  if (c.certificates !== undefined) {
    if (c.certificates === 'auto') put('certificates', first(AUTO_NAMES.auto, lang));
    else if (wholeNumber(c.certificates)) put('certificates', c.certificates);
    else invalid('certificates', c.certificates, 'certificates');
  }
  if (c.nominateGovernmentFlag !== undefined) put('nominateGovernmentFlag', yesNo(c.nominateGovernmentFlag));
  if (c.governmentFlagWithProvincial !== undefined)
    put('governmentFlagWithProvincial', yesNo(c.governmentFlagWithProvincial));
  for (const band of ['excellent', 'good', 'complete'] as const) {
    const v = c.bands?.[band];
    if (v === undefined) continue;
    const key = `bands.${band}` as const;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) put(key, v);
    else invalid(key, v, 'percent');
  }
  if (c.tieBreak !== undefined) {
    const text = c.tieBreak.trim();
    const unknown = NO_CHAIN.has(headerKey(text)) ? [] : parseTieBreakOrder(text).unknown;
    const at = cells.tieBreak;
    for (const part of unknown) {
      issues.push(
        at
          ? cellIssue('error', 'TIE_BREAK_UNKNOWN', { part }, { sheet: sheet.name, row: at.row, col: at.col, field: 'setting:tieBreak' })
          : sheetIssue('error', 'TIE_BREAK_UNKNOWN', { part }, sheet.name, 'setting:tieBreak'),
      );
    }
    if (unknown.length === 0) put('tieBreak', text);
  }
  if (c.year !== undefined) {
    if (Number.isInteger(c.year) && c.year >= 1900 && c.year <= 2999) put('year', c.year);
    else invalid('year', c.year, 'year');
  }
  for (const key of ['bloc', 'authority', 'place', 'leader', 'deputy', 'nextLeader', 'nextDeputy', 'blocDecision'] as const) {
    const v = c[key];
    if (v === undefined) continue;
    const text = (v ?? '').trim();
    if (key === 'bloc' && text === '') invalid(key, v, 'text');
    // Blanking an item the sheet does not have: nothing to write.
    else if (text !== '' || cells[key]) put(key, text);
  }
  if (c.bonusCapPercent !== undefined) {
    const v = c.bonusCapPercent;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) put('bonusCapPercent', v);
    else invalid('bonusCapPercent', v, 'percent');
  }
  if (c.awardGrade !== undefined) {
    if ((GRADE_CODES as readonly string[]).includes(c.awardGrade)) put('awardGrade', c.awardGrade);
    else invalid('awardGrade', c.awardGrade, 'grade');
  }
  if (hasErrors(issues)) return { writes: [], issues };

  // Rows for missing items start under the last row the table uses.
  let nextRow = header.row + 1;
  for (let r = header.row; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row && (!isBlank(row[itemCol - 1] ?? null) || !isBlank(row[valueCol - 1] ?? null))) nextRow = r + 2;
  }
  const order = Object.keys(SETTING_ITEMS) as SettingKey[];
  wanted.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const writes: CellWrite[] = [];
  for (const { key, value } of wanted) {
    const at = cells[key];
    if (at) {
      writes.push({ sheet: sheet.name, row: at.row, col: at.col, value, role: 'result' });
    } else {
      writes.push({ sheet: sheet.name, row: nextRow, col: itemCol, value: label(key), role: 'header' });
      writes.push({ sheet: sheet.name, row: nextRow, col: valueCol, value, role: 'result' });
      nextRow++;
    }
  }
  return { writes, issues };
}
