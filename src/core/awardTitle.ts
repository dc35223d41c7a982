import { AWARD_NAMES } from './labels.js';
import type { AwardCode, Lang } from './model.js';

/**
 * The award's full name (`AWARD_NAMES`) in curly quotes, for sentences BlocRank writes about a proposal.
 *
 * @example awardTitle('CO_UBND_TINH', 'vi') // '“Cờ thi đua của Ủy ban nhân dân tỉnh”'
 */
export function awardTitle(award: AwardCode, lang: Lang): string {
  // A code from outside the catalogue (a message rendered with foreign parameters) is quoted as it is.
  return `“${(AWARD_NAMES[award] as (typeof AWARD_NAMES)[AwardCode] | undefined)?.[lang] ?? award}”`;
}
