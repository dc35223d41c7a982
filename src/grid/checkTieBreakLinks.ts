import type { Issue } from '../core/issue.js';
import type { Criterion, FactColumns, Lang, TieBreakLink } from '../core/model.js';
import { formatTieBreakOrder, tieBreakerById } from '../core/tieBreakers.js';
import { namesOf } from './_lib/headers.js';
import { cellIssue, type Where } from './_lib/report.js';
import { SCORE_COLUMNS } from './names.js';

/** The scores-sheet column each fact-reading tie-break needs. */
const LINK_COLUMNS: Readonly<Partial<Record<TieBreakLink['id'], keyof typeof SCORE_COLUMNS>>> = {
  votes: 'votes',
  women: 'womenPercent',
};

/**
 * The errors of a tie-break order the clerk wrote (`Tiêu chí ưu tiên khi bằng điểm`): a link that names
 * a Score group the criteria do not have, or a column the scores sheet does not have, is an error on
 * the settings cell — the engine would skip it silently (`TieBreaker.available`, the one definition of
 * what a link needs). Only for a written order: the default chain skips what is absent (DOMAIN.md §5).
 *
 * @example checkTieBreakLinks([{ id: 'group', param: 'Z' }], criteria, facts, where, 'vi')
 * // [{ severity: 'error', code: 'TIE_BREAK_LINK_ABSENT', params: { part: 'Nhóm Z', kind: 'group', … } }]
 */
export function checkTieBreakLinks(
  links: readonly TieBreakLink[],
  criteria: readonly Criterion[],
  facts: FactColumns,
  where: Where,
  lang: Lang,
): Issue[] {
  const groups = new Set(criteria.filter((c) => c.kind === 'score').map((c) => c.group));
  const issues: Issue[] = [];
  for (const link of links) {
    if (tieBreakerById(link.id).available(facts, groups, link.param)) continue;
    const part = formatTieBreakOrder([link], lang);
    const column = LINK_COLUMNS[link.id];
    const names = column ? namesOf(SCORE_COLUMNS[column]) : { name: '', alt: '' };
    const params: Record<string, string> =
      link.id === 'group'
        ? { part, kind: 'group', param: link.param ?? '' }
        : { part, kind: 'column', column: names.name, columnEn: names.alt };
    issues.push(cellIssue('error', 'TIE_BREAK_LINK_ABSENT', params, where));
  }
  return issues;
}
