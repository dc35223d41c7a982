import { describe, expect, it } from 'vitest';
import { PRESET_CRITERIA } from '../core/preset.js';
import { scoreUnit } from '../core/scoreUnit.js';
import { maxScoreOf } from './maxScoreOf.js';
import { totalPoints } from './totalPoints.js';
import { errorMessage, thrownMessage } from '../../tests/helpers/functionErrors.js';

const message = errorMessage;
const thrown = thrownMessage;

/** The preset's criteria as the Tiêu chí sheet holds them (a column each). */
const MAXIMA = PRESET_CRITERIA.map((c) => [c.max]);
const KINDS = PRESET_CRITERIA.map((c) => [c.kind === 'score' ? 'Chấm điểm' : c.kind === 'bonus' ? 'Thưởng' : 'Trừ']);

describe('TOTAL: base + min(bonus, cap) − penalty, as the engine', () => {
  it("totals one unit's row of points against the criteria columns", () => {
    const points = [29, '9,5', 15, 5, 10, 10, 15, 5, 2, null];
    const expected = scoreUnit([29, 9.5, 15, 5, 10, 10, 15, 5, 2, null], PRESET_CRITERIA, { bonusCap: 10 }).total;
    expect(totalPoints([points], MAXIMA, KINDS, null)).toEqual([[expected]]);
    expect(expected).toBe(100.5);
  });

  it('caps the bonus at bonusCapPercent of the maximum base score (default 10 %), exact decimals', () => {
    const maxima = [[30, 10, 20, null]];
    const kinds = [['Score', 'chấm điểm', 'Bonus', 'Penalty']];
    // cap 10 % of 40 = 4: bonus 6 counts 4
    expect(totalPoints([[0.1, 0.2, 6, 0.3]], maxima, kinds, null)).toEqual([[4]]);
    expect(totalPoints([[0.1, 0.2, 6, 0.3]], maxima, kinds, '20%')).toEqual([[6]]);
    expect(totalPoints([[0.1, 0.2, 6, 0.3]], maxima, kinds, 0.05)).toEqual([[2]]); // a percent-formatted 5 %
    expect(
      totalPoints([[28, '9,5', 3, 1]], [[30, 10, 5, null]], [['Chấm điểm', 'Chấm điểm', 'Thưởng', 'Trừ']], null),
    ).toEqual([[39.5]]);
  });

  it('counts blank bonus and penalty cells 0, reads kinds as a clerk writes them, and blank kinds as Score', () => {
    expect(totalPoints([[10, 5, '', null]], [[10, 5, 3, 2]], [['CHAM DIEM', ' ', 'thuong', 'Điểm trừ']], null)).toEqual(
      [[15]],
    );
    // without kinds every criterion is scored
    expect(totalPoints([[10, 5]], [[10, 5]], null, null)).toEqual([[15]]);
  });

  it('lines cells up by position whatever the orientation: a vertical unit, vertical criteria', () => {
    expect(totalPoints(col(10, 5, 2), [[10, 5, 3]], [['Score', 'Score', 'Bonus']], null)).toEqual([[16.5]]); // bonus 2 capped at 1.5
    expect(totalPoints([[10, 5, 1]], col(10, 5, 3), col('Score', 'Score', 'Bonus'), null)).toEqual([[16]]);
  });

  it('totals a block of units, one row each, one total per row; a bad row errs alone', () => {
    const block = [
      [10, 5, 1],
      [11, 5, 1],
      [9, 4, null],
    ];
    const out = totalPoints(block, [[10, 5, 3]], [['Score', 'Score', 'Bonus']], null);
    expect(out[0]).toEqual([16]);
    expect(message(out[1]![0])).toBe(
      'Row 2, column 1 of argument "points": 11 points exceed the criterion\'s maximum 10.',
    );
    expect(out[2]).toEqual([13]);
  });

  it('a block with empty rows: an empty cell for each, and the spill ends at the last used row', () => {
    const block = [
      [10, 5, 1],
      [null, null, ''],
      [9, 4, null],
      [null, null, null],
    ];
    expect(totalPoints(block, [[10, 5, 3]], [['Score', 'Score', 'Bonus']], null)).toEqual([[16], [''], [13]]);
    // a row with some points and a blank Score cell is still an error
    const partial = totalPoints(
      [
        [10, null, 1],
        [9, 4, 0],
      ],
      [[10, 5, 3]],
      [['Score', 'Score', 'Bonus']],
      null,
    );
    expect(message(partial[0]![0])).toMatch(/Row 1, column 2 of argument "points"/);
  });

  it('gives #VALUE! naming the first bad point: blank Score cell, negative, above max, text, Excel error', () => {
    const maxima = [[10, 5, 3, null]];
    const kinds = [['Score', 'Score', 'Bonus', 'Penalty']];
    const one = (points: unknown[]) => message(totalPoints([points], maxima, kinds, null)[0]![0]);
    expect(one([10, null, 0, 0])).toBe(
      'Column 2 of argument "points" is blank: a Score criterion needs its points (only bonus and penalty cells may be blank).',
    );
    expect(one([10, 5, 0, -1])).toBe(
      'Column 4 of argument "points": -1 points are negative; points may not be negative (penalty points are written positive).',
    );
    expect(one([10, '5,5', 0, 0])).toBe('Column 2 of argument "points": 5.5 points exceed the criterion\'s maximum 5.');
    expect(one([10, 5, 4, 0])).toMatch(/Column 3 .*4 points exceed the criterion's maximum 3/); // bonus above its own max
    expect(one(['mười', 5, 0, 0])).toBe('Column 1 of argument "points": "mười" is not points, e.g. 8.5.');
    expect(one([10, '#N/A', 0, 0])).toBe(
      'Column 2 of argument "points" holds the Excel error #N/A: fix that cell first.',
    );
    expect(one([10, { code: '#VALUE!' }, 0, 0])).toMatch(/Excel error #VALUE!/);
    expect(message(totalPoints([[10, 6, 0, 0]], maxima, kinds, null)[0]![0], 'vi')).toBe(
      'Cột 2 của đối số "diem": điểm 6 vượt điểm tối đa 5 của tiêu chí.',
    );
    // an uncapped penalty takes any positive number
    expect(totalPoints([[10, 5, 0, 1000]], maxima, kinds, null)).toEqual([[-985]]);
  });

  it('throws for criteria that would make every total wrong, naming the cell', () => {
    const t = (maxima: unknown, kinds: unknown, points: unknown = [[1, 1]]) =>
      thrown(() => totalPoints(points, maxima, kinds, null));
    expect(t([[10, 0]], null)).toBe(
      'Column 2 of argument "maxima": "0" is not a valid maximum: a Score criterion needs a positive number; a Bonus or Penalty criterion a positive number or blank (no cap).',
    );
    expect(t([[10, null]], null)).toMatch(/Column 2 of argument "maxima": "" is not a valid maximum/);
    expect(t([[10, 'x']], [['Score', 'Bonus']])).toMatch(/"x" is not a valid maximum/);
    expect(t([[10, '#REF!']], null)).toBe(
      'Column 2 of argument "maxima" holds the Excel error #REF!: fix that cell first.',
    );
    expect(t([[10, 5]], [['Score', 'Extra']])).toBe(
      'Column 2 of argument "kinds": "Extra" is not "Score", "Bonus" or "Penalty".',
    );
    expect(t([[10, 5]], [['Score', '#N/A']])).toMatch(/Column 2 of argument "kinds" holds the Excel error #N\/A/);
    expect(t([[10, 5]], [['Bonus', 'Penalty']])).toBe('There is no scored criterion (kind "Score").');
    expect(t([[10, 5]], [['Score']])).toBe(
      'Argument "kinds" has 1 cells but argument "maxima" has 2: one per criterion, in the same order.',
    );
    expect(t([[10, 5]], null, [[1, 2, 3]])).toBe(
      'Argument "points" has 3 cells but argument "maxima" has 2: one per criterion, in the same order.',
    );
    expect(
      t(
        [
          [10, 5],
          [1, 2],
        ],
        null,
      ),
    ).toMatch(/Argument "maxima" must be a single row or column/);
    expect(thrown(() => totalPoints([[1, 1]], [[10, 5]], null, 'abc'))).toBe(
      'Argument "bonusCapPercent": "abc" is not a percentage from 0 to 100, e.g. 75 or 75%.',
    );
    expect(thrown(() => totalPoints([[1, 1]], [[10, 5]], null, 150))).toBe(
      'Argument "bonusCapPercent": the percentage 150 is outside 0–100 %.',
    );
    expect(thrown(() => totalPoints(null, [[10, 5]], null, null))).toBe('Argument "points" is missing.');
  });
});

describe('MAXSCORE: the sum of the Score maxima', () => {
  it('leaves bonus and penalty out and reads thousands', () => {
    expect(maxScoreOf(MAXIMA, KINDS)).toBe(100);
    expect(maxScoreOf(col('1.000', 500, 50), col('Chấm điểm', '', 'Thưởng'))).toBe(1500);
    expect(maxScoreOf([[0.1, 0.2]], null)).toBe(0.3);
  });

  it('throws on a bad maximum', () => {
    expect(thrown(() => maxScoreOf([[10, -1]], null))).toMatch(
      /Column 2 of argument "maxima": "-1" is not a valid maximum/,
    );
  });
});

function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}
