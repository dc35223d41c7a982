import { describe, expect, it } from 'vitest';
import { ALL_FACTS, NO_FACTS } from '../../tests/helpers/makeBloc.js';
import { formatTieBreakOrder, parseTieBreakOrder, TIE_BREAKERS, type TieBreakSubject } from './tieBreakers.js';

const subject = (over: Partial<TieBreakSubject> = {}): TieBreakSubject => ({
  groupScore: 0,
  penalty: 0,
  bonus: 0,
  votes: null,
  womenPercent: null,
  ...over,
});

/** For each registry entry: a subject that must rank above another. */
const BETTER: Record<string, [Partial<TieBreakSubject>, Partial<TieBreakSubject>]> = {
  group: [{ groupScore: 30 }, { groupScore: 29.5 }],
  penalty: [{ penalty: 0 }, { penalty: 0.5 }],
  bonus: [{ bonus: 2 }, { bonus: 1 }],
  votes: [{ votes: 7 }, { votes: null }],
  women: [{ womenPercent: 70 }, { womenPercent: 69.9 }],
};

describe('tie-breaker registry', () => {
  for (const t of TIE_BREAKERS) {
    it(`${t.id}: orders better above worse, describes itself in vi and en, and parses its own name`, () => {
      const [hi, lo] = BETTER[t.id]!;
      expect(t.key(subject(hi), 'A')).toBeGreaterThan(t.key(subject(lo), 'A'));
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
    expect(women.key(subject({ womenPercent: 69 }))).toBe(women.key(subject({ womenPercent: 0 })));
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
