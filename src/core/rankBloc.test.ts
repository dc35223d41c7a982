import { describe, expect, it } from 'vitest';
import { makeBloc, NO_FACTS, type UnitSpec } from '../../tests/helpers/makeBloc.js';
import { createExplainer } from './createExplainer.js';
import { formatIssue } from './messages.js';
import type { Settings } from './model.js';
import { PRESET_CRITERIA } from './preset.js';
import { rankBloc } from './rankBloc.js';

const run = (units: readonly UnitSpec[], settings: Partial<Settings> = {}) => {
  const r = rankBloc(makeBloc(units, settings));
  if (!r.value) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.value;
};
const byName = (result: ReturnType<typeof run>) => Object.fromEntries(result.units.map((u) => [u.name, u]));
const awardsOf = (result: ReturnType<typeof run>) => Object.fromEntries(result.units.map((u) => [u.name, u.awards.join('+')]));

/** n units with strictly decreasing totals (all HTXSNV): U1 = 100, U2 = 99, … */
const ladder = (n: number, over: (i: number) => Partial<UnitSpec> = () => ({})): UnitSpec[] =>
  Array.from({ length: n }, (_, i) => ({ name: `U${i + 1}`, points: [60 - i * 0.5, 40 - i * 0.5, 0, 0], ...over(i) }));

describe('rankBloc — totals, grades, ranks', () => {
  it('scores, grades and ranks by total descending', () => {
    const r = run([
      { name: 'A', points: [50, 30, 0, 0] },
      { name: 'B', points: [60, 35, 2, 0] },
      { name: 'C', points: [30, 15, 0, 0] },
    ]);
    expect(r.units.map((u) => [u.name, u.total, u.rank, u.grade])).toEqual([
      ['A', 80, 2, 'HTTNV'],
      ['B', 97, 1, 'HTXSNV'],
      ['C', 45, 3, 'KHTNV'],
    ]);
    expect(Array.from(r.order)).toEqual([1, 0, 2]);
  });

  it('grades with bonus and penalty included, on the maximum base score', () => {
    const r = byName(run([{ name: 'A', points: [50, 35, 6, 1] }]));
    expect(r.A!.total).toBe(90);
    expect(r.A!.grade).toBe('HTXSNV');
  });

  it('caps the bonus at the configured % of the maximum base', () => {
    const r = byName(run([{ name: 'A', points: [50, 30, 20, 0] }], { bonusCapPercent: 5 }));
    expect(r.A!.bonus).toBe(5);
    expect(r.A!.total).toBe(85);
  });

  it('works on a 1,000-point scale', () => {
    const input = makeBloc([{ name: 'A', points: [600, 300, 0, 0] }, { name: 'B', points: [450, 250, 0, 0] }], {}, {
      criteria: [
        { code: 'A1', group: 'A', description: '', max: 600, kind: 'score' },
        { code: 'B1', group: 'B', description: '', max: 400, kind: 'score' },
        { code: 'T1', group: 'T', description: '', max: 100, kind: 'bonus' },
        { code: 'K1', group: 'K', description: '', max: null, kind: 'penalty' },
      ],
    });
    const r = rankBloc(input).value!;
    expect(r.maxBase).toBe(1000);
    expect(r.units.map((u) => u.grade)).toEqual(['HTXSNV', 'HTTNV']);
  });

  it('a one-unit bloc ranks 1 and can take the flag', () => {
    const r = run([{ name: 'Solo', points: [60, 40, 0, 0] }]);
    expect(r.units[0]).toMatchObject({ rank: 1, tied: false, awards: ['CO_CHINH_PHU', 'CO_UBND_TINH'] });
  });

  describe('tie at each link of the default chain', () => {
    const base: UnitSpec = { name: 'X', points: [50, 38, 0, 0], votes: 5, womenPercent: 50 };
    const cases: [string, Partial<UnitSpec>, Partial<UnitSpec>][] = [
      ['group A', { points: [51, 37, 0, 0] }, { points: [50, 38, 0, 0] }],
      ['penalty', { points: [50, 39, 0, 1] }, { points: [50, 40, 0, 2] }],
      ['bonus', { points: [50, 38, 2, 0] }, { points: [50, 39, 1, 0] }],
      ['votes', { votes: 8 }, { votes: 7 }],
      ['women', { womenPercent: 70 }, { womenPercent: 69 }],
    ];
    for (const [link, winner, loser] of cases) {
      it(`${link} separates equal totals`, () => {
        const r = byName(run([{ ...base, ...loser, name: 'L' }, { ...base, ...winner, name: 'W' }]));
        expect(r.W!.total).toBe(r.L!.total);
        expect([r.W!.rank, r.L!.rank, r.W!.tied]).toEqual([1, 2, false]);
      });
    }
    it('equal on every link: shared rank, tied, and a warning naming both units', () => {
      const res = rankBloc(makeBloc([{ ...base, name: 'P' }, { ...base, name: 'Q' }, { name: 'R', points: [10, 10, 0, 0] }]));
      const r = byName(res.value!);
      expect([r.P!.rank, r.Q!.rank, r.R!.rank, r.P!.tied, r.R!.tied]).toEqual([1, 1, 3, true, false]);
      const tie = res.issues.find((i) => i.code === 'TIE_UNRESOLVED')!;
      expect(formatIssue(tie, 'vi')).toContain('"P", "Q"');
    });
    it('a link whose column is absent is skipped', () => {
      const input = { ...makeBloc([{ ...base, name: 'L', votes: 1 }, { ...base, name: 'W', votes: 9 }]), facts: NO_FACTS };
      const r = rankBloc(input).value!;
      expect(r.tieBreak.map((l) => l.id)).toEqual(['group', 'penalty', 'bonus']);
      expect(r.units.every((u) => u.rank === 1 && u.tied)).toBe(true);
    });
    it('follows a configured order', () => {
      const r = byName(
        run([{ ...base, name: 'V', votes: 9, points: [49, 39, 0, 0] }, { ...base, name: 'G', votes: 1, points: [50, 38, 0, 0] }], {
          tieBreak: [{ id: 'votes' }, { id: 'group', param: 'A' }],
        }),
      );
      expect([r.V!.rank, r.G!.rank]).toEqual([1, 2]);
    });
  });

  it('vetoed and low-grade units are ranked like the others', () => {
    const r = byName(run([{ name: 'V', points: [60, 40, 0, 0], discipline: true }, { name: 'Low', points: [10, 10, 0, 0] }]));
    expect([r.V!.rank, r.Low!.rank]).toEqual([1, 2]);
  });
});

describe('rankBloc — data errors', () => {
  it('with any error nothing is ranked or awarded', () => {
    const r = rankBloc(makeBloc([{ name: 'A', points: [61, 40, 0, 0] }, { name: 'B', points: [null, 40, 0, 0] }]));
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.issues.map((i) => [i.code, i.unit, i.field])).toEqual([
      ['SCORE_ABOVE_MAX', 0, 'c:0'],
      ['SCORE_BLANK', 1, 'c:0'],
    ]);
  });
  it('no units, no score criterion, bad maxima are errors', () => {
    expect(rankBloc(makeBloc([])).issues.map((i) => i.code)).toEqual(['NO_UNITS']);
    const noScore = makeBloc([{ name: 'A', points: [1] }], {}, { criteria: [{ code: 'T1', group: 'T', description: '', max: 5, kind: 'bonus' }] });
    expect(rankBloc(noScore).issues.map((i) => i.code)).toEqual(['NO_SCORE_CRITERIA']);
    const badMax = makeBloc([{ name: 'A', points: [1] }], {}, { criteria: [{ code: 'A1', group: 'A', description: '', max: 0, kind: 'score' }] });
    expect(rankBloc(badMax).issues.map((i) => i.code)).toEqual(['CRITERION_MAX_INVALID']);
  });
});

describe('rankBloc — awards', () => {
  it('default quotas: 1 flag (+ Government nomination), auto certificates by bloc size', () => {
    expect(awardsOf(run(ladder(5)))).toEqual({ U1: 'CO_CHINH_PHU+CO_UBND_TINH', U2: 'BANG_KHEN_UBND_TINH', U3: '', U4: '', U5: '' });
    expect(Object.values(awardsOf(run(ladder(6)))).filter((a) => a === 'BANG_KHEN_UBND_TINH')).toHaveLength(2);
    expect(Object.values(awardsOf(run(ladder(9)))).filter((a) => a === 'BANG_KHEN_UBND_TINH')).toHaveLength(2);
    expect(Object.values(awardsOf(run(ladder(10)))).filter((a) => a === 'BANG_KHEN_UBND_TINH')).toHaveLength(3);
  });

  it('quota 0 gives nothing of that award', () => {
    const r = awardsOf(run(ladder(4), { provincialFlags: 0, certificates: 0 }));
    expect(Object.values(r).every((a) => a === '')).toBe(true);
  });

  it('a quota above the number of units gives every eligible unit the award', () => {
    const r = awardsOf(run(ladder(3), { provincialFlags: 5, nominateGovernmentFlag: false }));
    expect(r).toEqual({ U1: 'CO_UBND_TINH', U2: 'CO_UBND_TINH', U3: 'CO_UBND_TINH' });
  });

  it('nomination off: no Government flag', () => {
    expect(awardsOf(run(ladder(3), { nominateGovernmentFlag: false })).U1).toBe('CO_UBND_TINH');
  });

  it('"Cờ Chính phủ kèm Cờ tỉnh" = Không: the nominee takes the Government flag alone, provincial flags go to the next units', () => {
    const r = awardsOf(run(ladder(11), { governmentFlagWithProvincial: false, provincialFlags: 2, certificates: 4 }));
    // Bắc Ninh 2018: 1 Government flag, 2 provincial flags, 4 certificates
    expect(Object.values(r).slice(0, 8)).toEqual([
      'CO_CHINH_PHU',
      'CO_UBND_TINH',
      'CO_UBND_TINH',
      'BANG_KHEN_UBND_TINH',
      'BANG_KHEN_UBND_TINH',
      'BANG_KHEN_UBND_TINH',
      'BANG_KHEN_UBND_TINH',
      '',
    ]);
  });

  it('skips held (Đang xem xét) and disciplined (Có) units; the next eligible unit leads; every unit held → no awards', () => {
    const r = run(ladder(4, (i) => ({ discipline: i === 0 ? 'review' : i === 1 ? true : false })));
    expect(awardsOf(r)).toEqual({ U1: '', U2: '', U3: 'CO_CHINH_PHU+CO_UBND_TINH', U4: 'BANG_KHEN_UBND_TINH' });
    expect(r.units[0]!.notes).toEqual([{ kind: 'held' }]);
    expect(r.units[1]!.notes).toEqual([{ kind: 'disciplined' }]);
    expect(r.units[2]!.notes).toContainEqual({ kind: 'awarded', award: 'CO_UBND_TINH', leading: true });
    const all = run(ladder(4, () => ({ discipline: 'review' })));
    expect(all.units.every((u) => u.awards.length === 0 && u.notes.some((n) => n.kind === 'held'))).toBe(true);
  });

  it('a second provincial flag (quota 2) is not the leading unit; the setting is warned on its cell from 2023 on', () => {
    const res = rankBloc(makeBloc(ladder(3), { provincialFlags: 2, nominateGovernmentFlag: false }));
    const [u1, u2] = res.value!.units;
    expect(u1!.notes).toContainEqual({ kind: 'awarded', award: 'CO_UBND_TINH', leading: true });
    expect(u2!.notes).toContainEqual({ kind: 'awarded', award: 'CO_UBND_TINH', leading: false });
    expect(res.issues.find((i) => i.code === 'PROVINCIAL_FLAGS_ABOVE_ONE')).toMatchObject({ field: 'setting:provincialFlags' });
    const vi = createExplainer(res.value!, 'vi');
    expect(vi(0)).toContain('“Cờ thi đua của Ủy ban nhân dân tỉnh”: đơn vị dẫn đầu phong trào thi đua của Khối (Điều 26 Luật số 06/2022/QH15)');
    expect(vi(1)).toContain('theo quy định của tỉnh');
    expect(vi(1)).not.toContain('đơn vị dẫn đầu');
    const old = rankBloc(makeBloc(ladder(3), { year: 2018, provincialFlags: 2, governmentFlagWithProvincial: false }));
    expect(old.issues.map((i) => i.code)).not.toContain('PROVINCIAL_FLAGS_ABOVE_ONE');
    expect(old.issues.map((i) => i.code)).not.toContain('GOVERNMENT_FLAG_APART');
  });

  it('the Government flag apart (Cờ Chính phủ kèm Cờ tỉnh = Không) is warned from 2023 on', () => {
    const res = rankBloc(makeBloc(ladder(3), { governmentFlagWithProvincial: false }));
    expect(awardsOf(res.value!)).toEqual({ U1: 'CO_CHINH_PHU', U2: 'CO_UBND_TINH', U3: 'BANG_KHEN_UBND_TINH' });
    expect(res.issues.find((i) => i.code === 'GOVERNMENT_FLAG_APART')).toMatchObject({ field: 'setting:governmentFlagWithProvincial' });
  });

  it('the official rating (Xếp loại chính thức) gates awards when given; else a note asks to check it', () => {
    const r = run(ladder(3, (i) => ({ officialGrade: i === 0 ? 'HTTNV' : i === 1 ? 'HTXSNV' : null })));
    expect(awardsOf(r)).toEqual({ U1: '', U2: 'CO_CHINH_PHU+CO_UBND_TINH', U3: 'BANG_KHEN_UBND_TINH' });
    expect(r.units[0]!.notes).toEqual([{ kind: 'gradeTooLow', grade: 'HTTNV', required: 'HTXSNV', official: true }]);
    expect(r.units[1]!.notes.map((n) => n.kind)).not.toContain('checkOfficialRating');
    expect(r.units[2]!.notes).toContainEqual({ kind: 'checkOfficialRating', required: 'HTXSNV' });
  });

  it('the automatic number of Bằng khen is announced as BlocRank\'s default, on its cell', () => {
    const res = rankBloc(makeBloc(ladder(11)));
    expect(res.issues.find((i) => i.code === 'CERTIFICATES_AUTO_DEFAULT')).toMatchObject({
      params: { count: 3, units: 11 },
      field: 'setting:certificates',
    });
    expect(rankBloc(makeBloc(ladder(3), { certificates: 2 })).issues.map((i) => i.code)).not.toContain('CERTIFICATES_AUTO_DEFAULT');
  });

  it('a document in force but not verified (the 2026 amending law) is a warning, never a citation', () => {
    const res = rankBloc(makeBloc(ladder(3), { year: 2026, certificates: 1 }));
    expect(res.issues.find((i) => i.code === 'LEGAL_TEXT_UNVERIFIED')).toMatchObject({ severity: 'warning', field: 'setting:year' });
    const vi = createExplainer(res.value!, 'vi');
    for (const u of res.value!.units) expect(vi(u.index)).not.toMatch(/2026\/QH|sửa đổi/);
    expect(rankBloc(makeBloc(ladder(3), { year: 2025 })).issues.map((i) => i.code)).not.toContain('LEGAL_TEXT_UNVERIFIED');
  });

  it('the women\'s priority applies only among equally qualified units: moved last, with a warning', () => {
    const res = rankBloc(makeBloc(ladder(2), { tieBreak: [{ id: 'women' }, { id: 'penalty' }] }));
    expect(res.value!.tieBreak.map((l) => l.id)).toEqual(['penalty', 'women']);
    expect(res.issues.find((i) => i.code === 'TIE_BREAK_WOMEN_LAST')).toMatchObject({ field: 'setting:tieBreak' });
  });

  it('skips units below the award grade; the award grade is configurable', () => {
    const units: UnitSpec[] = [{ name: 'Good', points: [45, 30, 0, 0] }, { name: 'Excellent', points: [55, 40, 0, 0] }];
    expect(awardsOf(run(units))).toEqual({ Good: '', Excellent: 'CO_CHINH_PHU+CO_UBND_TINH' });
    expect(awardsOf(run(units, { awardGrade: 'HTTNV' }))).toEqual({ Good: 'BANG_KHEN_UBND_TINH', Excellent: 'CO_CHINH_PHU+CO_UBND_TINH' });
  });

  it('a flag prerequisite that says Không: no flag, a certificate still possible', () => {
    const r = run(ladder(3, (i) => ({ exceededTargets: i === 0 ? false : true })));
    expect(awardsOf(r)).toEqual({ U1: 'BANG_KHEN_UBND_TINH', U2: 'CO_CHINH_PHU+CO_UBND_TINH', U3: '' });
    expect(r.units[0]!.notes[0]).toEqual({ kind: 'flagPrerequisiteFailed', failed: ['exceededTargets'] });
  });

  it('a blank prerequisite: the flag is proposed "to be confirmed" naming what to confirm', () => {
    const r = run(ladder(2, (i) => (i === 0 ? { strongOrganisations: null } : {})));
    expect(r.units[0]!.awards).toEqual(['CO_CHINH_PHU', 'CO_UBND_TINH']);
    expect(r.units[0]!.notes).toContainEqual({ kind: 'confirm', award: 'CO_UBND_TINH', confirm: ['strongOrganisations'], leading: true });
    // Worded per flag: provincial flag "hoàn thành xuất sắc nhiệm vụ", Government flag "trong sạch, vững mạnh".
    const text = createExplainer(r, 'vi')(0);
    expect(text).toContain('cần xác nhận: tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ');
    expect(text).toContain('cần xác nhận: tổ chức đảng, đoàn thể trong sạch, vững mạnh');
  });

  describe('ties and quota boundaries', () => {
    const tied = (names: string[], total: [number, number]): UnitSpec[] => names.map((name) => ({ name, points: [total[0], total[1], 0, 0] }));
    it('a tie inside the quota: all tied units get the award', () => {
      const r = awardsOf(run([...tied(['A', 'B'], [60, 39]), { name: 'C', points: [50, 40, 0, 0] }], { provincialFlags: 2, nominateGovernmentFlag: false }));
      expect(r).toEqual({ A: 'CO_UBND_TINH', B: 'CO_UBND_TINH', C: 'BANG_KHEN_UBND_TINH' });
    });
    it('a tie straddling the flag boundary: no award to the tied units, the slots stay open, later units do not move up', () => {
      const res = rankBloc(makeBloc([...tied(['A', 'B'], [60, 39]), { name: 'C', points: [55, 40, 0, 0] }, { name: 'D', points: [54, 40, 0, 0] }], { certificates: 2 }));
      const r = awardsOf(res.value!);
      // A and B span the flag and the first certificate; C takes the second certificate; D nothing.
      expect(r).toEqual({ A: '', B: '', C: 'BANG_KHEN_UBND_TINH', D: '' });
      const a = res.value!.units[0]!;
      expect(a.notes).toContainEqual({ kind: 'pendingTie', awards: ['CO_UBND_TINH', 'BANG_KHEN_UBND_TINH', 'CO_CHINH_PHU'], groupSize: 2 });
      expect(res.issues.filter((i) => i.code === 'AWARD_TIE_PENDING')).toHaveLength(2);
    });
    it('a tie straddling the certificate boundary leaves that slot open', () => {
      const r = awardsOf(run([{ name: 'Top', points: [60, 40, 0, 0] }, ...tied(['A', 'B', 'C'], [58, 39]), { name: 'D', points: [50, 40, 0, 0] }], { certificates: 2 }));
      expect(r).toEqual({ Top: 'CO_CHINH_PHU+CO_UBND_TINH', A: '', B: '', C: '', D: '' });
    });
    it('two units tied for the flags with 2 flags: both take a provincial flag, the nomination stays pending', () => {
      const r = run([...tied(['A', 'B'], [60, 39])], { provincialFlags: 2 });
      expect(awardsOf(r)).toEqual({ A: 'CO_UBND_TINH', B: 'CO_UBND_TINH' });
      expect(r.units[0]!.notes).toContainEqual({ kind: 'pendingTie', awards: ['CO_CHINH_PHU'], groupSize: 2 });
    });
  });

  it('explains every unit in both languages, citing the documents in force', () => {
    const r = run(ladder(4, (i) => ({ discipline: i === 3 })));
    const vi = createExplainer(r, 'vi');
    const en = createExplainer(r, 'en');
    expect(vi(0)).toMatch(/^Xếp hạng 1\/4\. Tổng điểm 100\/100 — mức xuất sắc theo thang điểm của Khối\./);
    expect(vi(0)).toContain('(Điều 26 Luật số 06/2022/QH15)');
    expect(vi(3)).toContain('Không đề nghị khen thưởng: đơn vị bị kỷ luật (theo quy định của Khối)');
    expect(en(2)).toContain("Outside the Bloc's number of proposals");
    const held = run(ladder(2, (i) => ({ discipline: i === 1 ? 'review' : false })));
    expect(createExplainer(held, 'vi')(1)).toContain(
      'Chưa đề nghị khen thưởng: đơn vị đang trong thời gian cơ quan có thẩm quyền xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra (khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP)',
    );
    // A rule of an older law cites that law, never "the bloc".
    const old = run(ladder(2, (i) => ({ discipline: i === 1 ? 'review' : false })), { year: 2022 });
    expect(createExplainer(old, 'vi')(1)).toContain('(theo quy định tại Luật Thi đua, khen thưởng năm 2003 và Nghị định số 91/2017/NĐ-CP)');
    for (const text of [...r.units.map((u) => vi(u.index)), ...old.units.map((u) => createExplainer(old, 'vi')(u.index))]) {
      expect(text).not.toMatch(/phá hòa|suất|của khối|đề nghị[^.]*đề nghị|% của/);
    }
  });

  it('the preset criteria sum to 100', () => {
    const r = rankBloc(makeBloc([{ name: 'A', points: PRESET_CRITERIA.map((c) => (c.kind === 'score' ? c.max : 0)) }], {}, { criteria: PRESET_CRITERIA }));
    expect(r.value!.maxBase).toBe(100);
  });
});
