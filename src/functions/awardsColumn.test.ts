import { describe, expect, it } from 'vitest';
import { isErrorCell } from './args.js';
import { awardsColumn, type AwardsOptions } from './awardsColumn.js';
import { errorMessage, thrownMessage } from '../../tests/helpers/functionErrors.js';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const message = errorMessage;
const thrown = thrownMessage;
const awards = (
  ranks: unknown[],
  grades: unknown[],
  discipline: unknown[] | null = null,
  options: AwardsOptions = {},
) => awardsColumn(col(...ranks), col(...grades), discipline ? col(...discipline) : null, options).map((r) => r[0]);

const GOV = 'Cờ thi đua của Chính phủ';
const FLAG = 'Cờ thi đua của UBND tỉnh';
const CERT = 'Bằng khen của Chủ tịch UBND tỉnh';
const PENDING = 'Cần bình xét';
const X = 'HTXSNV';

describe("AWARDS: the engine's proposeAwards over the bloc, one cell per unit", () => {
  it('gives the flag (with the Government-flag nomination) to the first, then Bằng khen, in rank order, rows in any order', () => {
    expect(awards([3, 1, 2], [X, X, X])).toEqual(['', `${GOV}; ${FLAG}`, CERT]);
    // the automatic Bằng khen quota counts every unit: 6 units → 2
    expect(awards([1, 2, 3, 4, 5, 6], [X, X, X, X, X, X])).toEqual([`${GOV}; ${FLAG}`, CERT, CERT, '', '', '']);
  });

  it('accepts the spilled rank and grade columns with their blank rows; rows after the last unit are cut', () => {
    const expected = [`${GOV}; ${FLAG}`, '', CERT, ''];
    // blank rows between units and after them (null, as Excel on the web and current builds pass them)
    expect(awards([1, null, 2, '', null, null], [X, '', X, null, null, null])).toEqual(expected.slice(0, 3));
    // a blank row counts no unit: 6 units with one blank row keep the quota of 6 (2 Bằng khen)
    expect(awards([1, 2, null, 3, 4, 5, 6], [X, X, null, X, X, X, X])).toEqual([
      `${GOV}; ${FLAG}`,
      CERT,
      '',
      CERT,
      '',
      '',
      '',
    ]);
  });

  it('reads an empty cell passed as 0 (some Excel builds) like a blank one in the rank and grade columns', () => {
    const asNull = awards([1, null, 2, null, null], [X, null, X, null, null]);
    const asZero = awards([1, 0, 2, 0, 0], [X, 0, X, 0, 0]);
    expect(asZero).toEqual(asNull);
    expect(asZero).toEqual([`${GOV}; ${FLAG}`, '', CERT]);
    // a rank with its grade missing is still an error, whatever the encoding
    expect(message(awards([1, 2], [X, 0])[1])).toMatch(/Row 2 of argument "grades"/);
  });

  it('skips vetoed units and units below the award grade; they keep no slot', () => {
    expect(awards([1, 2, 3, 4], [X, X, 'HTTNV', X], ['Có', 'Không', null, 'x'])).toEqual([
      '',
      `${GOV}; ${FLAG}`,
      '',
      '',
    ]);
    expect(awards([1, 2, 3], ['Hoàn thành tốt nhiệm vụ', X, X], null, { awardGrade: 'HTTNV' })).toEqual([
      `${GOV}; ${FLAG}`,
      CERT,
      '',
    ]);
  });

  it('a flag prerequisite answered Không rules out a flag but not a Bằng khen; blank or absent proposes it', () => {
    const out = awardsColumn(col(1, 2, 3), col(X, X, X), null, {
      exceededTargets: col('Không', 'Có', null),
      strongOrganisations: col('Có', null, 'Có'),
      certificates: 2,
    });
    expect(out).toEqual(col(CERT, `${GOV}; ${FLAG}`, CERT));
  });

  it('follows the quotas and the Government-flag settings as written in the settings sheet', () => {
    expect(awards([1, 2, 3, 4], [X, X, X, X], null, { provincialFlags: '2', certificates: '1' })).toEqual([
      `${GOV}; ${FLAG}`,
      FLAG,
      CERT,
      '',
    ]);
    expect(awards([1, 2, 3], [X, X, X], null, { governmentFlagWithProvincial: 'Không' })).toEqual([GOV, FLAG, CERT]);
    expect(awards([1, 2, 3], [X, X, X], null, { nominateGovernmentFlag: 'Không' })).toEqual([FLAG, CERT, '']);
    expect(awards([1, 2, 3], [X, X, X], null, { provincialFlags: 0, certificates: 'Tự động' })).toEqual([CERT, '', '']);
    expect(awards([1, 2], [X, X], null, { lang: 'en' })).toEqual([
      "Government's emulation flag; Provincial emulation flag",
      "Provincial chairman's certificate of merit",
    ]);
  });

  it('leaves a tie across a quota boundary to the bloc; units after the tie do not move up', () => {
    // two units tied first for one flag and one Bằng khen: both pending, the third gets nothing
    expect(awards([1, 1, 3], [X, X, X])).toEqual([PENDING, PENDING, '']);
    // a tie inside the certificate quota is no problem
    expect(awards([1, 2, 2, 4, 5, 6, 7, 8, 9, 10], Array(10).fill(X))).toEqual([
      `${GOV}; ${FLAG}`,
      CERT,
      CERT,
      CERT,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(awards([1, 2, 2], [X, X, X], null, { lang: 'en' })).toEqual([
      "Government's emulation flag; Provincial emulation flag",
      'Bloc to decide',
      'Bloc to decide',
    ]);
  });

  it('withholds every award while a row has an error: the bad row names itself, the others name it', () => {
    const out = awards([1, 2, 3], [X, 'giỏi', X]);
    expect(out.every((c) => isErrorCell(c))).toBe(true);
    expect(message(out[1])).toBe(
      'Row 2 of argument "grades": "giỏi" is not a grade code or name, e.g. HTXSNV or "Completed tasks excellently".',
    );
    expect(message(out[0])).toBe(
      'No award is proposed while the bloc has errors: fix row 2 of argument "grades" (1 row(s) with errors); awards are proposed for a complete bloc only.',
    );
    expect(message(out[0], 'vi')).toMatch(
      /^Chưa đề nghị khen thưởng khi khối còn lỗi: hãy sửa dòng 2 của đối số "xep_loai"/,
    );
    const many = awards([null, 2, '#N/A'], [X, null, X], ['Có', 'có lẽ', null]);
    expect(message(many[0])).toBe('Row 1 of argument "ranks" is blank: expected a rank: a whole number from 1.');
    expect(message(many[1])).toBe(
      'Row 2 of argument "grades" is blank: expected a grade code or name, e.g. HTXSNV or "Completed tasks excellently".',
    );
    expect(message(many[2])).toMatch(/Row 3 of argument "ranks" holds the Excel error #N\/A/);
    expect(message(awards([1, 2], [X, X], ['Có', 'có lẽ'])[0])).toMatch(/fix row 2 of argument "discipline"/);
    expect(message(awards([1, 2.5], [X, X])[1])).toBe(
      'Row 2 of argument "ranks": "2.5" is not a rank: a whole number from 1.',
    );
    expect(message(awards([1, 0], [X, X])[1])).toMatch(/"0" is not a rank/);
  });

  it('throws when the ranks are not a ranking of the rows (totals given by mistake, dense ranks, gaps)', () => {
    expect(thrown(() => awards([95, 90, 88], [X, X, X]))).toBe(
      'Row 3 of argument "ranks": rank 88 does not fit a ranking of 3 units (1, 2, 2, 4 …; rank 1 expected at this place): use the ranks TDKT.RANKBLOC computes.',
    );
    expect(thrown(() => awards([1, 1, 2], [X, X, X]))).toMatch(/Row 3 .*rank 2 does not fit .*rank 3 expected/);
    expect(thrown(() => awards([1, 3], [X, X]))).toMatch(/rank 3 does not fit/);
  });

  it('throws for columns that do not line up and bad options', () => {
    expect(thrown(() => awardsColumn(col(1, 2), col(X), null, {}))).toBe(
      'Argument "grades" has 1 rows but argument "ranks" has 2: they must cover the same units, row for row.',
    );
    expect(thrown(() => awardsColumn([[1, 2]], [[X, X]], null, {}))).toMatch(/"ranks" must be a single column/);
    expect(thrown(() => awardsColumn(col(1), null, null, {}))).toBe('Argument "grades" is missing.');
    expect(thrown(() => awards([1], [X], null, { provincialFlags: -1 }))).toBe(
      'Argument "provincialFlags": "-1" is not a whole number, 0 or more, e.g. 1.',
    );
    expect(thrown(() => awards([1], [X], null, { certificates: '1,5' }))).toMatch(
      /Argument "certificates": "1.5" is not a whole number, 0 or more, or "Auto"/,
    );
    expect(thrown(() => awards([1], [X], null, { nominateGovernmentFlag: 'maybe' }))).toMatch(
      /"maybe" is not "Yes" or "No"/,
    );
    expect(thrown(() => awards([1], [X], null, { awardGrade: 'A+' }))).toMatch(/"A\+" is not a grade code or name/);
    expect(thrown(() => awards([1], [X], null, { lang: 'code' }))).toBe('Argument "lang": "code" is not "vi" or "en".');
  });
});
