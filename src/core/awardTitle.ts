import type { AwardCode, Lang } from './model.js';

/**
 * Award names in full, as official texts write them ("Ủy ban nhân dân", not "UBND"), for sentences
 * BlocRank writes about a proposal. `AWARD_LABELS` keeps the short cell labels.
 */
const TITLES: Readonly<Record<AwardCode, Readonly<Record<Lang, string>>>> = {
  CO_CHINH_PHU: { vi: 'Cờ thi đua của Chính phủ', en: "Government's Emulation Flag" },
  CO_UBND_TINH: { vi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', en: "Provincial People's Committee's Emulation Flag" },
  BANG_KHEN_UBND_TINH: {
    vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    en: "Certificate of Merit of the Chairman of the Provincial People's Committee",
  },
};

/**
 * The award's full name in curly quotes.
 *
 * @example awardTitle('CO_UBND_TINH', 'vi') // '“Cờ thi đua của Ủy ban nhân dân tỉnh”'
 */
export function awardTitle(award: AwardCode, lang: Lang): string {
  // A code from outside the catalogue (a message rendered with foreign parameters) is quoted as it is.
  return `“${(TITLES[award] as (typeof TITLES)[AwardCode] | undefined)?.[lang] ?? award}”`;
}

/**
 * A count as officials write it in documents, with a leading zero below ten.
 *
 * @example officialCount(2) // '02'
 */
export function officialCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : String(n);
}
