import { issue } from '../core/issue.js';
import type { Criterion, CriterionKind } from '../core/model.js';
import { matchHeader } from '../grid/matchHeader.js';
import { KIND_NAMES } from '../grid/names.js';
import { parseNumber } from '../grid/parseNumber.js';
import { parseText } from '../grid/parseText.js';
import {
  ArgumentError,
  excelCell,
  misuse,
  optionalRangeArg,
  parsedError,
  rangeArg,
  requireSameLength,
  vectorArg,
  type VectorArg,
} from './args.js';

/** The criteria a function read from its `maxima` and `kinds` arguments. */
export interface CriteriaArgs {
  /** One per cell of `maxima`, in order; codes are `C1`, `C2` … (positions), groups empty. */
  readonly criteria: readonly Criterion[];
  readonly maxima: VectorArg;
}

/**
 * Reads the criteria of the `Tiêu chí` sheet as a function receives them: a row or column of maxima and
 * (optional) a row or column of kinds with as many cells, matched by position. Kinds as in the criteria
 * sheet: `Chấm điểm`/`Score` (also blank), `Thưởng`/`Bonus`, `Trừ`/`Penalty`, case and diacritics
 * ignored; without `kinds` every criterion is scored. A Score maximum must be a positive number; a Bonus
 * or Penalty maximum a positive number or blank (no cap). Any bad cell throws (it would make every total
 * wrong), naming its position; so does a list without any Score criterion.
 *
 * @example criteriaArgs([[30], [10], [5]], [['Chấm điểm'], ['Chấm điểm'], ['Thưởng']], 'TOTAL').criteria.map((c) => c.kind)
 * // ['score', 'score', 'bonus']
 */
export function criteriaArgs(maxima: unknown, kinds: unknown, fn: string): CriteriaArgs {
  const maxVector = vectorArg(rangeArg(maxima, { fn, name: 'maxima' }));
  const kindsRange = optionalRangeArg(kinds, { fn, name: 'kinds' });
  const kindVector = kindsRange ? vectorArg(kindsRange) : null;
  if (kindVector) requireSameLength(kindVector, maxVector);
  const criteria: Criterion[] = [];
  for (let i = 0; i < maxVector.length; i++) {
    const kind = kindVector ? kindAt(kindVector, i) : 'score';
    const parsed = parseNumber(excelCell(maxVector.cell(i)));
    let max: number | null = null;
    if (parsed.kind === 'value' && parsed.value > 0) max = parsed.value;
    else if (parsed.kind === 'excelError')
      throw new ArgumentError(parsedError(parsed, maxVector.params(i), 'points').issue);
    else if (parsed.kind !== 'blank' || kind === 'score') {
      const value = parsed.kind === 'value' ? String(parsed.value) : parsed.kind === 'blank' ? '' : parsed.text;
      misuse('FN_MAX_INVALID', { ...maxVector.params(i), value });
    }
    criteria.push({ code: `C${i + 1}`, group: '', description: '', max, kind });
  }
  if (!criteria.some((c) => c.kind === 'score')) throw new ArgumentError(issue('error', 'NO_SCORE_CRITERIA'));
  return { criteria, maxima: maxVector };
}

function kindAt(kinds: VectorArg, i: number): CriterionKind {
  const text = parseText(excelCell(kinds.cell(i)));
  if (text.kind === 'blank') return 'score';
  if (text.kind !== 'value') throw new ArgumentError(parsedError(text, kinds.params(i), 'kind').issue);
  const match = matchHeader(text.value, KIND_NAMES);
  if (!match) misuse('FN_CELL_INVALID', { ...kinds.params(i), value: text.value, expected: 'kind' });
  return match.key;
}
