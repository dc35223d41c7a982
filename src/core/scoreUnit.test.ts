import { describe, expect, it } from 'vitest';
import { SIMPLE_CRITERIA } from '../../tests/helpers/makeBloc.js';
import { scoreUnit } from './scoreUnit.js';

describe('scoreUnit', () => {
  it('adds base, counted bonus and subtracts penalty', () => {
    expect(scoreUnit([50, 30, 4, 1.5], SIMPLE_CRITERIA, { bonusCap: 10 })).toEqual({
      base: 80,
      bonusRaw: 4,
      bonus: 4,
      penalty: 1.5,
      total: 82.5,
    });
  });

  it('caps the bonus but keeps the raw bonus', () => {
    const s = scoreUnit([50, 30, 15, 0], SIMPLE_CRITERIA, { bonusCap: 10 });
    expect(s.bonusRaw).toBe(15);
    expect(s.bonus).toBe(10);
    expect(s.total).toBe(90);
  });

  it('a bonus exactly at the cap counts whole', () => {
    expect(scoreUnit([50, 30, 10, 0], SIMPLE_CRITERIA, { bonusCap: 10 }).total).toBe(90);
  });

  it('blank bonus and penalty count 0', () => {
    expect(scoreUnit([50, 30, null, null], SIMPLE_CRITERIA, { bonusCap: 10 }).total).toBe(80);
  });

  it('removes float noise from decimal sums', () => {
    expect(scoreUnit([0.1, 0.2, null, null], SIMPLE_CRITERIA, { bonusCap: 10 }).total).toBe(0.3);
  });

  it('does not mutate its inputs', () => {
    const points = Object.freeze([50, 30, 15, 2]);
    expect(() => scoreUnit(points, SIMPLE_CRITERIA, { bonusCap: 10 })).not.toThrow();
  });
});
