import { foldText } from '../../core/foldText.js';
import { AWARD_LABELS } from '../../core/labels.js';
import { parseGrade } from '../../grid/parseGrade.js';
import type { AwardCode, GradeCode, Lang } from '../../core/model.js';
import type { RankedWorkbook } from '../../grid/rankWorkbook.js';
import { PENDING_TIE_LABEL } from '../../grid/resultWrites.js';
import type { CellValue, SheetGrid } from '../../grid/types.js';
import type { RankMark, RankRow, StoredResults } from '../actions.js';
import { sameCellValue } from './cellValues.js';
import { rankRows } from './rankRows.js';

const cell = (sheet: SheetGrid, row: number, col: number): CellValue => sheet.rows[row - 1]?.[col - 1] ?? null;
const blank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/** Label text (either language, folded) → code. */
function labelIndex<K extends string>(labels: Readonly<Record<K, Readonly<Record<Lang, string>>>>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [code, l] of Object.entries(labels) as Array<[K, Readonly<Record<Lang, string>>]>) {
    m.set(foldText(l.vi), code);
    m.set(foldText(l.en), code);
  }
  return m;
}

/**
 * The results a workbook already holds in its result columns, for a pane opened on a ranked workbook.
 * `fresh` when every result cell holds exactly what a ranking of the current data would write (the rows
 * are then that ranking, explained in the run's language); otherwise the data changed since the last run and the rows
 * are read back from the cells as they stand (grade and awards recognised by their labels in either
 * language; a cell that is not one of them is left out, never guessed). Null when the columns are empty.
 */
export function storedResults(run: RankedWorkbook, scores: SheetGrid): StoredResults | null {
  const layout = run.book?.layout;
  if (!layout || layout.missingResultColumns.length > 0) return null;
  const cols = layout.resultColumns;
  const any = layout.unitRows.some((row) => Object.values(cols).some((col) => !blank(cell(scores, row, col))));
  if (!any) return null;

  if (run.result && run.writes.length > 0) {
    const same = run.writes.every((w) => w.role === 'header' || sameCellValue(cell(scores, w.row, w.col), w.value));
    if (same) return { fresh: true, rows: rankRows(run.result, layout.unitRows, run.explain) };
  }

  const awards = labelIndex<AwardCode>(AWARD_LABELS);
  const pending = new Set([foldText(PENDING_TIE_LABEL.vi), foldText(PENDING_TIE_LABEL.en)]);
  const units = run.book!.input.units;
  const rows: RankRow[] = [];
  layout.unitRows.forEach((row, index) => {
    const total = cell(scores, row, cols.total);
    const rank = cell(scores, row, cols.rank);
    if (typeof total !== 'number' || typeof rank !== 'number') return;
    const gradeText = cell(scores, row, cols.grade);
    const awardText = cell(scores, row, cols.award);
    const explanation = cell(scores, row, cols.explanation);
    const parts =
      typeof awardText === 'string'
        ? awardText
            .split(';')
            .map((p) => foldText(p))
            .filter(Boolean)
        : [];
    const codes = parts.map((p) => awards.get(p)).filter((c): c is AwardCode => c !== undefined);
    const marks: RankMark[] = parts.some((p) => pending.has(p)) ? ['pendingTie'] : [];
    rows.push({
      index,
      row,
      unit: units[index]?.name ?? '',
      total,
      rank,
      tied: false,
      grade: gradeOf(gradeText),
      awards: codes,
      pending: marks.length > 0,
      marks,
      explanation: typeof explanation === 'string' ? explanation : '',
    });
  });
  rows.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { fresh: false, rows };
}

/** The grade a result cell shows (the band, or an older label), read by the grid's one grade parser. */
function gradeOf(value: CellValue): GradeCode | null {
  const parsed = parseGrade(value);
  return parsed.kind === 'value' ? parsed.value : null;
}
