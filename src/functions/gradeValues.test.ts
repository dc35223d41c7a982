import { describe, expect, it } from 'vitest';
import { gradeTotal } from '../core/gradeTotal.js';
import { BAND_LABELS } from '../core/labels.js';
import { gradeValues } from './gradeValues.js';
import { errorMessage, thrownMessage } from '../../tests/helpers/functionErrors.js';

const message = errorMessage;
const thrown = thrownMessage;
const grade = (total: unknown, max: unknown = 100, lang: unknown = null, ...bands: unknown[]) =>
  gradeValues(total, max, lang, bands[0] ?? null, bands[1] ?? null, bands[2] ?? null);

describe('GRADE: the grade of a total as a percentage of the maximum base score', () => {
  it('gives the Vietnamese label by default; thresholds are inclusive', () => {
    expect(grade([[90], [89.99], [70], [50], [49.99], [-3], [105]])).toEqual([
      ['Xuất sắc'],
      ['Tốt'],
      ['Tốt'],
      ['Hoàn thành'],
      ['Chưa hoàn thành'],
      ['Chưa hoàn thành'],
      ['Xuất sắc'],
    ]);
  });

  it('gives English labels with "en" and the codes with "code", the language written any way', () => {
    expect(grade(92, 100, 'en')).toEqual([['Excellent']]);
    expect(grade(92, 100, ' EN ')).toEqual([['Excellent']]);
    expect(grade(92, 100, 'Tiếng Anh')).toEqual([['Excellent']]);
    expect(grade(71, 100, 'code')).toEqual([['HTTNV']]);
    expect(grade(71, 100, 'vi')).toEqual([['Tốt']]);
    expect(grade(71, 100, '')).toEqual([['Tốt']]);
  });

  it("grades against any scale exactly (900 of 1.000 is 90 %) and with the bloc's own thresholds", () => {
    expect(grade(900, '1.000', 'code')).toEqual([['HTXSNV']]);
    expect(grade(899.99, 1000, 'code')).toEqual([['HTTNV']]);
    expect(grade(86, 100, 'code', '85%', 0.6, 40)).toEqual([['HTXSNV']]);
    expect(grade(45, 100, 'code', 85, 60, '40')).toEqual([['HTNV']]);
  });

  it("agrees with the engine's gradeTotal", () => {
    const bands = { excellent: 90, good: 70, complete: 50 };
    for (let t = 0; t <= 1000; t += 7.5) {
      expect(grade(t, 1000, 'code')).toEqual([[gradeTotal(t, 1000, bands)]]);
      expect(grade(t, 1000)).toEqual([[BAND_LABELS[gradeTotal(t, 1000, bands)].vi]]);
    }
  });

  it('grades a range cell by cell, same shape; a bad total errs alone, naming its cell; a blank one is blank', () => {
    const out = grade(
      [
        [92, '8,5'],
        [null, 'abc'],
      ],
      10,
      'code',
    );
    expect(out[0]).toEqual(['HTXSNV', 'HTTNV']);
    expect(out[1]![0]).toBe('');
    expect(message(out[1]![1], 'vi')).toBe('Dòng 2, cột 2 của đối số "tong_diem": "abc" không phải một số, ví dụ 8,5.');
  });

  it('accepts the spilled total column with its blank rows, cut after the last used row', () => {
    expect(grade([[92], [null], [71], [''], [null]], 100, 'code')).toEqual([['HTXSNV'], [''], ['HTTNV']]);
  });

  it('throws for a bad maximum, language or threshold', () => {
    expect(thrown(() => grade(90, null))).toBe('Argument "maxScore" is missing.');
    expect(thrown(() => grade(90, 0))).toBe('Argument "maxScore": "0" is not a positive number, e.g. 100.');
    expect(thrown(() => grade(90, -100))).toMatch(/"-100" is not a positive number/);
    expect(thrown(() => grade(90, 'trăm'))).toBe('Argument "maxScore": "trăm" is not a positive number, e.g. 100.');
    expect(thrown(() => grade(90, [[100, 200]]))).toMatch(
      /"maxScore" must be a single row or column \(it has 1 rows and 2/,
    );
    expect(thrown(() => grade(90, 100, 'fr'))).toBe('Argument "lang": "fr" is not "vi", "en" or "code".');
    expect(thrown(() => grade(90, 100, null, 'x'))).toMatch(/Argument "excellent": "x" is not a percentage/);
    expect(thrown(() => grade(90, 100, null, 90, 170))).toMatch(/Argument "good": the percentage 170 is outside/);
  });
});
