import { BAND_LABELS, GRADE_LABELS } from '../core/labels.js';
import { GRADE_CODES, type GradeCode } from '../core/model.js';
import { matchHeader } from './matchHeader.js';
import type { NameTable } from './names.js';
import { parseText } from './parseText.js';
import type { CellValue, ParsedValue } from './types.js';

/**
 * Each grade by its code, its Vietnamese and English labels (core/labels.ts) and the band of the bloc's
 * scale that result cells show ("Xuất sắc", "Excellent"), so a ranked sheet's `Xếp loại` column reads back.
 */
const GRADE_NAMES = Object.fromEntries(
  GRADE_CODES.map((code) => [
    code,
    { vi: [code, GRADE_LABELS[code].vi, BAND_LABELS[code].vi], en: [GRADE_LABELS[code].en, BAND_LABELS[code].en] },
  ]),
) as unknown as NameTable<GradeCode>;

/**
 * Reads a grade: its code (`HTXSNV`, `htxsnv`) or its Vietnamese or English label
 * (`Hoàn thành xuất sắc nhiệm vụ`, `Hoan thanh xuat sac nhiem vu`, `Completed tasks excellently`), or the band
 * of the bloc's scale (`Xuất sắc`, `Tốt`, `Hoàn thành`, `Chưa hoàn thành`, `Excellent` …).
 *
 * @example parseGrade('Hoàn thành tốt nhiệm vụ') // { kind: 'value', value: 'HTTNV' }
 */
export function parseGrade(value: CellValue | undefined): ParsedValue<GradeCode> {
  const text = parseText(value);
  if (text.kind !== 'value') return text;
  const match = matchHeader(text.value, GRADE_NAMES);
  return match ? { kind: 'value', value: match.key } : { kind: 'invalid', text: text.value };
}
