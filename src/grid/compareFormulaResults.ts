import { foldText } from '../core/foldText.js';
import type { Issue } from '../core/issue.js';
import { RESULT_COLUMN_LABELS, RESULT_COLUMNS, type ResultColumn } from '../core/labels.js';
import type { BlocResult } from '../core/result.js';
import { cellText, isBlank } from './_lib/cells.js';
import { cellIssue } from './_lib/report.js';
import { parseNumber } from './parseNumber.js';
import { resultCellValues, type ResultWritesOptions } from './resultWrites.js';
import type { BlocLayout, CellValue } from './types.js';

/** How far the clerk's total may be from ours and still agree (floating-point noise of a `=SUM`). */
const TOTAL_TOLERANCE = 1e-9;

/**
 * The warnings for result cells that hold the clerk's own formula (`layout.formulaResults`): such a
 * cell is never written (`resultWrites`), so its cached value is compared with what BlocRank would
 * have written — the total within 1e-9, the rank exactly, texts (grade, award, explanation) as folded
 * text (case, diacritics and spacing ignored) — and a warning names each cell that differs. Cells
 * that agree say nothing. `options` are those given to `resultWrites`.
 *
 * @example compareFormulaResults(layout, result, { lang: 'vi', explain })
 * // [{ severity: 'warning', code: 'FORMULA_RESULT_DIFFERS', sheet: 'Chấm điểm', cell: 'N5', … }]
 */
export function compareFormulaResults(layout: BlocLayout, result: BlocResult, options: ResultWritesOptions): Issue[] {
  const formulas = layout.formulaResults ?? [];
  if (formulas.length === 0) return [];
  const unitOfRow = new Map<number, number>();
  layout.unitRows.forEach((row, index) => unitOfRow.set(row, index));
  const keyOfCol = new Map<number, ResultColumn>();
  for (const key of RESULT_COLUMNS) keyOfCol.set(layout.resultColumns[key], key);
  const byIndex = new Map(result.units.map((u) => [u.index, u]));
  const issues: Issue[] = [];
  for (const f of formulas) {
    const index = unitOfRow.get(f.row);
    const key = keyOfCol.get(f.col);
    const unit = index === undefined ? undefined : byIndex.get(index);
    if (!unit || !key) continue;
    const ours = resultCellValues(unit, options)[key];
    if (agrees(key, f.value, ours)) continue;
    const params = {
      theirs: cellText(f.value),
      ours: cellText(ours),
      label: RESULT_COLUMN_LABELS[key][layout.lang],
      of: 'column',
    };
    issues.push(cellIssue('warning', 'FORMULA_RESULT_DIFFERS', params, { sheet: layout.scoresSheet, row: f.row, col: f.col, unit: unit.index, field: key }));
  }
  return issues;
}

function agrees(key: ResultColumn, theirs: CellValue, ours: string | number): boolean {
  if (typeof ours === 'number') {
    const parsed = typeof theirs === 'number' ? theirs : (() => {
      const p = parseNumber(theirs);
      return p.kind === 'value' ? p.value : null;
    })();
    if (parsed === null) return false;
    return key === 'total' ? Math.abs(parsed - ours) <= TOTAL_TOLERANCE : parsed === ours;
  }
  if (isBlank(theirs)) return ours.trim() === '';
  if (typeof theirs !== 'string') return false;
  return foldText(theirs) === foldText(ours);
}
