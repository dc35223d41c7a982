import type { Lang } from './model.js';

/**
 * Formats a number for display: at most `decimals` decimals, trailing zeros dropped, Vietnamese
 * decimal comma and dot thousands (`1.234,5`) or English (`1,234.5`). Pure: no locale lookup.
 *
 * @example formatNumber(1234.5, 'vi') // '1.234,5'
 */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart, frac = ''] = rounded.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const group = lang === 'vi' ? '.' : ',';
  const point = lang === 'vi' ? ',' : '.';
  const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (frac ? point + frac : '');
}

/** Removes binary floating-point noise from sums of decimal points (0.1 + 0.2 → 0.3), keeping 1e-6. */
export function normalizePoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Counts as officials write them in Vietnamese: "02 Cờ thi đua", "04 điểm thưởng" (whole numbers below 10).
 *
 * @example countText(2, 'vi') // '02'
 */
export function countText(n: number, lang: Lang): string {
  const text = formatNumber(n, lang);
  return lang === 'vi' && Number.isInteger(n) && n >= 0 && n < 10 ? `0${text}` : text;
}
