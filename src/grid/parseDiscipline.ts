import type { Discipline } from '../core/model.js';
import { matchHeader } from './matchHeader.js';
import { DISCIPLINE_REVIEW_NAMES } from './names.js';
import { parseYesNo } from './parseYesNo.js';
import type { CellValue, ParsedValue } from './types.js';

/**
 * Reads a `Kỷ luật` [`Discipline`] cell: `Không` (false), `Có` (true: disciplined, no award by the bloc's
 * rule) or `Đang xem xét` [`Under review`] (`'review'`: awards held while a disciplinary review,
 * investigation or inspection is pending), with every spelling `parseYesNo` accepts for the first two.
 *
 * @example parseDiscipline('Dang xem xet') // { kind: 'value', value: 'review' }
 * @example parseDiscipline('Không') // { kind: 'value', value: false }
 */
export function parseDiscipline(value: CellValue | undefined): ParsedValue<Discipline> {
  if (typeof value === 'string' && matchHeader(value, DISCIPLINE_REVIEW_NAMES)) return { kind: 'value', value: 'review' };
  return parseYesNo(value);
}
