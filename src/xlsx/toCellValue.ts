import type ExcelJS from 'exceljs';
import type { CellValue } from '../grid/types.js';

/**
 * An ExcelJS cell value as the grid layer reads it: a formula gives its cached result, rich text its
 * plain text, a hyperlink its text. A percent-formatted number becomes text such as "75%" (with the
 * decimal comma: "75,5%") so the grid reads it as a percentage, not as a fraction.
 */
export function toCellValue(value: ExcelJS.CellValue, numFmt?: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (numFmt && numFmt.includes('%') && Number.isFinite(value)) {
      return `${String(Math.round(value * 100 * 1e6) / 1e6).replace('.', ',')}%`;
    }
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === 'object' && 'error' in result) return { error: String((result as { error: unknown }).error) };
      return toCellValue((result ?? null) as ExcelJS.CellValue, numFmt);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return toCellValue(text as ExcelJS.CellValue);
    }
  }
  return String(value);
}
