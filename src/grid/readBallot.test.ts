import { describe, expect, it } from 'vitest';
import { formatIssue } from '../core/messages.js';
import { readBallot } from './readBallot.js';
import type { CellValue } from './types.js';

const UNITS = ['Văn phòng Tỉnh uỷ', 'Ban Tổ chức Tỉnh uỷ', 'Uỷ ban Kiểm tra Tỉnh uỷ'];
const HEADER = ['Đơn vị', 'Cờ thi đua Chính phủ', 'Cờ thi đua UBND tỉnh', 'Bằng khen'];
const read = (rows: CellValue[][], voters: number | null = 9, name = 'Bình bầu') =>
  readBallot({ name, rows }, { units: UNITS, scoresSheet: 'Chấm điểm', voters });
const where = (r: ReturnType<typeof read>) => r.issues.map((i) => [i.severity, i.code, i.sheet, i.cell]);

describe('readBallot', () => {
  it('reads the counts per unit and form under a title row; blank is not voted, 0 is zero votes', () => {
    const r = read([['KẾT QUẢ BỎ PHIẾU KÍN'], HEADER, ['Văn phòng Tỉnh uỷ', 9, '8', null], ['Ban Tổ chức Tỉnh uỷ', null, 0, ' 7 ']]);
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value!.votes.get(0)).toEqual({ CO_CHINH_PHU: 9, CO_UBND_TINH: 8, BANG_KHEN_UBND_TINH: null });
    expect(r.value!.votes.get(1)).toEqual({ CO_CHINH_PHU: null, CO_UBND_TINH: 0, BANG_KHEN_UBND_TINH: 7 });
    expect(r.value!.votes.has(2)).toBe(false);
    expect(r.value!.rows.get(1)).toBe(4);
    expect(r.value!.columns).toEqual({ CO_CHINH_PHU: 2, CO_UBND_TINH: 3, BANG_KHEN_UBND_TINH: 4 });
    expect(r.value!.nextRow).toBe(5);
  });

  it('matches headers and unit names ignoring case, diacritics and spacing; English headers too; columns in any order', () => {
    const vi = read([['  bang KHEN', 'DON VI', 'co thi dua ubnd  tinh'], [5, 'uy ban kiem tra tinh uy', 6]]);
    expect(vi.issues).toEqual([]);
    expect(vi.value!.votes.get(2)).toEqual({ CO_UBND_TINH: 6, BANG_KHEN_UBND_TINH: 5 });
    const en = read([['Unit', 'Government flag', 'Provincial flag', 'Certificate'], ['Ủy ban Kiểm tra Tỉnh ủy', 1, 2, 3]], 9, 'Ballot');
    expect(en.value!.lang).toBe('en');
    expect(en.value!.votes.get(2)).toEqual({ CO_CHINH_PHU: 1, CO_UBND_TINH: 2, BANG_KHEN_UBND_TINH: 3 });
  });

  it('votes above the voters, negative, fractional or not a number are errors naming the cell', () => {
    const r = read([HEADER, ['Văn phòng Tỉnh uỷ', 10, -1, '7,5'], ['Ban Tổ chức Tỉnh uỷ', 'bảy', 9, { error: '#N/A' }]]);
    expect(r.ok).toBe(false);
    expect(where(r)).toEqual([
      ['error', 'BALLOT_VOTES_ABOVE_VOTERS', 'Bình bầu', 'B2'],
      ['error', 'BALLOT_VOTES_INVALID', 'Bình bầu', 'C2'],
      ['error', 'BALLOT_VOTES_INVALID', 'Bình bầu', 'D2'],
      ['error', 'BALLOT_VOTES_INVALID', 'Bình bầu', 'B3'],
      ['error', 'EXCEL_ERROR', 'Bình bầu', 'D3'],
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe('Trang "Bình bầu", ô B2: Số phiếu 10 ở cột "Cờ thi đua Chính phủ" vượt số thành viên bỏ phiếu (9).');
    expect(formatIssue(r.issues[2]!, 'en')).toBe(
      'Sheet "Bình bầu", cell D2: The vote count "7,5" in column "Bằng khen" must be a whole number, 0 or more, e.g. 7; leave it blank if not voted yet.',
    );
    // the valid counts of the same rows are still read
    expect(r.value!.votes.get(1)!.CO_UBND_TINH).toBe(9);
  });

  it('exactly the voters is allowed; with unreadable voters counts are not compared', () => {
    expect(read([HEADER, ['Văn phòng Tỉnh uỷ', 9, 9, 9]]).ok).toBe(true);
    expect(read([HEADER, ['Văn phòng Tỉnh uỷ', 99, 9, 9]], null).ok).toBe(true);
  });

  it('a row naming no unit of the scores sheet, a unit twice, or votes without a unit are errors naming the cell', () => {
    const r = read([HEADER, ['Sở Ngoại vụ', 1, 1, 1], ['Văn phòng Tỉnh uỷ', 1, 1, 1], ['VĂN PHÒNG TỈNH UỶ', 2, 2, 2], [null, 3, null, null]]);
    expect(where(r)).toEqual([
      ['error', 'BALLOT_UNIT_UNKNOWN', 'Bình bầu', 'A2'],
      ['error', 'UNIT_DUPLICATE', 'Bình bầu', 'A4'],
      ['error', 'UNIT_NAME_MISSING', 'Bình bầu', 'A5'],
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe(
      'Trang "Bình bầu", ô A2: Đơn vị "Sở Ngoại vụ" không có trong trang "Chấm điểm": hãy ghi đúng tên đơn vị như ở trang chấm điểm.',
    );
    expect(r.value!.votes.get(0)).toEqual({ CO_CHINH_PHU: 1, CO_UBND_TINH: 1, BANG_KHEN_UBND_TINH: 1 });
  });

  it('without a header row or any vote column there is no ballot, and an error says why', () => {
    expect(where(read([['Tên', 'Phiếu']]))).toEqual([['error', 'HEADER_MISSING', 'Bình bầu', undefined]]);
    const noVotes = read([['Đơn vị', 'Ghi chú'], ['Văn phòng Tỉnh uỷ', 'x']]);
    expect(noVotes.value).toBeNull();
    expect(where(noVotes)).toEqual([['error', 'BALLOT_NO_VOTE_COLUMN', 'Bình bầu', undefined]]);
  });
});
