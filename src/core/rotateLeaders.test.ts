import { describe, expect, it } from 'vitest';
import { fakeRanking, makeBloc, makeUnit, thamMuuTongHop } from '../../tests/fixtures/blocs.js';
import { formatIssue } from './messages.js';
import { rankBloc } from './rankBloc.js';
import { rotateLeaders } from './rotateLeaders.js';

const ABCDE = ['A', 'B', 'C', 'D', 'E'];
const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe('rotateLeaders — Luân phiên', () => {
  it('makes the deputy the leader and the next unit in roster order the deputy', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B' }), null);
    expect(r).toEqual({
      ok: true,
      value: { leader: 'B', deputy: 'C', mode: 'rotate', sources: { leader: 'rotate', deputy: 'rotate' } },
      issues: [],
    });
  });

  it('wraps round the end of the roster', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'D', deputy: 'E' }), null);
    expect(r.value).toMatchObject({ leader: 'E', deputy: 'A' });
  });

  it('skips the outgoing leader when it comes next', () => {
    // Deputy E leads next; after E comes A, the outgoing leader, so B is the deputy.
    expect(rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'E' }), null).value).toMatchObject({
      leader: 'E',
      deputy: 'B',
    });
    // Leader after deputy in the roster: C leads, D is the outgoing leader, E is deputy.
    expect(rotateLeaders(makeBloc(ABCDE, { leader: 'D', deputy: 'C' }), null).value).toMatchObject({
      leader: 'C',
      deputy: 'E',
    });
  });

  it('matches names ignoring case, diacritics and spaces, and returns the roster spelling', () => {
    const r = rotateLeaders(thamMuuTongHop({ leader: ' so noi  vu ', deputy: 'SỞ TƯ PHÁP' }), null);
    expect(r.value).toMatchObject({ leader: 'Sở Tư pháp', deputy: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' });
  });

  it('works with exactly 3 units: the third unit is the only possible deputy', () => {
    expect(rotateLeaders(makeBloc(['A', 'B', 'C'], { leader: 'A', deputy: 'B' }), null).value).toMatchObject({
      leader: 'B',
      deputy: 'C',
    });
    expect(rotateLeaders(makeBloc(['A', 'B', 'C'], { leader: 'C', deputy: 'B' }), null).value).toMatchObject({
      leader: 'B',
      deputy: 'A',
    });
  });

  it.each([[0], [1], [2]])('refuses to rotate a bloc of %i unit(s)', (n) => {
    const names = ABCDE.slice(0, n);
    const r = rotateLeaders(makeBloc(names, { leader: names[0] ?? null, deputy: names[1] ?? null }), null);
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'ROTATION_TOO_FEW_UNITS', severity: 'error', params: { count: n } }),
    );
  });

  it('lets a 2-unit bloc name both roles by override', () => {
    const r = rotateLeaders(makeBloc(['A', 'B'], { leader: 'A', deputy: 'B', nextLeader: 'B', nextDeputy: 'A' }), null);
    expect(r).toMatchObject({ ok: true, value: { leader: 'B', deputy: 'A', mode: 'override' } });
  });

  it('reports a missing deputy or leader naming the setting, not a guess', () => {
    const noDeputy = rotateLeaders(makeBloc(ABCDE, { leader: 'A' }), null);
    expect(noDeputy).toMatchObject({ ok: false, value: null });
    expect(noDeputy.issues).toEqual([expect.objectContaining({ code: 'DEPUTY_MISSING', field: 'setting:deputy' })]);
    const noLeader = rotateLeaders(makeBloc(ABCDE, { deputy: 'B', leader: '  ' }), null);
    expect(noLeader.issues).toEqual([expect.objectContaining({ code: 'LEADER_MISSING', field: 'setting:leader' })]);
  });

  it('reports unknown names with the setting as field', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'Z', deputy: 'Y' }), null);
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'LEADER_UNKNOWN',
        field: 'setting:leader',
        params: { name: 'Z' },
        severity: 'error',
      }),
      expect.objectContaining({
        code: 'DEPUTY_UNKNOWN',
        field: 'setting:deputy',
        params: { name: 'Y' },
        severity: 'error',
      }),
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe('Khối trưởng "Z" không có trong danh sách đơn vị.');
  });

  it('makes every name problem a warning with severity "warning" (for rank)', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'Z', deputy: 'B' }), null, { severity: 'warning' });
    expect(r.ok).toBe(true);
    expect(r.value).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'LEADER_UNKNOWN', severity: 'warning' })]);
    const small = rotateLeaders(makeBloc(['A', 'B'], { leader: 'A', deputy: 'B' }), null, { severity: 'warning' });
    expect(small).toMatchObject({
      ok: true,
      value: null,
      issues: [{ code: 'ROTATION_TOO_FEW_UNITS', severity: 'warning' }],
    });
  });
});

describe('rotateLeaders — overrides', () => {
  it('overrides the leader only: the deputy rotates from the new leader, skipping this year’s leader', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B', nextLeader: 'E' }), null);
    expect(r.value).toEqual({
      leader: 'E',
      deputy: 'B',
      mode: 'rotate',
      sources: { leader: 'override', deputy: 'rotate' },
    });
  });

  it('overrides the deputy only: the leader is still this year’s deputy', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B', nextDeputy: 'd' }), null);
    expect(r.value).toEqual({
      leader: 'B',
      deputy: 'D',
      mode: 'rotate',
      sources: { leader: 'rotate', deputy: 'override' },
    });
  });

  it('overrides both: no current leader or deputy needed', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { nextLeader: 'C', nextDeputy: 'A' }), null);
    expect(r).toMatchObject({ ok: true, value: { leader: 'C', deputy: 'A', mode: 'override' }, issues: [] });
  });

  it('overrides an election without needing a ranking', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leaderSelection: 'elect', nextLeader: 'C', nextDeputy: 'A' }), null);
    expect(r).toMatchObject({ ok: true, value: { leader: 'C', deputy: 'A', mode: 'override' } });
  });

  it('rejects an unknown override naming its setting', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B', nextLeader: 'Sở Mới' }), null);
    expect(r).toMatchObject({ ok: false, value: null });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'NEXT_LEADER_UNKNOWN', field: 'setting:nextLeader', params: { name: 'Sở Mới' } }),
    ]);
    const d = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B', nextDeputy: 'X' }), null);
    expect(d.issues).toEqual([expect.objectContaining({ code: 'NEXT_DEPUTY_UNKNOWN', field: 'setting:nextDeputy' })]);
  });

  it('rejects the same unit as leader and deputy', () => {
    const both = rotateLeaders(makeBloc(ABCDE, { nextLeader: 'C', nextDeputy: 'c' }), null);
    expect(both).toMatchObject({
      ok: false,
      value: null,
      issues: [{ code: 'NEXT_LEADER_SAME_AS_DEPUTY', params: { name: 'C' }, field: 'setting:nextDeputy' }],
    });
    // The deputy override names this year's deputy, who becomes leader by rotation.
    const clash = rotateLeaders(makeBloc(ABCDE, { leader: 'A', deputy: 'B', nextDeputy: 'B' }), null);
    expect(codes(clash)).toEqual(['NEXT_LEADER_SAME_AS_DEPUTY']);
  });

  it('still reports an unknown current leader that the overrides make unnecessary', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leader: 'Z', nextLeader: 'C', nextDeputy: 'A' }), null);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['LEADER_UNKNOWN']);
    expect(r.value).toMatchObject({ leader: 'C', deputy: 'A' });
  });
});

describe('rotateLeaders — Bầu', () => {
  const elect = (ranks: number[], extra: Parameters<typeof makeBloc>[1] = {}, vetoed: number[] = []) => {
    const base = makeBloc(ABCDE, { leaderSelection: 'elect', ...extra });
    const input = {
      ...base,
      units: base.units.map((u, i) => (vetoed.includes(i) ? makeUnit(u.name, [], { discipline: true }) : u)),
    };
    return rotateLeaders(input, fakeRanking(input, ranks));
  };

  it('suggests the best-ranked unit as leader and the next as deputy', () => {
    expect(elect([3, 1, 5, 2, 4])).toEqual({
      ok: true,
      value: { leader: 'B', deputy: 'D', mode: 'elect', sources: { leader: 'elect', deputy: 'elect' } },
      issues: [],
    });
  });

  it('passes over units under a veto (Kỷ luật = Có)', () => {
    expect(elect([3, 1, 5, 2, 4], {}, [1]).value).toMatchObject({ leader: 'D', deputy: 'A' });
  });

  it('elects from the engine’s ranking of a real bloc', () => {
    const input = thamMuuTongHop({ leaderSelection: 'elect' });
    const r = rotateLeaders(input, rankBloc(input).value);
    expect(r).toMatchObject({
      ok: true,
      value: { leader: 'Sở Nội vụ', deputy: 'Văn phòng UBND tỉnh', mode: 'elect' },
      issues: [],
    });
    // Sở Nội vụ under a veto: VP UBND leads; Thanh tra tỉnh beats Sở KH&ĐT (both 95) on bonus points.
    const vetoed = {
      ...input,
      units: input.units.map((u) => (u.name === 'Sở Nội vụ' ? { ...u, discipline: true } : u)),
    };
    expect(rotateLeaders(vetoed, rankBloc(vetoed).value).value).toMatchObject({
      leader: 'Văn phòng UBND tỉnh',
      deputy: 'Thanh tra tỉnh',
    });
  });

  it('needs a ranking', () => {
    const r = rotateLeaders(makeBloc(ABCDE, { leaderSelection: 'elect' }), null);
    expect(r).toMatchObject({
      ok: false,
      value: null,
      issues: [{ code: 'ELECTION_NEEDS_RANKING', field: 'setting:leaderSelection' }],
    });
  });

  it('warns when the leader is chosen within a tie, taking the ranking’s order', () => {
    const r = elect([1, 1, 3, 4, 5]);
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({ leader: 'A', deputy: 'B' });
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'ELECTION_TIE',
        severity: 'warning',
        params: { units: '"A", "B"', rank: 1, role: 'leader' },
      }),
    ]);
  });

  it('warns when the deputy is chosen within a tie', () => {
    const r = elect([1, 2, 2, 2, 5]);
    expect(r.value).toMatchObject({ leader: 'A', deputy: 'B' });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ELECTION_TIE', params: { units: '"B", "C", "D"', rank: 2, role: 'deputy' } }),
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toContain('gợi ý khối phó');
  });

  it('overrides one role and elects the other', () => {
    expect(elect([3, 1, 5, 2, 4], { nextLeader: 'B' }).value).toMatchObject({
      leader: 'B',
      deputy: 'D',
      sources: { leader: 'override', deputy: 'elect' },
    });
    expect(elect([3, 1, 5, 2, 4], { nextDeputy: 'B' }).value).toMatchObject({
      leader: 'D',
      deputy: 'B',
      sources: { leader: 'elect', deputy: 'override' },
    });
  });

  it('says when there are not enough candidates', () => {
    const r = elect([1, 2, 3, 4, 5], {}, [0, 1, 2, 3]);
    expect(r).toMatchObject({ ok: false, value: null, issues: [{ code: 'ELECTION_NO_CANDIDATE' }] });
  });

  it('works on one unit when the other role is overridden', () => {
    const input = makeBloc(['A', 'B'], { leaderSelection: 'elect', nextDeputy: 'B' });
    expect(rotateLeaders(input, fakeRanking(input, [2, 1])).value).toMatchObject({ leader: 'A', deputy: 'B' });
  });
});
