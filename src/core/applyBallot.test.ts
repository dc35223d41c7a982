import { describe, expect, it } from 'vitest';
import { makeBloc, type UnitSpec } from '../../tests/helpers/makeBloc.js';
import { applyBallot, describeBallotRule, passesThreshold, type BallotVotes, type Proposal } from './applyBallot.js';
import { explainBallot } from './explainBallot.js';
import type { AwardCode, Settings } from './model.js';
import { rankBloc } from './rankBloc.js';
import type { BlocResult } from './result.js';

/** Nine units, totals 99, 98, … 91 (all excellent): flag + Government flag to U1, certificates (auto: 2) to U2, U3. */
function nine(overrides: Record<number, Partial<UnitSpec>> = {}, settings: Partial<Settings> = {}): BlocResult {
  const units: UnitSpec[] = Array.from({ length: 9 }, (_, i) => ({ name: `U${i + 1}`, points: [59 - i, 40, 0, 0], ...overrides[i] }));
  return rankBloc(makeBloc(units, settings)).value!;
}
const votes = (entries: Record<number, BallotVotes>) => new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]));
const all = (n: number): BallotVotes => ({ CO_CHINH_PHU: n, CO_UBND_TINH: n, BANG_KHEN_UBND_TINH: n });
/** Counts for the forms in play only, as a clerk fills the ballot sheet (the others are shaded). */
const flag = (n: number): BallotVotes => ({ CO_CHINH_PHU: n, CO_UBND_TINH: n });
const cert = (n: number): BallotVotes => ({ BANG_KHEN_UBND_TINH: n });
const find = (ps: readonly Proposal[], unit: number, award: AwardCode) => ps.find((p) => p.unit === unit && p.award === award);
const run = (result: BlocResult, ballot: ReturnType<typeof votes> | null, voters = 9, thresholdPercent = 80) =>
  applyBallot(result, { ballot, voters, thresholdPercent });

describe('passesThreshold', () => {
  it('compares exactly: 80 % of 9 voters — 8 pass, 7 do not; 70 % of 10 — 7 pass', () => {
    expect(passesThreshold(8, 9, 80)).toBe(true);
    expect(passesThreshold(7, 9, 80)).toBe(false);
    expect(passesThreshold(7, 10, 70)).toBe(true);
    // a percent-formatted 0.7 read as 70.00000000000001 must not lose the 7th vote
    expect(passesThreshold(7, 10, 0.7 * 100)).toBe(true);
    expect(passesThreshold(6, 10, 70)).toBe(false);
    expect(passesThreshold(0, 9, 0)).toBe(true);
  });
});

describe('applyBallot', () => {
  const r = nine();

  it('a tied unit that cannot take a flag is no contender for the Government flag (found by the property test)', () => {
    // Three units tied at the top; the third has Vượt chỉ tiêu = Không. No ballot: every proposal pending, none failed.
    const tied = rankBloc(
      makeBloc([
        { name: 'U1', points: [60, 40, 0, 0] },
        { name: 'U2', points: [60, 40, 0, 0] },
        { name: 'U3', points: [60, 40, 0, 0], exceededTargets: false },
      ]),
    ).value!;
    const { value, issues } = applyBallot(tied, { ballot: null, voters: 3, thresholdPercent: 80 });
    expect(value.proposals.every((p) => p.status === 'pending' && p.votes === null)).toBe(true);
    expect(value.proposals.filter((p) => p.unit === 2).map((p) => p.award)).toEqual(['BANG_KHEN_UBND_TINH']);
    expect(issues).toEqual([]);
  });

  it('the ranking is what this suite assumes', () => {
    expect(r.units.map((u) => [...u.awards])).toEqual([['CO_CHINH_PHU', 'CO_UBND_TINH'], ['BANG_KHEN_UBND_TINH'], ['BANG_KHEN_UBND_TINH'], [], [], [], [], [], []]);
  });

  it('without a ballot sheet: every proposal pending with votes null, the awards unchanged, no line', () => {
    const { value, issues } = run(r, null);
    expect(value.hasBallot).toBe(false);
    expect(value.proposals.map((p) => [p.name, p.award, p.votes, p.approval, p.status, p.reason])).toEqual([
      ['U1', 'CO_CHINH_PHU', null, null, 'pending', 'noBallot'],
      ['U1', 'CO_UBND_TINH', null, null, 'pending', 'noBallot'],
      ['U2', 'BANG_KHEN_UBND_TINH', null, null, 'pending', 'noBallot'],
      ['U3', 'BANG_KHEN_UBND_TINH', null, null, 'pending', 'noBallot'],
    ]);
    expect(value.awards).toEqual(r.units.map((u) => [...u.awards].sort()));
    expect(issues).toEqual([]);
    expect(explainBallot(value, 0, 'vi')).toEqual([]);
  });

  it('exactly at the threshold passes (8/9 at 80 %), one below fails and its slot stays open', () => {
    const { value } = run(r, votes({ 0: all(9), 1: all(8), 2: all(7) }));
    expect(find(value.proposals, 1, 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: 8, voters: 9, status: 'passed', reason: 'approved' });
    expect(find(value.proposals, 1, 'BANG_KHEN_UBND_TINH')!.approval).toBeCloseTo(8 / 9, 12);
    expect(find(value.proposals, 2, 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: 7, status: 'failed', reason: 'belowThreshold' });
    expect(value.awards[2]).toEqual([]);
    // U4 does not move up into the open certificate
    expect(value.awards[3]).toEqual([]);
    expect(value.proposals.some((p) => p.unit === 3)).toBe(false);
    expect(explainBallot(value, 2, 'vi')).toEqual([
      'Không đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: không đạt tỷ lệ phiếu: 7/9 phiếu, 77,8 % (cần 80 %, theo quy định của Khối).',
    ]);
    expect(explainBallot(value, 1, 'en')).toEqual([
      "Secret ballot on the “Certificate of Merit of the Chairman of the Provincial People’s Committee”: 8/9 votes, 88.9 %, at or above the required 80 % (the bloc's rule).",
    ]);
  });

  it('words a failed flag as DOMAIN §10 does: 6/9 phiếu, 66,7 %', () => {
    const { value } = run(r, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: 6 }, 1: all(9), 2: all(9) }));
    expect(explainBallot(value, 0, 'vi')).toEqual([
      'Không đề nghị tặng “Cờ thi đua của Chính phủ”: đơn vị không được đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh” (Cờ Chính phủ kèm Cờ tỉnh, theo quy định của Khối).',
      'Không đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”: không đạt tỷ lệ phiếu: 6/9 phiếu, 66,7 % (cần 80 %, theo quy định của Khối).',
    ]);
    // the flag stays unawarded: U2 keeps its certificate and does not move up
    expect(value.awards[0]).toEqual([]);
    expect(value.awards[1]).toEqual(['BANG_KHEN_UBND_TINH']);
  });

  it('a blank count keeps the proposal, pending, with a warning naming the unit and form', () => {
    const { value, issues } = run(r, votes({ 0: flag(9), 1: { BANG_KHEN_UBND_TINH: null }, 2: cert(9) }));
    expect(find(value.proposals, 1, 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: null, approval: null, status: 'pending', reason: 'notVoted' });
    expect(value.awards[1]).toEqual(['BANG_KHEN_UBND_TINH']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'BALLOT_VOTE_BLANK', unit: 1, field: 'ballot:BANG_KHEN_UBND_TINH' })]);
    expect(explainBallot(value, 1, 'vi')).toEqual(['Đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: chưa có kết quả bỏ phiếu.']);
  });

  it('0 is zero votes (failed), not a blank', () => {
    const { value, issues } = run(r, votes({ 0: flag(9), 1: cert(0), 2: cert(9) }));
    expect(find(value.proposals, 1, 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: 0, approval: 0, status: 'failed' });
    expect(issues).toEqual([]);
  });

  it('a proposed unit with no ballot row is pending with a warning', () => {
    const { value, issues } = run(r, votes({ 0: flag(9), 1: cert(9) }));
    expect(find(value.proposals, 2, 'BANG_KHEN_UBND_TINH')).toMatchObject({ status: 'pending', reason: 'notVoted' });
    expect(issues.map((i) => [i.code, i.unit])).toEqual([['BALLOT_UNIT_MISSING', 2]]);
  });

  describe('the Government flag (with `Cờ Chính phủ kèm Cờ tỉnh` = Có)', () => {
    it('passes with its own vote and the provincial-flag vote', () => {
      const { value } = run(r, votes({ 0: all(9), 1: all(9), 2: all(9) }));
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ status: 'passed', reason: 'approved' });
      expect(value.awards[0]).toEqual(['CO_CHINH_PHU', 'CO_UBND_TINH']);
    });
    it('fails on its own vote even when the provincial flag passes', () => {
      const { value } = run(r, votes({ 0: { CO_CHINH_PHU: 7, CO_UBND_TINH: 9 }, 1: all(9), 2: all(9) }));
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ votes: 7, status: 'failed', reason: 'belowThreshold' });
      expect(value.awards[0]).toEqual(['CO_UBND_TINH']);
    });
    it('fails without the provincial flag, whatever its own vote', () => {
      const { value } = run(r, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: 7 }, 1: all(9), 2: all(9) }));
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ votes: 9, status: 'failed', reason: 'provincialFlagFailed' });
      expect(value.awards[0]).toEqual([]);
    });
    it('waits for a provincial-flag vote not counted yet', () => {
      const { value } = run(r, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: null }, 1: all(9), 2: all(9) }));
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ status: 'pending', reason: 'provincialFlagPending' });
      expect(value.awards[0]).toEqual(['CO_CHINH_PHU', 'CO_UBND_TINH']);
    });
    it('apart from the provincial flag (= Không) it needs its own vote only', () => {
      const apart = nine({}, { governmentFlagWithProvincial: false });
      expect(apart.units[0]!.awards).toEqual(['CO_CHINH_PHU']);
      const { value } = run(apart, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: 0 }, 1: all(9), 2: all(9), 3: all(9) }));
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ status: 'passed', reason: 'approved' });
      expect(value.awards[0]).toEqual(['CO_CHINH_PHU']);
    });
  });

  describe('a tie straddling a quota', () => {
    // U2, U3, U4 fully tied at rank 2 for the two certificates.
    const tied = nine({ 2: { points: [58, 40, 0, 0] }, 3: { points: [58, 40, 0, 0] } });
    it('is what this suite assumes', () => {
      expect(tied.units.slice(1, 4).map((u) => [u.rank, u.awards.length, u.notes.some((n) => n.kind === 'pendingTie')])).toEqual([
        [2, 0, true],
        [2, 0, true],
        [2, 0, true],
      ]);
    });
    it('is decided by the ballot: the highest approvals at or above the threshold take the slots', () => {
      const { value, issues } = run(tied, votes({ 0: flag(9), 1: cert(9), 2: cert(8), 3: cert(7) }));
      expect([1, 2, 3].map((i) => find(value.proposals, i, 'BANG_KHEN_UBND_TINH')).map((p) => [p!.status, p!.reason, p!.tie])).toEqual([
        ['passed', 'tieWon', { members: [1, 2, 3], slots: 2 }],
        ['passed', 'tieWon', { members: [1, 2, 3], slots: 2 }],
        ['failed', 'belowThreshold', { members: [1, 2, 3], slots: 2 }],
      ]);
      expect(value.awards.slice(1, 5)).toEqual([['BANG_KHEN_UBND_TINH'], ['BANG_KHEN_UBND_TINH'], [], []]);
      expect(issues).toEqual([]);
      expect(explainBallot(value, 1, 'vi')).toEqual([
        'Trong 03 đơn vị đồng hạng (02 đề nghị), đơn vị đạt số phiếu cao nhất: 9/9 phiếu, 100 % — đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”.',
      ]);
    });
    it('a unit above the threshold but below the winners loses; a slot nobody reached stays open', () => {
      const { value } = run(tied, votes({ 0: all(9), 1: all(9), 2: all(6), 3: all(6) }));
      expect(value.awards.slice(1, 5)).toEqual([['BANG_KHEN_UBND_TINH'], [], [], []]);
      const lost = run(tied, votes({ 0: all(9), 1: all(9), 2: all(9), 3: all(8) })).value;
      expect(find(lost.proposals, 3, 'BANG_KHEN_UBND_TINH')).toMatchObject({ status: 'failed', reason: 'tieLost' });
    });
    it('units still equal after the ballot leave the slot open, with a warning', () => {
      const { value, issues } = run(tied, votes({ 0: flag(9), 1: cert(9), 2: cert(8), 3: cert(8) }));
      expect([1, 2, 3].map((i) => find(value.proposals, i, 'BANG_KHEN_UBND_TINH')!.status)).toEqual(['passed', 'pending', 'pending']);
      expect(value.awards.slice(1, 5)).toEqual([['BANG_KHEN_UBND_TINH'], [], [], []]);
      expect(issues).toEqual([expect.objectContaining({ code: 'BALLOT_TIE_EQUAL', params: expect.objectContaining({ slots: 1, units: '"U3", "U4"' }) })]);
      expect(explainBallot(value, 2, 'vi')[0]).toMatch(/^Chưa đề nghị tặng “Bằng khen .*”: 03 đơn vị đồng hạng chưa phân định/);
    });
    it('a tied unit not counted yet keeps every tied slot open', () => {
      const { value, issues } = run(tied, votes({ 0: flag(9), 1: cert(9), 2: cert(9), 3: {} }));
      expect([1, 2, 3].map((i) => find(value.proposals, i, 'BANG_KHEN_UBND_TINH')!.status)).toEqual(['pending', 'pending', 'pending']);
      expect(value.awards.slice(1, 4)).toEqual([[], [], []]);
      expect(issues.map((i) => [i.code, i.unit])).toEqual([['BALLOT_VOTE_BLANK', 3]]);
    });
    it('for the flag: the ballot decides the flag, the Government flag and the certificate between them', () => {
      const flagTie = nine({ 1: { points: [59, 40, 0, 0] } });
      expect(flagTie.units[0]!.notes.find((n) => n.kind === 'pendingTie')).toMatchObject({ awards: ['CO_UBND_TINH', 'BANG_KHEN_UBND_TINH', 'CO_CHINH_PHU'] });
      const { value } = run(flagTie, votes({ 0: all(8), 1: { CO_CHINH_PHU: 9, CO_UBND_TINH: 9, BANG_KHEN_UBND_TINH: 9 }, 2: all(9) }));
      expect(value.awards.slice(0, 4)).toEqual([['BANG_KHEN_UBND_TINH'], ['CO_CHINH_PHU', 'CO_UBND_TINH'], ['BANG_KHEN_UBND_TINH'], []]);
      expect(find(value.proposals, 0, 'CO_CHINH_PHU')).toMatchObject({ status: 'failed', reason: 'provincialFlagFailed' });
      expect(find(value.proposals, 0, 'CO_UBND_TINH')).toMatchObject({ status: 'failed', reason: 'tieLost' });
      expect(find(value.proposals, 1, 'CO_CHINH_PHU')).toMatchObject({ status: 'passed', reason: 'tieWon' });
    });
    it('apart from the provincial flag (= Không): the Government flag is decided first, the provincial flag among the others', () => {
      const top = nine({ 1: { points: [59, 40, 0, 0] } }, { governmentFlagWithProvincial: false });
      expect(top.units[0]!.notes.find((n) => n.kind === 'pendingTie')).toMatchObject({ awards: ['CO_CHINH_PHU', 'CO_UBND_TINH'] });
      const { value } = run(top, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: 9 }, 1: { CO_CHINH_PHU: 8, CO_UBND_TINH: 9 }, 2: cert(9), 3: cert(9) }));
      expect(value.awards.slice(0, 4)).toEqual([['CO_CHINH_PHU'], ['CO_UBND_TINH'], ['BANG_KHEN_UBND_TINH'], ['BANG_KHEN_UBND_TINH']]);
      expect(find(value.proposals, 1, 'CO_CHINH_PHU')).toMatchObject({ status: 'failed', reason: 'tieLost', tie: { members: [0, 1], slots: 1 } });
      expect(find(value.proposals, 1, 'CO_UBND_TINH')).toMatchObject({ status: 'passed', reason: 'tieWon', tie: { members: [1], slots: 1 } });
      // the Government-flag winner is not also a candidate for the provincial flag
      expect(find(value.proposals, 0, 'CO_UBND_TINH')).toBeUndefined();
      // its provincial-flag count was in play for the tie: no "unused" warning
      expect(run(top, votes({ 0: { CO_CHINH_PHU: 9, CO_UBND_TINH: 9 }, 1: { CO_CHINH_PHU: 8, CO_UBND_TINH: 9 }, 2: cert(9), 3: cert(9) })).issues).toEqual([]);
    });
    it('without a ballot the tied candidates are listed, pending, and nothing is awarded to them', () => {
      const { value } = run(tied, null);
      expect(value.proposals.filter((p) => p.tie).map((p) => [p.name, p.status, p.reason])).toEqual([
        ['U2', 'pending', 'noBallot'],
        ['U3', 'pending', 'noBallot'],
        ['U4', 'pending', 'noBallot'],
      ]);
      expect(value.awards.slice(1, 4)).toEqual([[], [], []]);
    });
  });
});

describe('describeBallotRule', () => {
  it('words the threshold as the bloc’s rule, says the 80 % is practice not confirmed under 152/2025, cites no article', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = describeBallotRule(lang, 80);
      expect(text).toContain('80 %');
      expect(text).toContain('152/2025/NĐ-CP');
      expect(text).not.toMatch(/Điều|Article|khoản/);
    }
    expect(describeBallotRule('vi', 66.5)).toMatch(/^Mỗi đề nghị khen thưởng cần số phiếu đồng ý từ 66,5 % .*\(theo quy định của Khối\)/);
  });
});

describe('counts the ranking does not use', () => {
  it('a count for a form not in play for the unit is a warning, never a proposal', () => {
    const r = nine();
    const { value, issues } = applyBallot(r, {
      ballot: new Map([[0, flag(9)], [1, all(9)], [2, all(9)], [3, { BANG_KHEN_UBND_TINH: 9, CO_UBND_TINH: 0 }]]),
      voters: 9,
      thresholdPercent: 80,
    });
    expect(value.awards[3]).toEqual([]);
    expect(issues.map((i) => [i.code, i.unit, i.field])).toEqual([
      ['BALLOT_VOTE_UNUSED', 1, 'ballot:CO_CHINH_PHU'],
      ['BALLOT_VOTE_UNUSED', 1, 'ballot:CO_UBND_TINH'],
      ['BALLOT_VOTE_UNUSED', 2, 'ballot:CO_CHINH_PHU'],
      ['BALLOT_VOTE_UNUSED', 2, 'ballot:CO_UBND_TINH'],
      ['BALLOT_VOTE_UNUSED', 3, 'ballot:BANG_KHEN_UBND_TINH'],
    ]);
  });
});
