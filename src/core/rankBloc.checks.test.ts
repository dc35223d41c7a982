import { describe, expect, it } from 'vitest';
import { makeBloc, type UnitSpec } from '../../tests/helpers/makeBloc.js';
import { formatIssue } from './messages.js';
import { DEFAULT_SETTINGS } from './preset.js';
import { rankBloc } from './rankBloc.js';

const three: UnitSpec[] = [
  { name: 'Sở Nội vụ', points: [50, 30, 0, 0] },
  { name: 'Sở Tư pháp', points: [40, 30, 0, 0] },
  { name: 'Sở Tài chính', points: [30, 30, 0, 0] },
];

describe('rankBloc — data checks of issue 8', () => {
  it('a total that would not be finite (penalty 1e308) is an error on the cell, never -Infinity', () => {
    const r = rankBloc(makeBloc([...three, { name: 'Báo tỉnh', points: [50, 30, 0, 1e308] }]));
    expect(r.value).toBeNull();
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'TOTAL_NOT_FINITE', unit: 3, field: 'c:3', params: { code: 'K1', value: '1e+308' } }]);
    expect(formatIssue(r.issues[0]!, 'vi')).toContain('Không tính được tổng điểm của đơn vị "Báo tỉnh"');
    // A large but computable penalty is the clerk's business: ranked, last.
    const ok = rankBloc(makeBloc([...three, { name: 'Báo tỉnh', points: [50, 30, 0, 1e6] }]));
    expect(ok.value!.units[3]!.total).toBe(80 - 1e6);
  });

  it('grade thresholds must decrease: excellent > good > complete, else an error on the band items', () => {
    const bands = (excellent: number, good: number, complete: number) =>
      rankBloc(makeBloc(three, { bands: { excellent, good, complete } })).issues.filter((i) => i.code === 'BANDS_OUT_OF_ORDER');
    expect(bands(90, 70, 50)).toEqual([]);
    expect(bands(90, 89.99, 0)).toEqual([]);
    expect(bands(70, 70, 50)).toMatchObject([{ severity: 'error', field: 'setting:bands.excellent' }]);
    expect(bands(90, 50, 50)).toMatchObject([{ severity: 'error', field: 'setting:bands.good' }]);
    expect(bands(50, 70, 90)).toHaveLength(1);
    expect(formatIssue(bands(90, 40, 50)[0]!, 'vi')).toBe(
      'Ngưỡng xếp loại phải giảm dần: xuất sắc (90 %) > tốt (40 %) > hoàn thành (50 %). Hãy sửa các mục ngưỡng.',
    );
    expect(rankBloc(makeBloc(three, { bands: { excellent: 70, good: 70, complete: 50 } })).value).toBeNull();
  });

  it('a quota above the number of units is a warning on its item; the run goes on and no quota is exceeded', () => {
    const at = (provincialFlags: number, certificates: number | 'auto') => {
      const r = rankBloc(makeBloc(three, { provincialFlags, certificates }));
      return { r, quota: r.issues.filter((i) => i.code === 'QUOTA_ABOVE_UNITS') };
    };
    expect(at(3, 3).quota).toEqual([]);
    const over = at(4, 5);
    expect(over.quota).toMatchObject([
      { severity: 'warning', field: 'setting:provincialFlags', params: { quota: 4, units: 3 } },
      { severity: 'warning', field: 'setting:certificates', params: { quota: 5, units: 3 } },
    ]);
    expect(over.r.value).not.toBeNull();
    const awarded = over.r.value!.units.flatMap((u) => u.awards);
    expect(awarded.filter((a) => a === 'CO_UBND_TINH').length).toBeLessThanOrEqual(3);
    expect(at(4, 'auto').quota).toHaveLength(1);
    expect(DEFAULT_SETTINGS.provincialFlags).toBeLessThanOrEqual(three.length);
  });
});
