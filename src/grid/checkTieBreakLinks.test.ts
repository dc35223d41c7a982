import { describe, expect, it } from 'vitest';
import { ALL_FACTS, NO_FACTS, SIMPLE_CRITERIA } from '../../tests/helpers/makeBloc.js';
import { formatIssue } from '../core/messages.js';
import { parseTieBreakOrder } from '../core/tieBreakers.js';
import { sampleBook, withSheet } from './_lib/sampleBook.js';
import { checkTieBreakLinks } from './checkTieBreakLinks.js';
import { readBloc } from './readBloc.js';

const where = { sheet: 'Cấu hình', row: 11, col: 2, field: 'setting:tieBreak' };
const check = (order: string, facts = ALL_FACTS) =>
  checkTieBreakLinks(parseTieBreakOrder(order).links, SIMPLE_CRITERIA, facts, where, 'vi');

describe('checkTieBreakLinks', () => {
  it('a link naming an existing group or column passes', () => {
    expect(check('Nhóm A; Nhóm B; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ')).toEqual([]);
  });
  it('a group the criteria do not have (or not a Score group) is an error on the cell', () => {
    const issues = check('Nhóm A; Nhóm Z; Nhóm T');
    expect(issues).toMatchObject([
      { severity: 'error', code: 'TIE_BREAK_LINK_ABSENT', sheet: 'Cấu hình', cell: 'B11', params: { part: 'Nhóm Z', kind: 'group', param: 'Z' } },
      { params: { part: 'Nhóm T' } },
    ]);
    expect(formatIssue(issues[0]!, 'vi')).toBe(
      'Trang "Cấu hình", ô B11: Tiêu chí ưu tiên khi bằng điểm "Nhóm Z" không dùng được: không có nhóm tiêu chí chấm điểm "Z" trong trang tiêu chí. Hãy sửa hoặc bỏ tiêu chí này.',
    );
  });
  it('a column the scores sheet does not have is an error naming the column', () => {
    const issues = check('Số phiếu; Tỷ lệ nữ', NO_FACTS);
    expect(issues.map((i) => i.params)).toEqual([
      { part: 'Số phiếu', kind: 'column', column: 'Số phiếu', columnEn: 'Votes' },
      { part: 'Tỷ lệ nữ', kind: 'column', column: 'Tỷ lệ nữ (%)', columnEn: 'Women %' },
    ]);
    expect(formatIssue(issues[0]!, 'en')).toContain('the scores sheet has no "Votes" column');
  });
  it('readBloc: only a written order is checked; the default chain skips what is absent', () => {
    const book = sampleBook();
    const settings = book.sheets.find((s) => s.name === 'Cấu hình')!;
    const rows = settings.rows.map((r) => (r[0] === 'Thứ tự phá hòa' ? ['Thứ tự phá hòa', 'Nhóm A; Nhóm Q', null] : r));
    const written = readBloc(withSheet(book, { ...settings, rows }));
    expect(written.issues.map((i) => [i.code, i.cell])).toEqual([['TIE_BREAK_LINK_ABSENT', 'B11']]);
    const blank = settings.rows.map((r) => (r[0] === 'Thứ tự phá hòa' ? ['Thứ tự phá hòa', null, null] : r));
    expect(readBloc(withSheet(book, { ...settings, rows: blank })).issues).toEqual([]);
  });
});
