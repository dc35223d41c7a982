// TDKT.RANKBLOC against RANK.EQ, case by case, as docs/FUNCTIONS.md's table "TDKT.RANKBLOC vs RANK.EQ" decides
// them. The functions are called as Excel calls them: 2-D arrays, with an empty cell passed as null (Excel on
// the web, current builds) and as 0 (some desktop builds: office-js#4702, #5262, #1951). RANK.EQ's rules are
// written out below from Microsoft's page (not formulajs, which counts blanks as 0 and returns 0 for #N/A).
import { describe, expect, it } from 'vitest';
import { awards, grade, rankBloc } from '../src/functions/functions.js';
import { StubError, installCustomFunctionsStub } from './helpers/customFunctionsStub.js';

installCustomFunctionsStub();

/** An empty cell, before it is encoded the way one Excel build or another passes it. */
const BLANK = Symbol('blank');
type Cell = number | string | boolean | typeof BLANK;
type Encoding = 'null' | 'zero';
const ENCODINGS: readonly Encoding[] = ['null', 'zero'];
const encode = (cells: Cell[][], enc: Encoding): unknown[][] =>
  cells.map((row) => row.map((c) => (c === BLANK ? (enc === 'null' ? null : 0) : c)));
const col = (...values: Cell[]): Cell[][] => values.map((v) => [v]);

/**
 * RANK.EQ(number, ref, [order]) on the values Excel's own function sees (`cells` as encoded):
 * - "Nonnumeric values in ref are ignored": only numbers count (text, TRUE/FALSE and empty cells do not);
 * - an empty `number` cell is read as 0; text there is #VALUE!;
 * - order 0 or omitted: rank = 1 + the numbers greater; any other order: 1 + the numbers smaller;
 * - #N/A when `number` is not in ref.
 */
function rankEq(number: unknown, ref: unknown[][], order: number = 0): number | '#N/A' | '#VALUE!' {
  const x = number === null ? 0 : number;
  if (typeof x !== 'number') return '#VALUE!';
  const numbers = ref.flat().filter((v): v is number => typeof v === 'number');
  if (!numbers.includes(x)) return '#N/A';
  return 1 + numbers.filter((v) => (order === 0 ? v > x : v < x)).length;
}

/** A result cell as a value to compare: a number, '' (empty cell) or the Excel error code. */
const shown = (v: unknown): unknown => (v instanceof StubError ? v.code : v);
/** =TDKT.RANKBLOC(number, ref, [order]) for one cell. */
const ours = (number: unknown, ref: unknown[][], order?: number): unknown =>
  shown(rankBloc([[number]], ref, order === undefined ? undefined : [[order]])[0]![0]);

/** Asserts "same as RANK.EQ" for every cell of `ref` used as the number, and for `extra` numbers. */
function expectSame(ref: Cell[][], enc: Encoding, options: { orders?: number[]; extra?: Cell[] } = {}): void {
  const encoded = encode(ref, enc);
  const numbers = [...encoded.flat(), ...encode([options.extra ?? []], enc).flat()];
  for (const order of options.orders ?? [0]) {
    for (const x of numbers) {
      if (x === null) continue; // a blank own cell is its own row of the table
      expect(ours(x, encoded, order), `number ${String(x)}, order ${order}`).toEqual(rankEq(x, encoded, order));
    }
  }
}

describe.each(ENCODINGS)('TDKT.RANKBLOC vs RANK.EQ, empty cells passed as %s', (enc) => {
  it('ties: same as RANK.EQ (1, 2, 2, 4)', () => {
    expectSame(col(90, 95, 90, 80, 95, 70), enc);
    expect(ours(90, encode(col(90, 95, 90, 80), enc))).toBe(2);
    expect(ours(80, encode(col(90, 95, 90, 80), enc))).toBe(4);
  });

  it('order: same as RANK.EQ (0 or omitted highest first, any other number lowest first)', () => {
    const ref = col(90, 95, BLANK, 90, 80);
    expectSame(ref, enc, { orders: [0, 1, 2, -1] });
    const encoded = encode(ref, enc);
    expect(ours(95, encoded)).toBe(ours(95, encoded, 0));
    // a spilled column with order 1 (the lowest first), and the order as a cell holding 1
    const spilled = rankBloc(encode(col(90, 95, 80), enc), null as never, [[1]]).map((r) => shown(r[0]));
    expect(spilled).toEqual([2, 3, 1]);
    expect(rankBloc([[80]], encoded, [['1']])[0]![0]).toBe(rankEq(80, encoded, 1));
  });

  it('not in range: same as RANK.EQ (#N/A)', () => {
    expectSame(col(90, 95), enc, { extra: [91, 0.5] });
    expect(ours(91, encode(col(90, 95), enc))).toBe('#N/A');
  });

  it('blank cells in range: same as RANK.EQ (ignored; passed as 0, they only add rows below positive totals)', () => {
    const ref = col(90, BLANK, 95, BLANK, 85);
    expectSame(ref, enc);
    // the descending rank of a positive total does not depend on how the blanks arrive
    expect(ours(85, encode(ref, enc))).toBe(3);
  });

  it('text and TRUE/FALSE in range: same as RANK.EQ (ignored)', () => {
    expectSame(col(90, 'abc', true, false, 95, BLANK), enc, { extra: [95] });
    expect(ours(90, encode(col(90, 'abc', true, 95), enc))).toBe(2);
  });

  it('text as the number: same as RANK.EQ (#VALUE!)', () => {
    const ref = encode(col(90, 95), enc);
    expect(ours('abc', ref)).toBe('#VALUE!');
    expect(rankEq('abc', ref)).toBe('#VALUE!');
  });

  it('rows and blocks: same as RANK.EQ', () => {
    const row: Cell[][] = [[90, 95, BLANK, 80, 95]];
    const block: Cell[][] = [
      [90, 95],
      [80, BLANK],
      [95, 70],
    ];
    expectSame(row, enc, { orders: [0, 1] });
    expectSame(block, enc, { orders: [0, 1] });
    // a spilled block keeps its shape: each cell ranked among all the block's numbers
    const enc2 = encode(block, enc);
    const spilled = rankBloc(enc2).map((r) => r.map(shown));
    expect(spilled[0]).toEqual([rankEq(90, enc2), rankEq(95, enc2)]);
    expect(spilled[2]).toEqual([rankEq(95, enc2), rankEq(70, enc2)]);
    expect(spilled[1]![1]).toBe(enc === 'null' ? '' : rankEq(0, enc2));
  });

  it('numbers stored as text in range: differs (ranked as their number)', () => {
    const ref = encode(col(90, '95', '8,5', 80), enc);
    expect(ours(90, ref)).toBe(2);
    expect(rankEq(90, ref)).toBe(1); // RANK.EQ leaves "95" out
    expect(ours(8.5, ref)).toBe(4);
    expect(rankEq(8.5, ref)).toBe('#N/A');
  });

  it('a blank own cell: differs (an empty cell, where RANK.EQ gives #N/A); passed as 0 it is ranked as 0', () => {
    const ref = col(90, 95, BLANK);
    const own = encode([[BLANK]], enc)[0]![0];
    const encoded = encode(ref, enc);
    if (enc === 'null') {
      expect(ours(own, encoded)).toBe('');
      expect(rankEq(own, encoded)).toBe('#N/A');
      expect(rankEq(own, encode(col(90, 95), enc))).toBe('#N/A');
    } else {
      expect(ours(own, encoded)).toBe(rankEq(own, encoded)); // 0 is in the range: the blank passed as 0
      expect(ours(own, encoded)).toBe(3);
    }
  });

  it('blank rows in a spilled result: differs (empty cells, the spill ends at the last used row)', () => {
    const values = col(90, BLANK, 95, BLANK, BLANK);
    const encoded = encode(values, enc);
    const spilled = rankBloc(encoded).map((r) => shown(r[0]));
    const asRankEq = encoded.map((r) => rankEq(r[0], encoded));
    if (enc === 'null') {
      expect(spilled).toEqual([2, '', 1]);
      expect(asRankEq).toEqual([2, '#N/A', 1, '#N/A', '#N/A']);
    } else {
      expect(spilled).toEqual(asRankEq); // zeros are numbers: ranked, and the spill keeps every row
    }
  });

  it('whole columns: differs (works here, 1,048,576 cells per call; cut after the last used row)', () => {
    const rows = 1_048_576;
    const totals = [88, 92.5, 75, 92.5, 60, 99, 81, 70.5, 66, 90];
    const column: Cell[][] = Array.from({ length: rows }, (_, r) => [r < totals.length ? totals[r]! : BLANK]);
    const encoded = encode(column, enc);
    const bounded = encode(col(...totals), enc);
    for (const t of totals) {
      expect(ours(t, encoded)).toBe(rankEq(t, bounded)); // descending: the blanks, as null or 0, change nothing
    }
    const spilled = rankBloc(encoded);
    if (enc === 'null') expect(spilled.map((r) => r[0])).toEqual(totals.map((t) => rankEq(t, bounded)));
    else expect(spilled).toHaveLength(rows); // the empty rows are zeros: nothing tells them from typed zeros
  });
});

describe('GRADE and AWARDS take the spilled columns with their blanks, in either encoding', () => {
  it('GRADE: a blank total is an empty cell; passed as 0 it is a total of 0 (documented)', () => {
    expect(grade([[92], [null], [71]], 100, 'code')).toEqual([['HTXSNV'], [''], ['HTTNV']]);
    expect(grade([[92], [0], [71]], 100, 'code')).toEqual([['HTXSNV'], ['KHTNV'], ['HTTNV']]);
  });

  it('AWARDS over the spilled ranks and grades: the same proposals with blanks as null or as 0', () => {
    const ranks = [[1], [null], [2], [3], [null], [null]];
    const grades = [['HTXSNV'], [null], ['HTXSNV'], ['HTTNV'], [null], [null]];
    const zero = (m: unknown[][]) => m.map((r) => r.map((v) => (v === null ? 0 : v)));
    const asNull = awards(ranks, grades);
    expect(awards(zero(ranks), zero(grades))).toEqual(asNull);
    expect(asNull.map((r) => r[0])).toEqual([
      'Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh',
      '',
      'Bằng khen của Chủ tịch UBND tỉnh',
      '',
    ]);
  });
});
