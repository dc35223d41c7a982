import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBloc, type UnitSpec } from '../../tests/helpers/makeBloc.js';
import { applyBallot, type BallotVotes } from './applyBallot.js';
import { AWARD_CODES, type AwardCode, type Settings } from './model.js';
import { rankBloc } from './rankBloc.js';
import type { BlocResult, UnitResult } from './result.js';

const yesNoBlank = fc.constantFrom(true, false, null);
// Few distinct totals: ties across every quota boundary are frequent.
const unitArb = fc.record({
  points: fc.tuple(fc.constantFrom(50, 55, 58, 60), fc.constantFrom(35, 38, 40), fc.constant(0), fc.constantFrom(0, 1)),
  discipline: fc.constantFrom(false, false, false, true),
  exceededTargets: yesNoBlank,
  strongOrganisations: yesNoBlank,
});
const settingsArb = fc.record({
  provincialFlags: fc.integer({ min: 0, max: 3 }),
  certificates: fc.oneof(fc.constant('auto' as const), fc.integer({ min: 0, max: 4 })),
  nominateGovernmentFlag: fc.boolean(),
  governmentFlagWithProvincial: fc.boolean(),
  awardGrade: fc.constantFrom('HTXSNV' as const, 'HTTNV' as const),
});
const blocArb = fc
  .tuple(fc.array(unitArb, { minLength: 1, maxLength: 12 }), settingsArb)
  .map(([units, settings]) => rankBloc(makeBloc(units.map((u, i): UnitSpec => ({ ...u, name: `Đơn vị ${i + 1}` })), settings as Partial<Settings>)).value!);

/** A ballot for `n` units and `voters`: counts 0..voters, blanks and missing rows. */
const ballotArb = (n: number, voters: number) =>
  fc.array(
    fc.option(
      fc.record({
        CO_CHINH_PHU: fc.option(fc.integer({ min: 0, max: voters }), { nil: null }),
        CO_UBND_TINH: fc.option(fc.integer({ min: 0, max: voters }), { nil: null }),
        BANG_KHEN_UBND_TINH: fc.option(fc.integer({ min: 0, max: voters }), { nil: null }),
      }),
      { nil: undefined, freq: 6 },
    ),
    { minLength: n, maxLength: n },
  );

const caseArb = blocArb.chain((result) =>
  fc.integer({ min: 1, max: 15 }).chain((voters) =>
    fc.tuple(fc.constant(result), fc.constant(voters), ballotArb(result.units.length, voters), fc.constantFrom(50, 66.7, 80, 100)),
  ),
);

const toMap = (rows: readonly (BallotVotes | undefined)[]) => {
  const m = new Map<number, BallotVotes>();
  rows.forEach((r, i) => r && m.set(i, r));
  return m;
};
/** The forms the ranking made a unit a candidate for: proposed outright, or tied for at a quota. */
const candidacy = (u: UnitResult): Set<AwardCode> => {
  const set = new Set<AwardCode>(u.awards);
  for (const n of u.notes) if (n.kind === 'pendingTie') for (const a of n.awards) set.add(a);
  return set;
};
const quotaOf = (r: BlocResult, a: AwardCode) =>
  a === 'CO_CHINH_PHU' ? (r.settings.nominateGovernmentFlag ? 1 : 0) : a === 'CO_UBND_TINH' ? r.quotas.provincialFlags : r.quotas.certificates;

describe('applyBallot properties', () => {
  it('never proposes a unit the ranking did not make a candidate, never fills a slot past a quota', () => {
    fc.assert(
      fc.property(caseArb, ([result, voters, rows, threshold]) => {
        const { value } = applyBallot(result, { ballot: toMap(rows), voters, thresholdPercent: threshold });
        for (const u of result.units) {
          const allowed = candidacy(u);
          for (const a of value.awards[u.index]!) expect(allowed.has(a)).toBe(true);
          // one achievement, one form: never a provincial flag and a certificate together
          expect(value.awards[u.index]!.includes('CO_UBND_TINH') && value.awards[u.index]!.includes('BANG_KHEN_UBND_TINH')).toBe(false);
        }
        for (const a of AWARD_CODES) expect(value.awards.filter((as) => as.includes(a)).length).toBeLessThanOrEqual(quotaOf(result, a));
        for (const p of value.proposals) {
          expect(candidacy(result.units[p.unit]!).has(p.award)).toBe(true);
          if (p.status === 'passed') expect(p.votes! * 100).toBeGreaterThanOrEqual(threshold * voters - 1e-9);
          if (p.reason === 'belowThreshold') expect(p.votes! * 100).toBeLessThan(threshold * voters);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a ballot with every vote at 100 % changes nothing but the tied slots', () => {
    fc.assert(
      fc.property(blocArb, fc.integer({ min: 1, max: 15 }), (result, voters) => {
        const full = { CO_CHINH_PHU: voters, CO_UBND_TINH: voters, BANG_KHEN_UBND_TINH: voters };
        const ballot = new Map(result.units.map((u) => [u.index, full]));
        const { value, issues } = applyBallot(result, { ballot, voters, thresholdPercent: 80 });
        for (const u of result.units) {
          const tied = u.notes.some((n) => n.kind === 'pendingTie');
          if (!tied) expect([...value.awards[u.index]!].sort()).toEqual([...u.awards].sort());
          else for (const a of u.awards) expect(value.awards[u.index]).toContain(a);
        }
        expect(issues.every((i) => i.code === 'BALLOT_TIE_EQUAL' || i.code === 'BALLOT_VOTE_UNUSED')).toBe(true);
        // a count is unused exactly where the ranking put no form in play for the unit
        for (const i of issues.filter((x) => x.code === 'BALLOT_VOTE_UNUSED')) {
          expect(candidacy(result.units[i.unit!]!).has(i.field!.slice('ballot:'.length) as AwardCode)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without a ballot, the awards are the ranking’s and every proposal is pending with votes null', () => {
    fc.assert(
      fc.property(blocArb, (result) => {
        const { value, issues } = applyBallot(result, { ballot: null, voters: result.units.length, thresholdPercent: 80 });
        expect(value.awards.map((a) => [...a].sort())).toEqual(result.units.map((u) => [...u.awards].sort()));
        expect(value.proposals.every((p) => p.status === 'pending' && p.votes === null)).toBe(true);
        expect(issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
