import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBloc, type UnitSpec } from '../../tests/helpers/makeBloc.js';
import { createExplainer } from './createExplainer.js';
import type { Settings } from './model.js';
import { rankBloc } from './rankBloc.js';

const yesNoBlank = fc.constantFrom(true, false, null);
// Coarse points make equal totals (and ties at every link) frequent.
const unitArb = fc.record({
  points: fc.tuple(
    fc.integer({ min: 40, max: 60 }),
    fc.integer({ min: 30, max: 40 }),
    fc.constantFrom(0, 1, 5, 12),
    fc.constantFrom(0, 0.5, 1),
  ),
  votes: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  womenPercent: fc.option(fc.constantFrom(0, 69, 70, 100), { nil: null }),
  discipline: fc.constantFrom(true, false, null, 'review' as const),
  exceededTargets: yesNoBlank,
  strongOrganisations: yesNoBlank,
});
const settingsArb = fc.record({
  provincialFlags: fc.integer({ min: 0, max: 4 }),
  certificates: fc.oneof(fc.constant('auto' as const), fc.integer({ min: 0, max: 5 })),
  nominateGovernmentFlag: fc.boolean(),
  governmentFlagWithProvincial: fc.boolean(),
  awardGrade: fc.constantFrom('HTXSNV' as const, 'HTTNV' as const, 'KHTNV' as const),
});
const blocArb = fc.tuple(fc.array(unitArb, { minLength: 1, maxLength: 25 }), settingsArb).map(([units, settings]) => ({
  units: units.map((u, i): UnitSpec => ({ ...u, name: `Đơn vị ${i + 1}` })),
  settings: settings as Partial<Settings>,
}));

describe('rankBloc properties', () => {
  it('ranks agree with the comparator chain (total, then each tie-break key)', () => {
    fc.assert(
      fc.property(blocArb, ({ units, settings }) => {
        const r = rankBloc(makeBloc(units, settings)).value!;
        const key = (i: number) => [r.units[i]!.total, ...r.tieKeys.map((k) => k[i]!)];
        const cmp = (a: number, b: number) => {
          const ka = key(a), kb = key(b);
          for (let j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return ka[j]! > kb[j]! ? -1 : 1;
          return 0;
        };
        for (const a of r.units) {
          const better = r.units.filter((b) => cmp(b.index, a.index) < 0).length;
          expect(a.rank).toBe(better + 1);
          expect(a.tied).toBe(r.units.some((b) => b.index !== a.index && cmp(a.index, b.index) === 0));
        }
      }),
    );
  });

  it('shuffling the rows changes no unit’s rank, tie mark or awards', () => {
    fc.assert(
      fc.property(blocArb, fc.infiniteStream(fc.nat()), ({ units, settings }, rnd) => {
        const shuffled = [...units];
        const it = rnd[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const view = (list: readonly UnitSpec[]) => {
          const r = rankBloc(makeBloc(list, settings)).value!;
          return Object.fromEntries(r.units.map((u) => [u.name, { rank: u.rank, tied: u.tied, awards: [...u.awards].sort() }]));
        };
        expect(view(shuffled)).toEqual(view(units));
      }),
    );
  });

  it('quotas are never exceeded; vetoed, low-grade and prerequisite-failed units never get what they may not', () => {
    fc.assert(
      fc.property(blocArb, ({ units, settings }) => {
        const r = rankBloc(makeBloc(units, settings)).value!;
        const count = (code: string) => r.units.filter((u) => u.awards.includes(code as never)).length;
        expect(count('CO_UBND_TINH')).toBeLessThanOrEqual(r.quotas.provincialFlags);
        expect(count('BANG_KHEN_UBND_TINH')).toBeLessThanOrEqual(r.quotas.certificates);
        expect(count('CO_CHINH_PHU')).toBeLessThanOrEqual(1);
        const order = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
        for (const u of r.units) {
          const input = units[u.index]!;
          if (u.awards.includes('CO_UBND_TINH')) expect(u.awards).not.toContain('BANG_KHEN_UBND_TINH');
          if (input.discipline === true || input.discipline === 'review' || order.indexOf(u.grade) > order.indexOf(r.settings.awardGrade)) expect(u.awards).toEqual([]);
          if (input.exceededTargets === false || input.strongOrganisations === false) {
            expect(u.awards.filter((a) => a !== 'BANG_KHEN_UBND_TINH')).toEqual([]);
          }
          if (u.awards.includes('CO_CHINH_PHU') && r.settings.governmentFlagWithProvincial) expect(u.awards).toContain('CO_UBND_TINH');
        }
      }),
    );
  });

  it('a better-ranked eligible unit never gets less than a worse-ranked one, unless it waits for the bloc’s decision', () => {
    fc.assert(
      fc.property(blocArb, ({ units, settings }) => {
        const r = rankBloc(makeBloc(units, { ...settings, nominateGovernmentFlag: false })).value!;
        const worth = (u: (typeof r.units)[number]) => (u.awards.includes('CO_UBND_TINH') ? 2 : u.awards.length > 0 ? 1 : 0);
        const plain = r.units.filter((u) => {
          const x = units[u.index]!;
          return u.notes.every((n) => n.kind !== 'pendingTie' && n.kind !== 'held' && n.kind !== 'disciplined' && n.kind !== 'gradeTooLow') && x.exceededTargets !== false && x.strongOrganisations !== false;
        });
        for (const a of plain) for (const b of plain) if (a.rank < b.rank) expect(worth(a)).toBeGreaterThanOrEqual(worth(b));
      }),
    );
  });

  it('only the best-ranked unit eligible for a flag is said to lead the bloc', () => {
    fc.assert(
      fc.property(blocArb, ({ units, settings }) => {
        const r = rankBloc(makeBloc(units, settings)).value!;
        const leading = r.units.filter((u) => u.notes.some((n) => (n.kind === 'awarded' || n.kind === 'confirm') && n.leading === true));
        expect(leading.length).toBeLessThanOrEqual(1);
        const leader = leading[0];
        if (!leader) return;
        // Nobody better ranked could take a flag.
        for (const u of r.units) {
          if (u.rank >= leader.rank) continue;
          const x = units[u.index]!;
          const blocked =
            x.discipline === true ||
            x.discipline === 'review' ||
            x.exceededTargets === false ||
            x.strongOrganisations === false ||
            u.notes.some((n) => n.kind === 'gradeTooLow');
          expect(blocked).toBe(true);
        }
      }),
    );
  });

  it('every unit gets an explanation in both languages', () => {
    fc.assert(
      fc.property(blocArb, ({ units, settings }) => {
        const r = rankBloc(makeBloc(units, settings)).value!;
        for (const lang of ['vi', 'en'] as const) {
          const explain = createExplainer(r, lang);
          for (const u of r.units) expect(explain(u.index)).toMatch(lang === 'vi' ? /^Xếp hạng \d+\/\d+/ : /^Rank \d+ of \d+/);
        }
      }),
      { numRuns: 50 },
    );
  });
});
