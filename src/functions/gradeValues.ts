import { gradeTotal } from '../core/gradeTotal.js';
import { BAND_LABELS } from '../core/labels.js';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import { BLANK_RESULT } from './rankValues.js';
import {
  cellParams,
  isBlankCell,
  isErrorCell,
  langOption,
  numberOption,
  percentOption,
  rangeArg,
  readNumber,
  trimRange,
  type ParamRef,
  type ResultCell,
} from './args.js';

const ref = (name: string): ParamRef => ({ fn: 'GRADE', name });

/**
 * The logic of `=TDKT.GRADE(total, maxScore, [lang], [excellent], [good], [complete])`: the grade of each
 * total as a percentage of the maximum base score, as the engine (`gradeTotal`): ≥ excellent (default 90)
 * HTXSNV, ≥ good (70) HTTNV, ≥ complete (50) HTNV, else KHTNV. Labels in Vietnamese (default), English
 * (`lang` "en") or the codes (`lang` "code"). `total` may be one cell or a range (one grade per cell, same
 * shape, cut after the last used row); a blank total gives a blank cell, an unreadable one `#VALUE!`. Thresholds read as the settings sheet
 * reads them (`90`, `"90%"`, a percent-formatted 0.9).
 *
 * @example gradeValues([[92.5], [71]], 100, null, null, null, null) // [['Xuất sắc'], ['Tốt']]
 */
export function gradeValues(
  total: unknown,
  maxScore: unknown,
  lang: unknown,
  excellent: unknown,
  good: unknown,
  complete: unknown,
): ResultCell[][] {
  const d = DEFAULT_SETTINGS.bands;
  const maxBase = numberOption(maxScore, ref('maxScore'), { positive: true });
  const labels = langOption(lang, ref('lang'), ['vi', 'en', 'code'] as const);
  const bands = {
    excellent: percentOption(excellent, ref('excellent'), d.excellent),
    good: percentOption(good, ref('good'), d.good),
    complete: percentOption(complete, ref('complete'), d.complete),
  };
  const totals = trimRange(rangeArg(total, ref('total')), [], { columns: true });
  const out: ResultCell[][] = new Array(totals.rows);
  for (let r = 0; r < totals.rows; r++) {
    const row = totals.cells[r]!;
    const graded: ResultCell[] = new Array(totals.cols);
    for (let c = 0; c < totals.cols; c++) {
      const cell = row[c];
      if (isBlankCell(cell)) {
        graded[c] = BLANK_RESULT; // a row reserved for a unit to come, or a blank row of a spilled total
        continue;
      }
      const value = readNumber(cell, () => cellParams(totals, r, c), { blank: 'error' });
      if (isErrorCell(value)) graded[c] = value;
      else {
        const code = gradeTotal(value!, maxBase, bands);
        graded[c] = labels === 'code' ? code : BAND_LABELS[code][labels];
      }
    }
    out[r] = graded;
  }
  return out;
}
