import { gradeTotal } from '../core/gradeTotal.js';
import { BAND_LABELS } from '../core/labels.js';
import { DEFAULT_SETTINGS } from '../core/preset.js';
import {
  cellParams,
  isErrorCell,
  langOption,
  numberOption,
  percentOption,
  rangeArg,
  readNumber,
  type ParamRef,
  type ResultCell,
} from './args.js';

const ref = (name: string): ParamRef => ({ fn: 'GRADE', name });

/**
 * The logic of `=TDKT.GRADE(total, maxScore, [lang], [excellent], [good], [complete])`: the grade of each
 * total as a percentage of the maximum base score, as the engine (`gradeTotal`): ≥ excellent (default 90)
 * HTXSNV, ≥ good (70) HTTNV, ≥ complete (50) HTNV, else KHTNV. Labels in Vietnamese (default), English
 * (`lang` "en") or the codes (`lang` "code"). `total` may be one cell or a range (one grade per cell, same
 * shape); a blank or unreadable total gives that cell `#VALUE!`. Thresholds read as the settings sheet
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
  const totals = rangeArg(total, ref('total'));
  return totals.cells.map((row, r) =>
    row.map((cell, c) => {
      const value = readNumber(cell, () => cellParams(totals, r, c), { blank: 'error' });
      if (isErrorCell(value)) return value;
      const code = gradeTotal(value!, maxBase, bands);
      // The band of the bloc's scale, as the Xếp loại cell shows it: never the official rating's wording.
      return labels === 'code' ? code : BAND_LABELS[code][labels];
    }),
  );
}
