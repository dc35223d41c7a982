import { AWARD_LABELS, BAND_LABELS, RESULT_COLUMN_LABELS, RESULT_COLUMNS, type ResultColumn } from '../core/labels.js';
import type { Lang } from '../core/model.js';
import type { BlocResult, UnitResult } from '../core/result.js';
import { MAX_CELL_TEXT } from './_lib/report.js';
import type { BlocLayout, CellWrite } from './types.js';

export interface ResultWritesOptions {
  /** Language of the grade, award and explanation texts (result headers follow `layout.lang`). */
  readonly lang: Lang;
  /** The explanation of the unit at `index` (in `BlocInput.units`), e.g. core's `createExplainer(result, lang)`. */
  readonly explain: (index: number) => string;
}

/** Written in the award cell of units tied across a quota boundary. */
export const PENDING_TIE_LABEL: Readonly<Record<Lang, string>> = { vi: 'Cần bình xét', en: 'Bloc to decide' };

/**
 * The cells a ranking run writes into the scores sheet, and nothing else: the headers of the result
 * columns that do not exist yet (in `layout.lang`), then for every unit in row order its total (exact,
 * not rounded), rank, grade label, proposed awards (labels joined by "; ", `Cần bình xét` / `Bloc to
 * decide` appended when a tie across a quota boundary is left to the bloc, `''` when none) and
 * explanation. The result cells of a unit with an award have role `award` (highlighted), others `result`.
 * A result cell that holds the clerk's formula (`layout.formulaResults`) is never written: see
 * `compareFormulaResults` for the warning when its value differs. A text longer than an Excel cell
 * holds (32,767 characters) is cut to fit, ending with "…".
 * Pure and deterministic: reading the written workbook again and running again gives the same unit
 * writes and no header writes.
 *
 * @example resultWrites(layout, result, { lang: 'vi', explain: createExplainer(result, 'vi') })
 * // [{ sheet: 'Chấm điểm', row: 3, col: 14, value: 'Tổng điểm', role: 'header' }, …]
 */
/** Widths given to result columns the run creates, in Excel character units. */
export const RESULT_COLUMN_WIDTHS: Readonly<Record<ResultColumn, number>> = {
  total: 11,
  rank: 9,
  grade: 30,
  award: 34,
  explanation: 90,
};

export function resultWrites(layout: BlocLayout, result: BlocResult, options: ResultWritesOptions): CellWrite[] {
  const sheet = layout.scoresSheet;
  const writes: CellWrite[] = [];
  for (const key of layout.missingResultColumns) {
    writes.push({
      sheet,
      row: layout.headerRow,
      col: layout.resultColumns[key],
      value: RESULT_COLUMN_LABELS[key][layout.lang],
      role: 'header',
      width: RESULT_COLUMN_WIDTHS[key],
    });
  }
  const formulas = new Set((layout.formulaResults ?? []).map((f) => f.row * FORMULA_KEY + f.col));
  const units = [...result.units].sort((a, b) => a.index - b.index);
  for (const unit of units) {
    const row = layout.unitRows[unit.index];
    if (row === undefined) continue;
    const role = unit.awards.length > 0 ? 'award' : 'result';
    const values = resultCellValues(unit, options);
    for (const key of RESULT_COLUMNS) {
      const col = layout.resultColumns[key];
      if (formulas.size > 0 && formulas.has(row * FORMULA_KEY + col)) continue;
      const write: CellWrite = { sheet, row, col, value: fitCell(values[key]), role };
      writes.push(key === 'explanation' ? { ...write, wrap: true } : write);
    }
  }
  return writes;
}

/** Columns never exceed this (XFD = 16,384): `row * FORMULA_KEY + col` is a unique cell key. */
const FORMULA_KEY = 20_000;

/** A text cut to what an Excel cell holds (our own texts only; clerk-typed text too long is an error when read). */
function fitCell(value: string | number): string | number {
  return typeof value === 'string' && value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT - 1) + '…' : value;
}

/**
 * The values of one unit's result cells, as `resultWrites` writes them (texts in `options.lang`).
 *
 * @example resultCellValues(result.units[0], { lang: 'vi', explain }).grade // 'Xuất sắc'
 */
export function resultCellValues(unit: UnitResult, options: ResultWritesOptions): Record<ResultColumn, string | number> {
  const { lang } = options;
  const awards = unit.awards.map((a) => AWARD_LABELS[a][lang]);
  if (unit.notes.some((n) => n.kind === 'pendingTie')) awards.push(PENDING_TIE_LABEL[lang]);
  return {
    total: unit.total,
    rank: unit.rank,
    grade: BAND_LABELS[unit.grade][lang],
    award: awards.join('; '),
    explanation: options.explain(unit.index),
  };
}
