import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StubError, excelError, installCustomFunctionsStub } from '../../tests/helpers/customFunctionsStub.js';
import { excelCell, rangeArg, vectorArg } from './args.js';
import { awards, grade, maxScore, rankBloc, total, version } from './functions.js';
import { functionsLanguage, setFunctionsLanguage } from './language.js';
import { runFunction } from './toExcel.js';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** What a worksheet function throws (Excel shows it in the whole cell or spill). */
const thrownBy = (f: () => unknown): unknown => {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
};

beforeAll(() => installCustomFunctionsStub());
afterEach(() => setFunctionsLanguage('vi'));

describe('the worksheet functions called as Excel calls them', () => {
  it('RANKBLOC: both usages, omitted arguments as null or undefined', () => {
    const h = col(80, 95, 90, 90, 70);
    expect(rankBloc(h)).toEqual(col(4, 1, 2, 2, 5));
    expect(rankBloc(h, undefined, col(0, 0, 1, 0, 0))).toEqual(col(4, 1, 2, 3, 5));
    expect(rankBloc(h, null as never, null as never, col(0, 0, 1, 0, 0))).toEqual(col(4, 1, 2, 3, 5));
    expect(rankBloc([[90]], h)).toEqual([[2]]);
    expect(rankBloc([[90, 1]], h, col(0, 0, 1, 0, 0))).toEqual([[2]]);
  });

  it('puts a CustomFunctions.Error only in the bad cells of a spill (#VALUE! or #N/A with the message)', () => {
    const out = rankBloc(col(90, 'abc', 95));
    expect(out).toEqual([
      [2],
      [excelError('#VALUE!', 'Dòng 2 của đối số "gia_tri": "abc" không phải một số, ví dụ 8,5.')],
      [1],
    ]);
    expect(out[1]![0]).toBeInstanceOf(StubError);
    expect(rankBloc([[91]], col(90, 95))).toEqual([[excelError('#N/A', /91 không có trong đối số "vung"/)]]);
  });

  it('writes the messages in English once the host says Excel is in English', () => {
    setFunctionsLanguage('en');
    expect(functionsLanguage()).toBe('en');
    expect(rankBloc(col(90, 'abc'))[1]).toEqual([
      excelError('#VALUE!', 'Row 2 of argument "values": "abc" is not a number, e.g. 8.5.'),
    ]);
    expect(total([[10, 6]], [[10, 5]])).toEqual([
      [excelError('#VALUE!', 'Column 2 of argument "points": 6 points exceed the criterion\'s maximum 5.')],
    ]);
  });

  it('throws a CustomFunctions.Error for a misused argument (the whole formula is #VALUE!)', () => {
    const block = [
      [90, 80],
      [70, 60],
    ];
    expect(thrownBy(() => rankBloc(block, null as never, col(1, 2)))).toEqual(
      excelError('#VALUE!', 'Đối số "gia_tri" phải là một cột (đang có 2 dòng, 2 cột).'),
    );
    expect(thrownBy(() => grade(col(90), null))).toEqual(excelError('#VALUE!', 'Thiếu đối số "diem_toi_da".'));
    expect(thrownBy(() => maxScore([[10, 'x']]))).toEqual(excelError('#VALUE!', /Cột 2 của đối số "diem_toi_da"/));
    expect(thrownBy(() => awards(col(95, 90), col('HTXSNV', 'HTXSNV')))).toEqual(excelError('#VALUE!', /không khớp/));
  });

  it('never lets a JavaScript exception escape: a bug becomes #VALUE! saying so', () => {
    const err = thrownBy(() =>
      runFunction(() => {
        throw new TypeError('boom');
      }),
    );
    expect(err).toEqual(
      excelError('#VALUE!', 'BlocRank không tính được ô này (boom). Hãy báo lỗi kèm kết quả của =TDKT.PHIENBAN().'),
    );
    // a CustomFunctions.Error thrown on purpose passes through as it is
    const own = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, 'x');
    expect(
      thrownBy(() =>
        runFunction(() => {
          throw own;
        }),
      ),
    ).toBe(own);
  });

  it('the rest of the family: TOTAL, MAXSCORE, GRADE, AWARDS, VERSION', () => {
    const maxima = [[30, 10, 5, null]];
    const kinds = [['Chấm điểm', 'Chấm điểm', 'Thưởng', 'Trừ']];
    expect(total([[28, '9,5', 3, 1]], maxima, kinds)).toEqual([[39.5]]);
    expect(total([[28, '9,5', 3, 1]], maxima, kinds, '5%')).toEqual([[38.5]]);
    expect(maxScore(maxima, kinds)).toBe(40);
    expect(grade([[36], [28]], 40)).toEqual([['Xuất sắc'], ['Tốt']]);
    expect(grade([[36]], 40, 'code')).toEqual([['HTXSNV']]);
    expect(awards(col(2, 1), col('HTXSNV', 'HTXSNV'), col(null, null))).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh'],
      ['Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh'],
    ]);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the argument runner', () => {
  it('reads CustomFunctions.Error-like objects in a range as the Excel errors they are', () => {
    expect(excelCell(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable))).toEqual({ error: '#N/A' });
    expect(excelCell({ error: '#REF!' })).toEqual({ error: '#REF!' });
    expect(excelCell('8,5')).toBe('8,5');
    expect(rankBloc(col(90, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)))[1]).toEqual([
      excelError('#VALUE!', /có lỗi Excel #N\/A/),
    ]);
  });

  it('reads data-type cells by their basic value, and never shows one as [object Object]', () => {
    const entity = { type: 'Entity', text: 'Sở Nội vụ', properties: { Code: { type: 'String', basicValue: 'SNV' } } };
    const formatted = { type: 'FormattedNumber', basicValue: 92.5, numberFormat: '0.0' };
    expect(excelCell(formatted)).toBe(92.5);
    expect(excelCell(entity)).toBe('Sở Nội vụ');
    expect(excelCell({ properties: {} })).toBe('[?]');
    expect(rankBloc(col(90, formatted))).toEqual(col(2, 1));
    const messages = [
      rankBloc(col(90, entity))[1]![0],
      rankBloc(col(90, { type: 'Entity', properties: {} }))[1]![0],
      grade(col({ layouts: {} }), 100)[0]![0],
      awards(col(1), col({ type: 'Entity' }))[0]![0],
    ].map((e) => (e as { message?: string }).message ?? '');
    expect(messages[0]).toBe('Dòng 2 của đối số "gia_tri": "Sở Nội vụ" không phải một số, ví dụ 8,5.');
    expect(messages[1]).toContain('"[Entity]"');
    for (const m of messages) {
      expect(m).not.toBe('');
      expect(m).not.toContain('[object Object]');
    }
  });

  it('reads a row and a column alike as a list, naming positions as the clerk sees them', () => {
    const ref = { fn: 'TOTAL', name: 'points' };
    const row = vectorArg(rangeArg([[1, 2, 3]], ref));
    const column = vectorArg(rangeArg(col(1, 2, 3), ref));
    expect([row.length, row.cell(2), row.params(2)]).toEqual([3, 3, { arg: 'points', argVi: 'diem', col: 3 }]);
    expect([column.length, column.cell(2), column.params(2)]).toEqual([3, 3, { arg: 'points', argVi: 'diem', row: 3 }]);
    expect(rangeArg([1, 2], ref).rows).toBe(2); // a 1-D array from code: one column
  });
});
