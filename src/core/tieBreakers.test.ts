import { describe, expect, it } from 'vitest';
import { ALL_FACTS, NO_FACTS, SIMPLE_CRITERIA, unit } from '../../tests/helpers/makeBloc.js';
import { formatTieBreakOrder, parseTieBreakOrder, TIE_BREAKERS, type TieBreakData } from './tieBreakers.js';
import type { Unit } from './model.js';

interface Side {
  readonly unit?: Partial<Unit>;
  readonly bonus?: number;
  readonly penalty?: number;
}

/** Two units as the engine sees them: `hi` must rank above `lo`. */
const data = (hi: Side, lo: Side): TieBreakData => ({
  units: [unit({ name: 'hi', points: [30, 30, 0, 0], ...hi.unit }), unit({ name: 'lo', points: [30, 30, 0, 0], ...lo.unit })],
  criteria: SIMPLE_CRITERIA,
  bonus: Float64Array.of(hi.bonus ?? 0, lo.bonus ?? 0),
  penalty: Float64Array.of(hi.penalty ?? 0, lo.penalty ?? 0),
});

/** For each registry entry: a unit that must rank above another on that link alone. */
const BETTER: Record<string, [Side, Side]> = {
  group: [{ unit: { points: [30, 29, 0, 0] } }, { unit: { points: [29.5, 30, 0, 0] } }],
  penalty: [{ penalty: 0 }, { penalty: 0.5 }],
  bonus: [{ bonus: 2 }, { bonus: 1 }],
  votes: [{ unit: { votes: 7 } }, { unit: { votes: null } }],
  women: [{ unit: { womenPercent: 70 } }, { unit: { womenPercent: 69.9 } }],
};

describe('tie-breaker registry', () => {
  for (const t of TIE_BREAKERS) {
    it(`${t.id}: orders better above worse, describes itself in vi and en, and parses its own name`, () => {
      const [hi, lo] = BETTER[t.id]!;
      const column = t.column(data(hi, lo), 'A');
      expect(column[0]).toBeGreaterThan(column[1]!);
      expect(t.describe('vi', 'A')).not.toBe('');
      expect(t.describe('en', 'A')).not.toBe('');
      const link = t.takesParam ? { id: t.id, param: 'A' } : { id: t.id };
      for (const lang of ['vi', 'en'] as const) {
        expect(parseTieBreakOrder(formatTieBreakOrder([link], lang)).links).toEqual([link]);
      }
    });
  }

  it('a women link counts only from 70 %', () => {
    const women = TIE_BREAKERS.find((t) => t.id === 'women')!;
    const column = women.column(data({ unit: { womenPercent: 69 } }, { unit: { womenPercent: 0 } }));
    expect(column[0]).toBe(column[1]);
  });

  it('links whose column is absent are unavailable', () => {
    const votes = TIE_BREAKERS.find((t) => t.id === 'votes')!;
    expect(votes.available(NO_FACTS, new Set())).toBe(false);
    expect(votes.available(ALL_FACTS, new Set())).toBe(true);
    const group = TIE_BREAKERS.find((t) => t.id === 'group')!;
    expect(group.available(ALL_FACTS, new Set(['A']), 'B')).toBe(false);
  });

  it('parses the default order as clerks write it, without diacritics too', () => {
    expect(parseTieBreakOrder('Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ').links).toEqual([
      { id: 'group', param: 'A' },
      { id: 'penalty' },
      { id: 'bonus' },
      { id: 'votes' },
      { id: 'women' },
    ]);
    expect(parseTieBreakOrder('nhom b, diem tru').links).toEqual([{ id: 'group', param: 'B' }, { id: 'penalty' }]);
  });

  it('reports unknown parts as written', () => {
    expect(parseTieBreakOrder('Nhóm A; Tuổi đời').unknown).toEqual(['Tuổi đời']);
  });
});
