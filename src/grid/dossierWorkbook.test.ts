import { describe, expect, it } from 'vitest';
import { formatIssue } from '../core/messages.js';
import { sampleBook } from './_lib/sampleBook.js';
import { BALLOT_PENDING_LABEL, dossierWorkbook } from './dossierWorkbook.js';
import { rankWorkbook } from './rankWorkbook.js';
import type { CellValue, SheetGrid, WorkbookGrid } from './types.js';

// The sample bloc: 5 units; Văn phòng Tỉnh uỷ → provincial + Government flag, Ban Tổ chức → the one certificate.
const HEADER = ['Đơn vị', 'Cờ thi đua Chính phủ', 'Cờ thi đua UBND tỉnh', 'Bằng khen'];
function book(ballot: CellValue[][] | null, settings: CellValue[][] = []): WorkbookGrid {
  const base = sampleBook();
  const sheets = base.sheets.map((s): SheetGrid => (s.name === 'Cấu hình' ? { ...s, rows: [...s.rows, ...settings] } : s));
  return { sheets: ballot ? [...sheets, { name: 'Bình bầu', rows: ballot }] : sheets };
}
const brief = (run: ReturnType<typeof dossierWorkbook>) => run.ballot!.proposals.map((p) => [p.name, p.award, p.votes, p.status]);

describe('dossierWorkbook', () => {
  it('without a ballot sheet: the ranking’s proposals, pending with votes null; voters default to the units; writes as rank', () => {
    const run = dossierWorkbook(book(null));
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(run.ballotSheet).toBeNull();
    expect(run.dossier).toMatchObject({ voters: 5, votersGiven: false, thresholdPercent: 80, absent: [], chair: null });
    expect(brief(run)).toEqual([
      ['Văn phòng Tỉnh uỷ', 'CO_CHINH_PHU', null, 'pending'],
      ['Văn phòng Tỉnh uỷ', 'CO_UBND_TINH', null, 'pending'],
      ['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', null, 'pending'],
    ]);
    expect(run.writes).toEqual(rankWorkbook(book(null)).writes);
    expect(run.next).toMatchObject({ leader: 'Ban Tổ chức Tỉnh uỷ' });
  });

  it('with a ballot: a failed proposal is not written as an award and its explanation says why; passed ones stay', () => {
    const run = dossierWorkbook(book([HEADER, ['Văn phòng Tỉnh uỷ', 5, 4, null], ['Ban Tổ chức Tỉnh uỷ', null, null, 3]]));
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(brief(run)).toEqual([
      ['Văn phòng Tỉnh uỷ', 'CO_CHINH_PHU', 5, 'passed'],
      ['Văn phòng Tỉnh uỷ', 'CO_UBND_TINH', 4, 'passed'],
      ['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', 3, 'failed'],
    ]);
    expect(run.ballot!.awards[1]).toEqual([]);
    // the scores sheet's result cells: Ban Tổ chức (row 4) has no award any more; nobody moves up
    const award = (row: number) => run.writes.find((w) => w.row === row && w.value !== null && w.col === run.book!.layout.resultColumns.award)?.value;
    expect(award(3)).toBe('Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh');
    expect(award(4)).toBe('');
    expect(award(5)).toBe('');
    expect(run.explain(1)).toContain(
      'Không đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: không đạt tỷ lệ phiếu: 3/5 phiếu, 60 % (cần 80 %, theo quy định của Khối).',
    );
    expect(run.explain(0)).toContain('Kết quả bỏ phiếu kín đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”: 4/5 phiếu, 80 %');
  });

  it('a blank count keeps the proposal, marked pending in its award cell, with a warning on the ballot cell', () => {
    const run = dossierWorkbook(book([['BẢNG KẾT QUẢ'], HEADER, ['Văn phòng Tỉnh uỷ', null, 5, null], ['Ban Tổ chức Tỉnh uỷ', null, null, 5]]));
    const warning = run.issues.find((i) => i.code === 'BALLOT_VOTE_BLANK')!;
    expect([warning.severity, warning.sheet, warning.cell]).toEqual(['warning', 'Bình bầu', 'B3']);
    expect(formatIssue(warning, 'vi')).toBe(
      'Trang "Bình bầu", ô B3: Chưa có số phiếu đề nghị tặng “Cờ thi đua của Chính phủ” cho đơn vị "Văn phòng Tỉnh uỷ": giữ đề nghị, chờ kết quả bỏ phiếu.',
    );
    const col = run.book!.layout.resultColumns.award;
    expect(run.writes.find((w) => w.row === 3 && w.col === col)?.value).toBe(
      `Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh (${BALLOT_PENDING_LABEL.vi})`,
    );
  });

  it('a proposed unit missing from the ballot is pending, the warning on the first free row', () => {
    const run = dossierWorkbook(book([HEADER, ['Văn phòng Tỉnh uỷ', 5, 5, null]]));
    const missing = run.issues.find((i) => i.code === 'BALLOT_UNIT_MISSING')!;
    expect([missing.sheet, missing.cell]).toEqual(['Bình bầu', 'A3']);
    expect(brief(run)[2]).toEqual(['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', null, 'pending']);
  });

  it('reads voters, threshold, absent members and the meeting from Cấu hình', () => {
    const run = dossierWorkbook(
      book([HEADER, ['Văn phòng Tỉnh uỷ', 6, 6, null], ['Ban Tổ chức Tỉnh uỷ', null, null, 4]], [
        ['Số thành viên bỏ phiếu', 7],
        ['Tỷ lệ phiếu tối thiểu (%)', '50%'],
        ['Thành viên vắng mặt', 'ban dan van tinh uy; Ban Nội chính Tỉnh uỷ'],
        ['Thời gian họp', '14 giờ 00, ngày 15/12/2024'],
        ['Chủ trì', 'Nguyễn Văn A'],
      ]),
    );
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(run.issues.some((i) => i.code === 'SETTING_UNKNOWN')).toBe(false);
    expect(run.dossier).toMatchObject({ voters: 7, votersGiven: true, thresholdPercent: 50, absent: [3, 4], meetingTime: '14 giờ 00, ngày 15/12/2024', chair: 'Nguyễn Văn A', secretary: null });
    expect(brief(run)[2]).toEqual(['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', 4, 'passed']);
    expect(run.ballot!.proposals[2]!.approval).toBeCloseTo(4 / 7, 12);
  });

  it('bad settings and bad counts are errors naming their cells; nothing is proposed or written then', () => {
    const badVoters = dossierWorkbook(book([HEADER, ['Văn phòng Tỉnh uỷ', 5, 5, null]], [['Số thành viên bỏ phiếu', 'chín']]));
    expect(badVoters.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.cell])).toEqual([['BALLOT_VOTERS_INVALID', 'Cấu hình', 'B12']]);
    expect([badVoters.ballot, badVoters.writes]).toEqual([null, []]);

    const absent = dossierWorkbook(book(null, [['Thành viên vắng mặt', 'Ban Dân vận Tỉnh uỷ; Sở Ngoại vụ']]));
    expect(absent.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, formatIssue(i, 'en')])).toEqual([
      ['ABSENT_MEMBER_UNKNOWN', 'B12', 'Sheet "Cấu hình", cell B12: Absent member "Sở Ngoại vụ" is not in the list of units of the scores sheet (names are separated by ;).'],
    ]);

    const above = dossierWorkbook(book([HEADER, ['Văn phòng Tỉnh uỷ', 6, 5, null]]));
    expect(above.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.cell])).toEqual([['BALLOT_VOTES_ABOVE_VOTERS', 'Bình bầu', 'B2']]);
    expect(above.ballot).toBeNull();
  });

  it('voters must be a whole number from 1; the threshold a percentage 0..100', () => {
    const errors = (settings: CellValue[][]) =>
      dossierWorkbook(book(null, settings)).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell]);
    expect(errors([['Số thành viên bỏ phiếu', 0]])).toEqual([['BALLOT_VOTERS_INVALID', 'B12']]);
    expect(errors([['Số thành viên bỏ phiếu', '7,5']])).toEqual([['BALLOT_VOTERS_INVALID', 'B12']]);
    expect(errors([['Số thành viên bỏ phiếu', null]])).toEqual([]);
    expect(errors([['Tỷ lệ phiếu tối thiểu (%)', 120]])).toEqual([['PERCENT_OUT_OF_RANGE', 'B12']]);
    expect(errors([['Tỷ lệ phiếu tối thiểu (%)', 'hai phần ba']])).toEqual([['VALUE_INVALID', 'B12']]);
    // a percent-formatted 75 % arrives as the fraction 0.75
    expect(dossierWorkbook(book(null, [['Tỷ lệ phiếu tối thiểu (%)', 0.75]])).dossier?.thresholdPercent).toBe(75);
  });

  it('next year’s leader problems are errors for the dossier (warnings for rank)', () => {
    const grid = book(null, [['Khối trưởng năm sau', 'Sở Ngoại vụ']]);
    expect(rankWorkbook(grid).issues.find((i) => i.code === 'NEXT_LEADER_UNKNOWN')?.severity).toBe('warning');
    expect(dossierWorkbook(grid).issues.find((i) => i.code === 'NEXT_LEADER_UNKNOWN')?.severity).toBe('error');
  });

  it('English workbook: cells in English, messages in the clerk’s language', () => {
    const run = dossierWorkbook(book([HEADER, ['Văn phòng Tỉnh uỷ', 5, 2, null]]), { lang: 'en' });
    expect(run.explain(0)).toContain('Not proposed for the “Emulation Flag of the Provincial People’s Committee”: below the vote threshold');
    expect(String(run.writes.find((w) => w.row === 3 && w.wrap)?.value)).toContain('Không đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”');
  });
});
