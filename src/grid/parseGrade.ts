import { GRADE_LABELS } from '../core/labels.js';
import { GRADE_CODES, type GradeCode } from '../core/model.js';
import { matchHeader } from './matchHeader.js';
import type { NameTable } from './names.js';
import { parseText } from './parseText.js';
import type { CellValue, ParsedValue } from './types.js';

/** Each grade by its code and its Vietnamese and English labels (core/labels.ts). */
const GRADE_NAMES = Object.fromEntries(
  GRADE_CODES.map((code) => [code, { vi: [code, GRADE_LABELS[code].vi], en: [GRADE_LABELS[code].en] }]),
) as unknown as NameTable<GradeCode>;

/**
 * Reads a grade: its code (`HTXSNV`, `htxsnv`) or its Vietnamese or English label
 * (`Hoàn thành xuất sắc nhiệm vụ`, `Hoan thanh xuat sac nhiem vu`, `Completed tasks excellently`).
 *
 * @example parseGrade('Hoàn thành tốt nhiệm vụ') // { kind: 'value', value: 'HTTNV' }
 */
export function parseGrade(value: CellValue | undefined): ParsedValue<GradeCode> {
  const text = parseText(value);
  if (text.kind !== 'value') return text;
  const match = matchHeader(text.value, GRADE_NAMES);
  return match ? { kind: 'value', value: match.key } : { kind: 'invalid', text: text.value };
}
