import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByKeys } from '../core/rankByKeys.js';
import { isErrorCell, type ResultCell } from './args.js';
import { rankValues } from './rankValues.js';
import { errorMessage, thrownMessage } from '../../tests/helpers/functionErrors.js';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** The message of an error cell, in English (or Vietnamese). */
const message = errorMessage;
const thrown = thrownMessage;
const ranksOf = (cells: ResultCell[][]): unknown[] =>
  cells.map((row) => (isErrorCell(row[0]) ? row[0].excelError : row[0]));

describe('RANKBLOC over a whole column (range left empty): one rank per row spills', () => {
  it('ranks descending with standard competition ranking (1, 2, 2, 4)', () => {
    expect(rankValues(col(80, 95, 90, 90, 70), null, [])).toEqual(col(4, 1, 2, 2, 5));
  });

  it('reads numbers as a clerk types them: decimal commas, thousands dots, spaces, numbers stored as text', () => {
    expect(rankValues(col('8,5', 8.4, ' 8.6\u00a0', '1.000', '12.500,5', '-1'), null, [])).toEqual(
      col(4, 5, 3, 2, 1, 6),
    );
  });

  it('separates equal totals by each tie-break column in order, higher first', () => {
    const totals = col(90, 90, 90, 95);
    expect(rankValues(totals, null, [col(1, 2, 2, 0)])).toEqual(col(4, 2, 2, 1));
    // the third column breaks the remaining tie; a unit with a higher total never drops below
    expect(rankValues(totals, null, [col(1, 2, 2, 0), col(0, 0, 5, 0)])).toEqual(col(4, 3, 2, 1));
  });

  it('units still equal after every tie-break share the rank (never broken by row order)', () => {
    expect(rankValues(col(90, 90, 85), null, [col(3, 3, 9)])).toEqual(col(1, 1, 3));
  });

  it('takes a block of adjacent tie-break columns in one argument, compared left to right', () => {
    const block = [
      [1, 0],
      [1, 5],
      [2, 0],
    ];
    expect(rankValues(col(90, 90, 90), null, [block])).toEqual(col(3, 2, 1));
    // the same keys spread over two arguments give the same ranks
    expect(rankValues(col(90, 90, 90), null, [col(1, 1, 2), col(0, 5, 0)])).toEqual(col(3, 2, 1));
    // and the third argument comes after the first two
    expect(rankValues(col(90, 90, 90), null, [col(1, 1, 1), undefined, col(0, 5, 0)])).toEqual(col(2, 1, 2));
  });

  it('counts a blank tie-break cell as 0 and TRUE/FALSE as 1/0 (e.g. =N2:N12>=70)', () => {
    expect(rankValues(col(90, 90, 90), null, [col(null, '', 1)])).toEqual(col(2, 2, 1));
    expect(rankValues(col(90, 90), null, [col(false, true)])).toEqual(col(2, 1));
    // negated penalties: fewer penalty points rank first
    expect(rankValues(col(90, 90), null, [col(-2, -0)])).toEqual(col(2, 1));
  });

  it('gives a bad row its own #VALUE! naming the cell; the other rows are ranked among the readable ones', () => {
    const out = rankValues(col(90, 'abc', 95, '#N/A', { error: '#REF!' }, { code: '#DIV/0!' }), null, []);
    expect(ranksOf(out)).toEqual([2, '#VALUE!', 1, '#VALUE!', '#VALUE!', '#VALUE!']);
    expect(message(out[1]![0])).toBe('Row 2 of argument "values": "abc" is not a number, e.g. 8.5.');
    expect(message(out[1]![0], 'vi')).toBe('Dòng 2 của đối số "gia_tri": "abc" không phải một số, ví dụ 8,5.');
    expect(message(out[3]![0])).toBe('Row 4 of argument "values" holds the Excel error #N/A: fix that cell first.');
    expect(message(out[4]![0])).toMatch(/^Row 5 .*#REF!/);
    expect(message(out[5]![0])).toMatch(/^Row 6 .*#DIV\/0!/);
  });

  it('a blank row (a unit to come) gives a blank cell; trailing blank rows are cut from the spill', () => {
    expect(rankValues(col(90, null, 95, '  ', ''), null, [])).toEqual(col(2, '', 1));
    expect(rankValues(col(90, null, 95, null), null, [col(1, null, 2, 7)])).toEqual(col(2, '', 1, ''));
    expect(rankValues(col(null, null), null, [])).toEqual(col(''));
  });

  it('never reads booleans, dates or text-with-units as totals', () => {
    const out = rankValues(col(true, new Date(2024, 0, 1), '8,5 điểm', 90), null, []);
    expect(ranksOf(out)).toEqual(['#VALUE!', '#VALUE!', '#VALUE!', 1]);
    expect(message(out[2]![0])).toBe('Row 3 of argument "values": "8,5 điểm" is not a number, e.g. 8.5.');
  });

  it('a bad tie-break cell gives its row #VALUE! naming the tie-break argument', () => {
    const out = rankValues(col(90, 90, 80), null, [col(1, 'x', 1)]);
    expect(ranksOf(out)).toEqual([1, '#VALUE!', 2]);
    expect(message(out[1]![0])).toBe('Row 2 of argument "tiebreak1": "x" is not a number (or TRUE/FALSE).');
    const block = rankValues(col(90, 90), null, [
      [
        [1, 2],
        [1, '#N/A'],
      ],
    ]);
    expect(message(block[1]![0])).toBe(
      'Row 2, column 2 of argument "tiebreak1" holds the Excel error #N/A: fix that cell first.',
    );
  });

  it('ranks a single unit 1', () => {
    expect(rankValues([[42]], null, [])).toEqual([[1]]);
    expect(rankValues(42, null, [])).toEqual([[1]]);
  });

  it('throws for a misused argument: several columns of totals, tie-breaks of another height, nothing to rank', () => {
    const block = [
      [90, 80],
      [70, 60],
    ];
    expect(thrown(() => rankValues(block, null, [col(1, 2)]))).toBe(
      'Argument "values" must be a single column (it has 2 rows and 2 columns).',
    );
    expect(thrown(() => rankValues(col(90, 80), null, [col(1, 2, 3)]))).toBe(
      'Argument "tiebreak1" has 3 rows but argument "values" has 2: they must cover the same units, row for row.',
    );
    expect(thrown(() => rankValues(col(90, 80), null, [undefined, col(1)]))).toMatch(/"tiebreak2" has 1 rows/);
    expect(thrown(() => rankValues(null, null, []))).toBe('Argument "values" is missing.');
    expect(thrown(() => rankValues([], null, []))).toBe('Argument "values" is missing.');
    expect(thrown(() => rankValues([[1], [2, 3]], null, []))).toMatch(/single row or column/);
  });
});

describe('RANKBLOC for one unit against the column (range given), as RANK.EQ', () => {
  const totals = col(80, 95, 90, 90, 70);

  it('=TDKT.RANKBLOC(H2, H$2:H$12) filled down gives the spilled ranks', () => {
    const spilled = rankValues(totals, null, []);
    totals.forEach((row, i) => expect(rankValues([row], totals, [])).toEqual([spilled[i]]));
    expect(rankValues(90, totals, [])).toEqual([[2]]);
    expect(rankValues([['90']], totals, [])).toEqual([[2]]);
  });

  it('ranks several values at once (a spill against the range), and the whole column against itself', () => {
    expect(rankValues(col(70, 95), totals, [])).toEqual(col(5, 1));
    expect(rankValues(totals, totals, [])).toEqual(rankValues(totals, null, []));
  });

  it('gives #N/A naming the value when it is not in the range', () => {
    const out = rankValues([[91]], totals, []);
    expect(ranksOf(out)).toEqual(['#N/A']);
    expect(message(out[0]![0])).toBe('Argument "values": 91 is not in argument "range".');
    expect(message(out[0]![0], 'vi')).toBe('Đối số "gia_tri": 91 không có trong đối số "vung".');
  });

  it("with tie-break columns, values is the unit's row: its total then its own tie-break values", () => {
    const keys = col(0, 0, 1, 3, 0);
    const spilled = rankValues(totals, null, [keys]);
    expect(spilled).toEqual(col(4, 1, 3, 2, 5));
    totals.forEach((row, i) => expect(rankValues([[row[0], keys[i]![0]]], totals, [keys])).toEqual([spilled[i]]));
    // keys that match no row of the range: #N/A saying so
    const out = rankValues([[90, 2]], totals, [keys]);
    expect(message(out[0]![0])).toBe(
      'Column 1 of argument "values": 90 is not in argument "range" (with these tie-break values).',
    );
  });

  it("never guesses a unit's tie-break values: a bare total with tie-break columns is a misuse, with the fix", () => {
    const text = thrown(() => rankValues([[90]], totals, [col(0, 0, 1, 3, 0)]));
    expect(text).toContain(
      'Argument "values" has 1 column(s), but ranking against "range" with 1 tie-break column(s) needs 2',
    );
    expect(text).toContain('=TDKT.RANKBLOC(H2:J2, H$2:H$12, I$2:I$12, J$2:J$12)');
    expect(text).toContain('leave range empty: =TDKT.RANKBLOC(H2:H12, , I2:I12)');
    expect(thrown(() => rankValues([[90, 1, 2]], totals, [col(0, 0, 1, 3, 0)]))).toMatch(/has 3 column\(s\)/);
  });

  it('a whole column given where a tie-break column was meant gives #N/A with the hint', () => {
    // =TDKT.RANKBLOC(H2:H6, I2:I6): I is read as the range to rank in
    const out = rankValues(totals, col(1, 2, 3, 4, 5), []);
    expect(message(out[0]![0])).toContain('To rank a whole column with tie-break columns, leave range empty');
  });

  it('a bad value gives #VALUE!; a blank one a blank cell; bad rows of the range are left out of it', () => {
    expect(rankValues([[null]], totals, [])).toEqual([['']]);
    expect(message(rankValues([['x']], totals, [])[0]![0])).toBe('Argument "values": "x" is not a number, e.g. 8.5.');
    const withBlank = col(80, null, 90);
    expect(rankValues([[80]], withBlank, [])).toEqual([[2]]);
    expect(rankValues([[90]], withBlank, [])).toEqual([[1]]);
  });

  it('refuses a ragged range from code, found while counting (the range is walked once)', () => {
    expect(thrown(() => rankValues([[90]], [[90], [80, 1], [70]], []))).toMatch(/single row or column/);
    expect(thrown(() => rankValues([[90]], [[90], 80, [70]], []))).toMatch(/single row or column/);
  });

  it('throws when the range with tie-breaks is not one column or the tie-breaks do not align with it', () => {
    expect(thrown(() => rankValues([[90, 1]], [[90, 80]], [[[1, 2]]]))).toBe(
      'Argument "range" must be a single column (it has 1 rows and 2 columns).',
    );
    expect(thrown(() => rankValues([[90, 1]], totals, [col(1, 2)]))).toMatch(
      /"tiebreak1" has 2 rows but argument "range" has 5/,
    );
  });
});

describe('no state between calls (the removed cache recognised a range by its cells, not its shape)', () => {
  it('3 totals with 1 tie-break column, then a 6-row column holding the same six values: as a first call', () => {
    const totals = col(90, 85, 90);
    const keys = col(1, 0, 2);
    expect(rankValues([[90, 1]], totals, [keys])).toEqual([[2]]);
    const six = col(90, 85, 90, 1, 0, 2);
    expect(rankValues([[1]], six, [])).toEqual([[5]]);
    expect(rankValues([[85]], six, [])).toEqual([[3]]);
    expect(rankValues([[90]], six, [])).toEqual([[1]]);
  });
});

describe('RANKBLOC ranking many values in one call sorts the range once: the same ranks as one call each', () => {
  it('agrees cell by cell, both orders, with tie-breaks, blanks, text and numbers stored as text in the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(null, 'abc', '3', true, '4,5')), {
          minLength: 40,
          maxLength: 80,
        }),
        fc.constantFrom(0, 1),
        (cells, order) => {
          const range = col(...cells);
          const values = col(...cells.map((v) => (typeof v === 'number' ? v : 2)));
          const many = rankValues(values, range, [[[order]]]).map((r) => ranksOf([r])[0]);
          const one = values.map((v) => ranksOf(rankValues([v], range, [[[order]]]))[0]);
          expect(many).toEqual(one);
          const keys = col(...cells.map((_, i) => (i % 3 === 0 ? 'x' : i % 2)));
          const rows = cells.map((v, i) => [typeof v === 'number' ? v : 2, keys[i]![0] === 'x' ? 0 : keys[i]![0]]);
          const manyK = rankValues(rows, range, [keys]).map((r) => ranksOf([r])[0]);
          const oneK = rows.map((row) => ranksOf(rankValues([row], range, [keys]))[0]);
          expect(manyK).toEqual(oneK);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('RANKBLOC agrees with the engine (rankByKeys) on random columns', () => {
  const column = (n: number) => fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n });
  it('spilled and per-cell ranks equal rankByKeys', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(column(n), fc.array(column(n), { maxLength: 3 }))),
        ([totals, keys]) => {
          const expected = Array.from(rankByKeys(totals, keys).ranks);
          const spilled = rankValues(
            col(...totals),
            null,
            keys.map((k) => col(...k)),
          );
          expect(spilled.map((r) => r[0])).toEqual(expected);
          const rows = totals.map((t, i) => [t, ...keys.map((k) => k[i])]);
          const perCell = rankValues(
            rows,
            col(...totals),
            keys.map((k) => col(...k)),
          );
          expect(perCell.map((r) => r[0])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
