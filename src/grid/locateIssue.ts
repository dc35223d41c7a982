import type { Issue } from '../core/issue.js';
import { RESULT_COLUMNS, type ResultColumn } from '../core/labels.js';
import { FACT_FIELDS } from '../core/model.js';
import { toA1 } from './toA1.js';
import type { BlocLayout, FactField } from './types.js';

/** Engine issues without a field that still belong to a settings item (by code; unknown codes fall through). */
const SETTING_OF_CODE: Readonly<Record<string, string>> = {
  LEADER_UNKNOWN: 'leader',
  LEADER_MISSING: 'leader',
  DEPUTY_UNKNOWN: 'deputy',
  DEPUTY_MISSING: 'deputy',
  ROTATION_TOO_FEW_UNITS: 'nextLeader',
  ELECTION_NO_CANDIDATE: 'nextLeader',
  ELECTION_NEEDS_RANKING: 'leaderSelection',
  NEXT_LEADER_UNKNOWN: 'nextLeader',
  NEXT_DEPUTY_UNKNOWN: 'nextDeputy',
  NEXT_LEADER_SAME_AS_DEPUTY: 'nextDeputy',
};
/** Engine issues about the criteria table. */
const CRITERIA_CODES: ReadonlySet<string> = new Set(['NO_SCORE_CRITERIA', 'CRITERION_MAX_INVALID']);
const FACTS: ReadonlySet<string> = new Set<FactField>(FACT_FIELDS);
const CRITERION_FIELD = /^(?:c|criterion):(\d+)(:max)?$/;

/**
 * Gives an engine issue its sheet and A1 cell from the layout `readBloc` returned. The engine names a
 * unit (`unit`, its index) and a `field`: `c:<i>` (criterion i: the unit's cell in the scores sheet, or
 * the criterion's row in the criteria sheet when there is no unit), `criterion:<i>` / `criterion:<i>:max`
 * (the criterion's code / maximum cell), a fact (`votes`, `womenPercent`, `discipline`,
 * `exceededTargets`, `strongOrganisations`, `newModel`, `note`), a result column (`total`, `rank`, …),
 * or `setting:<key>` (a `SETTING_ITEMS` key such as `leader` or `bands.excellent`; `setting:bands`
 * means the first band found). A unit without a field points at its name cell. Issues without either
 * go to the sheet they are about (settings items by code, criteria codes, else the scores sheet).
 * An issue that already has a sheet is returned unchanged; the input is never mutated.
 *
 * @example locateIssue({ severity: 'error', code: 'SCORE_ABOVE_MAX', params: {}, unit: 2, field: 'c:0' }, layout)
 * // { …, sheet: 'Chấm điểm', cell: 'C5' }
 */
export function locateIssue(issue: Issue, layout: BlocLayout): Issue {
  if (issue.sheet) return issue;
  const field = issue.field ?? '';
  const at = (sheet: string, row?: number, col?: number): Issue =>
    row && col && row > 0 && col > 0 ? { ...issue, sheet, cell: toA1(row, col) } : { ...issue, sheet };

  if (field.startsWith('setting:')) return atSetting(issue, layout, field.slice('setting:'.length));

  const criterion = CRITERION_FIELD.exec(field);
  const unitRow = issue.unit === undefined ? undefined : layout.unitRows[issue.unit];
  if (unitRow !== undefined) {
    let col: number | undefined;
    if (criterion && field.startsWith('c:')) col = layout.criterionColumns[Number(criterion[1])];
    else if (FACTS.has(field)) col = layout.factColumns?.[field as FactField];
    else if ((RESULT_COLUMNS as readonly string[]).includes(field)) col = layout.resultColumns[field as ResultColumn];
    return at(layout.scoresSheet, unitRow, col || layout.unitColumn);
  }
  if (issue.unit !== undefined) return at(layout.scoresSheet);
  if (criterion) {
    const index = Number(criterion[1]);
    const c = layout.criteria;
    const max = criterion[2] !== undefined || issue.code === 'CRITERION_MAX_INVALID';
    return at(layout.criteriaSheet, c?.rows[index], max ? c?.maxColumn : c?.codeColumn);
  }
  const setting = SETTING_OF_CODE[issue.code];
  if (setting) return atSetting(issue, layout, setting);
  if (CRITERIA_CODES.has(issue.code)) return at(layout.criteriaSheet);
  return at(layout.scoresSheet);
}

function atSetting(issue: Issue, layout: BlocLayout, key: string): Issue {
  const cells = layout.settingCells;
  const cell = cells[key] ?? (key.startsWith('bands') ? nearestBand(cells, key) : undefined);
  return cell
    ? { ...issue, sheet: layout.settingsSheet, cell: toA1(cell.row, cell.col) }
    : { ...issue, sheet: layout.settingsSheet };
}

const BANDS = ['bands.excellent', 'bands.good', 'bands.complete'];

/**
 * For `bands`: the first band item written. For a band the clerk left to its default: the nearest written, looking at
 * the lower bands first (the engine names the upper band of a pair out of order, so the other one of
 * the pair is the one the clerk typed).
 */
function nearestBand(cells: BlocLayout['settingCells'], key: string): { row: number; col: number } | undefined {
  const at = BANDS.indexOf(key);
  const order = at < 0 ? BANDS : [...BANDS.slice(at + 1), ...BANDS.slice(0, at).reverse()];
  for (const band of order) if (cells[band]) return cells[band];
  return undefined;
}
