import { foldText } from './foldText.js';
import { normalizePoints } from './format.js';
import type { Criterion, FactColumns, Lang, TieBreakId, TieBreakLink, Unit } from './model.js';

/** What tie-breakers read, as columns over all units (the engine builds it once per run). */
export interface TieBreakData {
  readonly units: readonly Unit[];
  readonly criteria: readonly Criterion[];
  /** Bonus as counted (after the cap), per unit. */
  readonly bonus: Float64Array;
  /** Penalty points deducted, per unit. */
  readonly penalty: Float64Array;
}

/**
 * A link of the tie-break chain, declared as data. `column` gives each unit a key where higher ranks
 * first; `available` says whether the workbook has what the link reads (a link whose column is absent
 * is skipped).
 */
export interface TieBreaker {
  readonly id: TieBreakId;
  /** Folded names a clerk may write in `Tiêu chí ưu tiên khi bằng điểm`; `group` takes its parameter after the name. */
  readonly names: readonly string[];
  readonly takesParam: boolean;
  readonly describe: (lang: Lang, param?: string) => string;
  readonly available: (facts: FactColumns, groups: ReadonlySet<string>, param?: string) => boolean;
  readonly column: (data: TieBreakData, param?: string) => Float64Array;
}

/** A key column of `n` values (a plain loop: `Float64Array.from` with a map function is slow in V8). */
function column(n: number, value: (i: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = value(i);
  return out;
}

/** khoản 6 Điều 4 of the decree in force: among equally qualified units, priority to collectives with at least 70 % women. */
export const WOMEN_PRIORITY_PERCENT = 70;

export const TIE_BREAKERS: readonly TieBreaker[] = [
  {
    id: 'group',
    names: ['nhom', 'group'],
    takesParam: true,
    describe: (lang, param) => (lang === 'vi' ? `điểm nhóm ${param} cao hơn` : `higher group ${param} score`),
    available: (_facts, groups, param) => param !== undefined && groups.has(param),
    column: ({ units, criteria }, param) => {
      const inGroup = criteria.flatMap((c, i) => (c.kind === 'score' && c.group === param ? [i] : []));
      return column(units.length, (i) => {
        const points = units[i]!.points;
        let sum = 0;
        for (let j = 0; j < inGroup.length; j++) sum += points[inGroup[j]!] ?? 0;
        return normalizePoints(sum);
      });
    },
  },
  {
    id: 'penalty',
    names: ['diem tru', 'penalty', 'penalties'],
    takesParam: false,
    describe: (lang) => (lang === 'vi' ? 'ít điểm trừ hơn' : 'fewer penalty points'),
    available: () => true,
    column: ({ penalty }) => column(penalty.length, (i) => -penalty[i]!),
  },
  {
    id: 'bonus',
    names: ['diem thuong', 'bonus'],
    takesParam: false,
    describe: (lang) => (lang === 'vi' ? 'nhiều điểm thưởng hơn' : 'more bonus points'),
    available: () => true,
    column: ({ bonus }) => bonus,
  },
  {
    id: 'votes',
    names: ['so phieu', 'votes'],
    takesParam: false,
    describe: (lang) => (lang === 'vi' ? 'nhiều phiếu bình xét hơn' : 'more votes'),
    available: (facts) => facts.votes,
    column: ({ units }) => column(units.length, (i) => units[i]!.votes ?? 0),
  },
  {
    id: 'women',
    names: ['ty le nu', 'ty le nu (%)', 'women', 'women %', 'women (%)'],
    takesParam: false,
    describe: (lang) =>
      lang === 'vi'
        ? `tỷ lệ nữ từ ${WOMEN_PRIORITY_PERCENT}% trở lên, được ưu tiên khi có thành tích như nhau`
        : `at least ${WOMEN_PRIORITY_PERCENT}% women, given priority among equally qualified units`,
    available: (facts) => facts.womenPercent,
    column: ({ units }) => column(units.length, (i) => ((units[i]!.womenPercent ?? 0) >= WOMEN_PRIORITY_PERCENT ? 1 : 0)),
  },
];

export function tieBreakerById(id: TieBreakId): TieBreaker {
  const found = TIE_BREAKERS.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown tie-breaker ${id}`);
  return found;
}

export interface ParsedTieBreakOrder {
  readonly links: readonly TieBreakLink[];
  /** The parts that name no tie-breaker, as written. */
  readonly unknown: readonly string[];
}

/**
 * Reads a tie-break order as a clerk writes it: links separated by `;`, `,` or new lines.
 *
 * @example parseTieBreakOrder('Nhóm A; Điểm trừ; Số phiếu')
 * // { links: [{ id: 'group', param: 'A' }, { id: 'penalty' }, { id: 'votes' }], unknown: [] }
 */
export function parseTieBreakOrder(text: string): ParsedTieBreakOrder {
  const links: TieBreakLink[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;,\n→>]+/)) {
    const written = part.trim();
    if (!written) continue;
    const folded = foldText(written);
    const link = matchLink(folded, written);
    if (link) links.push(link);
    else unknown.push(written);
  }
  return { links, unknown };
}

function matchLink(folded: string, written: string): TieBreakLink | undefined {
  for (const t of TIE_BREAKERS) {
    for (const name of t.names) {
      if (t.takesParam) {
        if (folded.startsWith(name + ' ')) {
          // Keep the group label as written (trimmed), e.g. "A" from "Nhóm A".
          const param = written.trim().split(/\s+/).slice(1).join(' ').toUpperCase();
          if (param) return { id: t.id, param };
        }
      } else if (folded === name) {
        return { id: t.id };
      }
    }
  }
  return undefined;
}

/** The chain as a clerk reads it, e.g. "Nhóm A; Điểm trừ". */
export function formatTieBreakOrder(links: readonly TieBreakLink[], lang: Lang): string {
  const name = (l: TieBreakLink): string => {
    const vi: Record<TieBreakId, string> = { group: 'Nhóm', penalty: 'Điểm trừ', bonus: 'Điểm thưởng', votes: 'Số phiếu', women: 'Tỷ lệ nữ' };
    const en: Record<TieBreakId, string> = { group: 'Group', penalty: 'Penalty', bonus: 'Bonus', votes: 'Votes', women: 'Women %' };
    const base = (lang === 'vi' ? vi : en)[l.id];
    return l.param ? `${base} ${l.param}` : base;
  };
  return links.map(name).join('; ');
}
