import type { DossierMeeting } from '../core/dossierMeeting.js';
import { DEFAULT_VOTE_THRESHOLD } from '../core/applyBallot.js';
import { hasErrors, type Issue, type Result } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { cellAt, cellText, trimSpaces } from './_lib/cells.js';
import { foldKey } from './_lib/foldKey.js';
import { cellIssue, take, type Where } from './_lib/report.js';
import { SETTING_ITEMS } from './names.js';
import { parseNumber } from './parseNumber.js';
import { parsePercent } from './parsePercent.js';
import { parseText } from './parseText.js';
import type { CellValue, SheetGrid } from './types.js';

type DossierKey = 'voters' | 'voteThreshold' | 'absentMembers' | 'meetingTime' | 'meetingPlace' | 'chair' | 'secretary';

/** The year-end meeting as `Cấu hình` describes it (DOMAIN.md §4, §10): core's `DossierMeeting`. */
export type DossierSettings = DossierMeeting;

export interface ReadDossierSettingsOptions {
  /** The value cell of each settings item found (`BlocLayout.settingCells`). */
  readonly cells: Readonly<Record<string, { readonly row: number; readonly col: number }>>;
  /** Unit names in roster order. */
  readonly units: readonly string[];
  /** The workbook's language: items are named in it in messages (default Vietnamese). */
  readonly lang?: Lang;
}

/**
 * Reads the dossier's items of the `Cấu hình` sheet: `Số thành viên bỏ phiếu` (a whole number ≥ 1;
 * blank → the number of units), `Tỷ lệ phiếu tối thiểu (%)` (0..100; blank → 80), `Thành viên vắng
 * mặt` (unit names separated by `;`, each must name a unit of the scores sheet) and the meeting's
 * `Thời gian họp`, `Địa điểm họp`, `Chủ trì`, `Thư ký` (text, optional). Every bad value is an error
 * naming its cell; nothing is guessed.
 *
 * @example readDossierSettings(sheet, { cells: layout.settingCells, units: ['Sở Nội vụ', 'Sở Tư pháp'] }).value.voters // 2
 */
export function readDossierSettings(sheet: SheetGrid, options: ReadDossierSettingsOptions): Result<DossierSettings> {
  const issues: Issue[] = [];
  const value = (key: DossierKey): CellValue => {
    const at = options.cells[key];
    return at ? cellAt(sheet, at.row - 1, at.col - 1) : null;
  };
  const whereOf = (key: DossierKey): Where => {
    const at = options.cells[key]!;
    return { sheet: sheet.name, row: at.row, col: at.col, field: `setting:${key}` };
  };
  const label = (key: DossierKey) => SETTING_ITEMS[key][options.lang ?? 'vi'][0];
  const text = (key: DossierKey): string | null =>
    options.cells[key] ? take(issues, parseText(value(key)), whereOf(key), 'text', label(key), 'item') : null;

  let voters: number | null = null;
  if (options.cells.voters) {
    const parsed = parseNumber(value('voters'));
    if (parsed.kind === 'value' && Number.isInteger(parsed.value) && parsed.value >= 1) voters = parsed.value;
    else if (parsed.kind === 'excelError') take(issues, parsed, whereOf('voters'), 'number', label('voters'), 'item');
    else if (parsed.kind !== 'blank')
      issues.push(cellIssue('error', 'BALLOT_VOTERS_INVALID', { value: cellText(value('voters')) }, whereOf('voters')));
  }
  const threshold = options.cells.voteThreshold
    ? take(
        issues,
        parsePercent(value('voteThreshold'), { numbers: 'auto' }),
        whereOf('voteThreshold'),
        'percent',
        label('voteThreshold'),
        'item',
      )
    : null;

  const absent: number[] = [];
  const absentText = text('absentMembers');
  if (absentText !== null) {
    const byName = new Map<string, number>();
    options.units.forEach((name, i) => byName.has(foldKey(name)) || byName.set(foldKey(name), i));
    for (const part of absentText.split(/[;\n]/)) {
      const name = trimSpaces(part);
      if (name === '') continue;
      const unit = byName.get(foldKey(name));
      if (unit === undefined)
        issues.push(cellIssue('error', 'ABSENT_MEMBER_UNKNOWN', { name }, whereOf('absentMembers')));
      else if (!absent.includes(unit)) absent.push(unit);
    }
  }

  return {
    ok: !hasErrors(issues),
    value: {
      voters: voters ?? Math.max(1, options.units.length),
      votersGiven: voters !== null,
      thresholdPercent: threshold ?? DEFAULT_VOTE_THRESHOLD,
      absent,
      meetingTime: text('meetingTime'),
      meetingPlace: text('meetingPlace'),
      chair: text('chair'),
      secretary: text('secretary'),
    },
    issues,
  };
}
