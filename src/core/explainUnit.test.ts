import { describe, expect, it } from 'vitest';
import { makeBloc } from '../../tests/helpers/makeBloc.js';
import { createExplainer } from './createExplainer.js';
import { explainUnit } from './explainUnit.js';
import { rankBloc } from './rankBloc.js';

describe('explainUnit', () => {
  const result = rankBloc(
    makeBloc([
      { name: 'A', points: [55, 38, 0, 0] },
      { name: 'B', points: [50, 30, 0, 0], discipline: true },
    ]),
  ).value!;

  it('explains one unit exactly as the prepared explainer does, in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const u of result.units) expect(explainUnit(result, u.index, lang)).toBe(createExplainer(result, lang)(u.index));
    }
    expect(explainUnit(result, 0, 'vi')).toMatch(/^Xếp hạng 1\/2\./);
  });

  it('refuses an index outside the bloc (API misuse throws)', () => {
    expect(() => explainUnit(result, 5, 'vi')).toThrow(RangeError);
  });
});
