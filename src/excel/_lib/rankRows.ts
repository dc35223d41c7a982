import type { BlocResult, UnitResult } from '../../core/result.js';
import type { RankedWorkbook } from '../../grid/rankWorkbook.js';
import type { BlocLayout } from '../../grid/types.js';
import type { RankMark, RankRow, RankSummary } from '../actions.js';

/** Badge order: what stops an award first, then what the bloc must still do. */
const MARK_ORDER: readonly RankMark[] = ['held', 'discipline', 'confirm', 'pendingTie', 'outOfQuota'];

/**
 * A unit's action items from its machine-readable notes (core's `AwardNote`): held while under
 * disciplinary review, vetoed by a discipline, a flag to be confirmed, a tie at a quota boundary, outside
 * the number of proposals. Note kinds this pane does not know yet are ignored, never guessed.
 *
 * @example marksOf(unit) // ['confirm']
 */
export function marksOf(unit: Pick<UnitResult, 'notes'>): RankMark[] {
  const found = new Set<RankMark>();
  for (const note of unit.notes) {
    const kind: string = note.kind;
    if (kind === 'held' || kind === 'hold' || kind === 'underReview') found.add('held');
    else if (kind === 'vetoed' || kind === 'discipline' || kind === 'disciplined') found.add('discipline');
    else if (kind === 'confirm') found.add('confirm');
    else if (kind === 'pendingTie') found.add('pendingTie');
    else if (kind === 'outOfQuota') found.add('outOfQuota');
  }
  return MARK_ORDER.filter((m) => found.has(m));
}

/**
 * Each unit's explanation for the pane, in the ranking's language. The cells are in the workbook's language:
 * when the two agree, the texts just written are shown rather than explaining every unit twice.
 *
 * @example rankRows(run.result, layout.unitRows, explainerOf(run, layout))
 */
export function explainerOf(run: Pick<RankedWorkbook, 'writes' | 'lang' | 'explain'>, layout: BlocLayout): (index: number) => string {
  const shown = new Map<number, string>();
  if (layout.lang === run.lang)
    for (const w of run.writes)
      if (w.role !== 'header' && w.col === layout.resultColumns.explanation) shown.set(w.row, String(w.value));
  return (i) => shown.get(layout.unitRows[i] ?? 0) ?? run.explain(i);
}

/** The ranking as the pane lists it (rank order), each row with its sheet row, marks and explanation. */
export function rankRows(result: BlocResult, unitRows: readonly number[], explain: (i: number) => string): RankRow[] {
  return Array.from(result.order, (index) => {
    const u = result.units[index]!;
    const marks = marksOf(u);
    return {
      index,
      row: unitRows[index] ?? 0,
      unit: u.name,
      total: u.total,
      rank: u.rank,
      tied: u.tied,
      grade: u.grade,
      awards: u.awards,
      pending: marks.includes('pendingTie'),
      marks,
      explanation: explain(index),
    };
  });
}

/** The counts of the summary line. */
export function summarise(result: BlocResult, cellsChanged: number): RankSummary {
  const has = (code: string) => result.units.filter((u) => u.awards.some((a) => a === code));
  const tiedRanks = new Set(result.units.filter((u) => u.tied).map((u) => u.rank));
  return {
    units: result.units.length,
    provincialFlags: has('CO_UBND_TINH').length,
    certificates: has('BANG_KHEN_UBND_TINH').length,
    governmentNominee: has('CO_CHINH_PHU')[0]?.name ?? null,
    ties: tiedRanks.size,
    cellsChanged,
  };
}
