/** How a number format shows a number, as far as reading a cell needs it. */
export type FormatKind = 'date' | 'percent' | null;

/** Built-in format ids that show dates or times (ECMA-376 §18.8.30, plus the East Asian ones Excel uses). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILTIN_PERCENT = new Set([9, 10]);

/**
 * Whether a number format shows dates or percentages: built-in ids, else the format code with its quoted
 * text, escaped characters and bracketed colours/locales removed (`[$-409]d/m/yyyy` is a date,
 * `0.0"%"` is not a percentage).
 *
 * @example numberFormatKind(164, 'dd/mm/yyyy') // 'date'
 */
export function numberFormatKind(id: number, code: string | undefined): FormatKind {
  if (code === undefined) return BUILTIN_DATES.has(id) ? 'date' : BUILTIN_PERCENT.has(id) ? 'percent' : null;
  // Only the first section matters for positive numbers.
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!;
  if (/general/i.test(bare)) return null;
  if (/[dmyhs]/i.test(bare)) return 'date';
  if (bare.includes('%')) return 'percent';
  return null;
}
