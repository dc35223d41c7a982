import type { BallotVotes } from '../core/applyBallot.js';
import { hasErrors, type Issue, type Result } from '../core/issue.js';
import { AWARD_CODES, type AwardCode, type Lang } from '../core/model.js';
import { cellAt, cellText, isBlank } from './_lib/cells.js';
import { foldKey } from './_lib/foldKey.js';
import { namesOf, scanHeader } from './_lib/headers.js';
import { cellIssue, sheetIssue, take, type Where } from './_lib/report.js';
import { findHeaderRow } from './findHeaderRow.js';
import { BALLOT_COLUMNS } from './names.js';
import { parseNumber } from './parseNumber.js';
import { parseText } from './parseText.js';
import { toA1 } from './toA1.js';
import type { SheetGrid } from './types.js';

export interface ReadBallotOptions {
  /** The unit names of the scores sheet, in roster order (a ballot row must name one of them). */
  readonly units: readonly string[];
  /** The scores sheet's name, quoted when a ballot row names no unit. */
  readonly scoresSheet: string;
  /** Members entitled to vote; `null` when that setting is unreadable (counts are then not compared with it). */
  readonly voters: number | null;
}

/** What `readBallot` found: the counts and where they are, so issues and the template can name cells. */
export interface BallotSheet {
  readonly sheet: string;
  readonly lang: Lang;
  readonly headerRow: number;
  readonly unitColumn: number;
  /** Column of each form's votes, where the sheet has it. */
  readonly columns: Readonly<Partial<Record<AwardCode, number>>>;
  /** Counts by unit index (roster order); a blank cell or a missing column is `null`. */
  readonly votes: ReadonlyMap<number, BallotVotes>;
  /** Sheet row of each unit's ballot row, by unit index. */
  readonly rows: ReadonlyMap<number, number>;
  /** The first row under the table (where a missing unit's row would go). */
  readonly nextRow: number;
}

/**
 * Reads the optional `Bình bầu` [`Ballot`] sheet (DOMAIN.md §10): `Đơn vị` | `Cờ thi đua Chính phủ` |
 * `Cờ thi đua UBND tỉnh` | `Bằng khen` ([`Unit` | `Government flag` | `Provincial flag` | `Certificate`]),
 * the approving votes per unit and form as counted at the meeting, under any title rows; headers match
 * ignoring case, diacritics and spacing, columns in any order, other columns ignored. A blank cell is
 * "not voted yet" (`null`); 0 is zero votes. A count that is negative, fractional or not a number, or
 * above the number of voters, is an error naming the cell; so is a row naming no unit of the scores
 * sheet, a unit named twice, and votes on a row without a unit name. `value` is `null` when the header
 * row or every vote column is missing.
 *
 * @example
 * readBallot({ name: 'Bình bầu', rows: [['Đơn vị', 'Bằng khen'], ['Sở Nội vụ', 8]] }, { units: ['Sở Nội vụ'], scoresSheet: 'Chấm điểm', voters: 9 }).value?.votes.get(0)
 * // { BANG_KHEN_UBND_TINH: 8 }
 */
export function readBallot(sheet: SheetGrid, options: ReadBallotOptions): Result<BallotSheet | null> {
  const issues: Issue[] = [];
  const header = findHeaderRow(sheet, BALLOT_COLUMNS, 'unit');
  if (!header) {
    const n = namesOf(BALLOT_COLUMNS.unit);
    issues.push(sheetIssue('error', 'HEADER_MISSING', { header: n.name, alt: n.alt }, sheet.name));
    return { ok: false, value: null, issues };
  }
  const { columns } = scanHeader(sheet, header.row, BALLOT_COLUMNS, issues);
  const voteColumns: Partial<Record<AwardCode, number>> = {};
  for (const award of AWARD_CODES) if (columns[award] !== undefined) voteColumns[award] = columns[award];
  if (Object.keys(voteColumns).length === 0) {
    issues.push(sheetIssue('error', 'BALLOT_NO_VOTE_COLUMN', { row: header.row }, sheet.name));
    return { ok: false, value: null, issues };
  }
  const headerCells = sheet.rows[header.row - 1] ?? [];
  const label = (col: number) => cellText(headerCells[col - 1]);

  const byName = new Map<string, number>();
  options.units.forEach((name, i) => {
    const key = foldKey(name);
    if (!byName.has(key)) byName.set(key, i);
  });
  const unitCol = header.col;
  const votes = new Map<number, BallotVotes>();
  const rows = new Map<number, number>();
  let nextRow = header.row + 1;
  for (let r = header.row; r < sheet.rows.length; r++) {
    const at = (col: number): Where => ({ sheet: sheet.name, row: r + 1, col });
    const unitCell = cellAt(sheet, r, unitCol - 1);
    const counts = Object.values(voteColumns).map((col) => cellAt(sheet, r, col - 1));
    if (isBlank(unitCell)) {
      if (counts.some((c) => !isBlank(c))) issues.push(cellIssue('error', 'UNIT_NAME_MISSING', {}, at(unitCol)));
      continue;
    }
    nextRow = r + 2;
    const name = take(issues, parseText(unitCell), at(unitCol), 'text');
    if (name === null) continue;
    const unit = byName.get(foldKey(name));
    if (unit === undefined) {
      issues.push(cellIssue('error', 'BALLOT_UNIT_UNKNOWN', { unit: name, scores: options.scoresSheet }, at(unitCol)));
      continue;
    }
    const first = rows.get(unit);
    if (first !== undefined) {
      issues.push(cellIssue('error', 'UNIT_DUPLICATE', { unit: name, first: toA1(first, unitCol) }, at(unitCol)));
      continue;
    }
    rows.set(unit, r + 1);
    const row: Partial<Record<AwardCode, number | null>> = {};
    for (const award of AWARD_CODES) {
      const col = voteColumns[award];
      if (col === undefined) continue;
      row[award] = readCount(cellAt(sheet, r, col - 1), at(col), label(col), options.voters, issues);
    }
    votes.set(unit, row);
  }
  return {
    ok: !hasErrors(issues),
    value: { sheet: sheet.name, lang: header.lang, headerRow: header.row, unitColumn: unitCol, columns: voteColumns, votes, rows, nextRow },
    issues,
  };
}

/** One count: blank → null; a whole number 0..voters; anything else is an error on the cell (and null). */
function readCount(value: Parameters<typeof parseNumber>[0], where: Where, label: string, voters: number | null, issues: Issue[]): number | null {
  const parsed = parseNumber(value);
  if (parsed.kind === 'excelError') return take(issues, parsed, where, 'votes', label);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid' || parsed.kind === 'outOfRange') {
    issues.push(cellIssue('error', 'BALLOT_VOTES_INVALID', { value: parsed.text, label }, where));
    return null;
  }
  const n = parsed.value;
  if (!Number.isInteger(n) || n < 0) {
    issues.push(cellIssue('error', 'BALLOT_VOTES_INVALID', { value: cellText(value), label }, where));
    return null;
  }
  if (voters !== null && n > voters) {
    issues.push(cellIssue('error', 'BALLOT_VOTES_ABOVE_VOTERS', { value: n, label, voters }, where));
    return null;
  }
  return n;
}
