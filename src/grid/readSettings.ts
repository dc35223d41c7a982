import type { Issue, Result } from '../core/issue.js';
import { hasErrors } from '../core/issue.js';
import type { GradeCode, LeaderSelection, Settings, TieBreakLink } from '../core/model.js';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import { parseTieBreakOrder } from '../core/tieBreakers.js';
import { cellAt, cellText, isBlank } from './_lib/cells.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, sheetIssue, take, type Where } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { headerKey } from './headerKey.js';
import { matchHeader } from './matchHeader.js';
import {
  AUTO_NAMES,
  LEADER_SELECTION_NAMES,
  SETTING_ITEMS,
  SETTINGS_COLUMNS,
  type NameTable,
  type SettingKey,
} from './names.js';
import { parseGrade } from './parseGrade.js';
import { parseNumber } from './parseNumber.js';
import { parsePercent } from './parsePercent.js';
import { parseText } from './parseText.js';
import { parseYesNo } from './parseYesNo.js';
import { toA1 } from './toA1.js';
import type { CellValue, ParsedValue, SheetGrid } from './types.js';

/** What `readSettings` found. */
export interface SettingsSheet {
  /** The settings, or `null` when `Năm` or `Tên khối` is missing or unreadable (nothing can be scored). */
  readonly settings: Settings | null;
  /** The value cell (1-based) of every item found, by `SettingKey`. */
  readonly cells: Readonly<Partial<Record<SettingKey, { readonly row: number; readonly col: number }>>>;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const NO_CHAIN = new Set(['khong', 'none', 'no']);

/**
 * Reads the `Cấu hình` [`Settings`] sheet: a `Mục` | `Giá trị` table ([`Item` | `Value`]) under any
 * title rows, items in any order with Vietnamese or English names (`names.ts` SETTING_ITEMS). Items
 * left out or blank take the preset default (`DEFAULT_SETTINGS`); `Năm` and `Tên khối` are required.
 * Quotas are whole numbers ≥ 0 (`Số Bằng khen` may also be `Tự động`/`Auto`); percentages as in
 * `parsePercent` with `numbers: 'auto'` (a percent-formatted 90 % arrives as 0.9); `Tiêu chí ưu tiên
 * khi bằng điểm` (or its former name `Thứ tự phá hòa`) through `parseTieBreakOrder` (`Không`/`None` = no tie-break). An unknown item is a warning; a
 * repeated item or an unreadable value is an error naming its cell.
 *
 * @example readSettings({ name: 'Cấu hình', rows: [['Mục', 'Giá trị'], ['Năm', 2024], ['Tên khối', 'Khối 1']] }).value.settings?.year // 2024
 */
export function readSettings(sheet: SheetGrid): Result<SettingsSheet> {
  const issues: Issue[] = [];
  const done = (settings: Settings | null, cells: SettingsSheet['cells']): Result<SettingsSheet> => ({
    ok: !hasErrors(issues),
    value: { settings, cells },
    issues,
  });

  const header = findHeaderRow(sheet, SETTINGS_COLUMNS, 'item');
  if (!header) {
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: 'Mục', alt: 'Item' }, sheet.name));
    return done(null, {});
  }
  const { columns } = scanHeader(sheet, header.row, SETTINGS_COLUMNS, issues);
  const itemCol = header.col;
  const valueCol = columns.value;
  if (valueCol === undefined) {
    issues.push(sheetIssue('error', 'COLUMN_MISSING', { ...columnNames('value'), row: header.row }, sheet.name));
    return done(null, {});
  }

  // Locate every item first: a repeated item is an error, an unknown one a warning.
  const cells: Partial<Record<SettingKey, { row: number; col: number }>> = {};
  const labels: Partial<Record<SettingKey, string>> = {};
  for (let r = header.row; r < sheet.rows.length; r++) {
    const itemCell = cellAt(sheet, r, itemCol - 1);
    if (isBlank(itemCell)) continue;
    const where: Where = { sheet: sheet.name, row: r + 1, col: itemCol };
    const match = matchHeader(itemCell, SETTING_ITEMS);
    if (!match) {
      issues.push(cellIssue('warning', 'SETTING_UNKNOWN', { item: cellText(itemCell) }, where));
      continue;
    }
    const first = cells[match.key];
    if (first) {
      issues.push(
        cellIssue(
          'error',
          'SETTING_DUPLICATE',
          { item: cellText(itemCell), first: toA1(first.row, itemCol) },
          { ...where, field: `setting:${match.key}` },
        ),
      );
      continue;
    }
    cells[match.key] = { row: r + 1, col: valueCol };
    labels[match.key] = cellText(itemCell);
  }

  const value = (key: SettingKey): CellValue => {
    const at = cells[key];
    return at ? cellAt(sheet, at.row - 1, at.col - 1) : null;
  };
  const whereOf = (key: SettingKey): Where => ({
    sheet: sheet.name,
    row: cells[key]?.row ?? header.row,
    col: valueCol,
    field: `setting:${key}`,
  });
  const read = <T>(key: SettingKey, parsed: ParsedValue<T>, expected: string): T | null =>
    take(issues, parsed, whereOf(key), expected, labels[key], 'item');
  const invalid = (key: SettingKey, expected: string): null => {
    issues.push(
      cellIssue(
        'error',
        'VALUE_INVALID',
        { value: cellText(value(key)), expected, label: labels[key] ?? key, of: 'item' },
        whereOf(key),
      ),
    );
    return null;
  };
  const required = (key: SettingKey): void => {
    const item = namesOf(SETTING_ITEMS[key]);
    const params = { item: labels[key] ?? item.name };
    if (cells[key]) issues.push(cellIssue('error', 'SETTING_REQUIRED', params, whereOf(key)));
    else issues.push(sheetIssue('error', 'SETTING_REQUIRED', params, sheet.name, `setting:${key}`));
  };
  const text = (key: SettingKey): string | null => read<string>(key, parseText(value(key)), 'text');

  // Năm and Tên khối: required.
  let year: number | null = null;
  const yearParsed = parseNumber(value('year'));
  if (yearParsed.kind === 'blank') required('year');
  else if (yearParsed.kind === 'value') {
    const y = yearParsed.value;
    year = Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : invalid('year', 'year');
  } else read<number>('year', yearParsed, 'year');
  const blocParsed = parseText(value('bloc'));
  if (blocParsed.kind === 'blank') required('bloc');
  const bloc = read<string>('bloc', blocParsed, 'text');

  const quota = (key: SettingKey, expected: string): number | null => {
    const n = read<number>(key, parseNumber(value(key)), expected);
    if (n === null) return null;
    return Number.isInteger(n) && n >= 0 ? n : invalid(key, expected);
  };
  const keyword = <K extends string>(key: SettingKey, table: NameTable<K>, expected: string): K | null => {
    const t = text(key);
    if (t === null) return null;
    return matchHeader(t, table)?.key ?? invalid(key, expected);
  };
  const yesNo = (key: SettingKey): boolean | null => read<boolean>(key, parseYesNo(value(key)), 'yesNo');
  const percent = (key: SettingKey): number | null =>
    read<number>(key, parsePercent(value(key), { numbers: 'auto' }), 'percent');

  const certificates: number | 'auto' | null = matchHeader(value('certificates'), AUTO_NAMES)
    ? 'auto'
    : quota('certificates', 'certificates');

  const awardGrade: GradeCode | null = read<GradeCode>('awardGrade', parseGrade(value('awardGrade')), 'grade');

  let tieBreak: readonly TieBreakLink[] | null = null;
  const order = text('tieBreak');
  if (order !== null) {
    const parsed = parseTieBreakOrder(order);
    if (NO_CHAIN.has(headerKey(order))) tieBreak = [];
    else if (parsed.unknown.length > 0) {
      for (const part of parsed.unknown)
        issues.push(cellIssue('error', 'TIE_BREAK_UNKNOWN', { part }, whereOf('tieBreak')));
    } else tieBreak = parsed.links;
  }

  const d = DEFAULT_SETTINGS;
  const leaderSelection: LeaderSelection | null = keyword('leaderSelection', LEADER_SELECTION_NAMES, 'leaderSelection');
  const settings: Omit<Settings, 'year' | 'bloc'> = {
    authority: text('authority') ?? d.authority,
    place: text('place') ?? d.place,
    leader: text('leader') ?? d.leader,
    deputy: text('deputy') ?? d.deputy,
    leaderSelection: leaderSelection ?? d.leaderSelection,
    provincialFlags: quota('provincialFlags', 'quota') ?? d.provincialFlags,
    certificates: certificates ?? d.certificates,
    nominateGovernmentFlag: yesNo('nominateGovernmentFlag') ?? d.nominateGovernmentFlag,
    governmentFlagWithProvincial: yesNo('governmentFlagWithProvincial') ?? d.governmentFlagWithProvincial,
    bands: {
      excellent: percent('bands.excellent') ?? d.bands.excellent,
      good: percent('bands.good') ?? d.bands.good,
      complete: percent('bands.complete') ?? d.bands.complete,
    },
    bonusCapPercent: percent('bonusCapPercent') ?? d.bonusCapPercent,
    awardGrade: awardGrade ?? d.awardGrade,
    tieBreak: tieBreak ?? d.tieBreak,
    nextLeader: text('nextLeader') ?? d.nextLeader,
    nextDeputy: text('nextDeputy') ?? d.nextDeputy,
    blocDecision: text('blocDecision') ?? d.blocDecision,
    recipients: recipientList(text('recipients')) ?? d.recipients,
    documentNumber: text('documentNumber') ?? d.documentNumber,
  };
  return done(year === null || bloc === null ? null : { year, bloc, ...settings }, cells);
}

/** `Nơi nhận`: one recipient per line or separated by `;`, a typed leading "-" dropped; blank → null. */
function recipientList(text: string | null): string[] | null {
  if (text === null) return null;
  const list = text
    .split(/[;\n]+/)
    .map((part) => part.trim().replace(/^[-–•+]\s*/, '').replace(/[;.,]+$/, '').trim())
    .filter((part) => part !== '');
  return list.length > 0 ? list : null;
}

function columnNames(key: keyof typeof SETTINGS_COLUMNS): { column: string; alt: string } {
  const n = namesOf(SETTINGS_COLUMNS[key]);
  return { column: n.name, alt: n.alt };
}
