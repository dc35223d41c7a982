// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RankOutcome } from '../excel/actions';
import { DATA_ERRORS, fakeActions, RANKED } from '../../tests/helpers/fakeActions';
import { App } from './App';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** A promise the test settles by hand, to look at the pane while an action runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function openBloc(actions = fakeActions()) {
  render(<App actions={actions} />);
  await screen.findByRole('tab', { name: 'Xếp hạng' });
  return actions;
}

describe('Xếp hạng', () => {
  it('detects the workbook on open and shows the bloc with three sections', async () => {
    const actions = await openBloc();
    expect(actions.detect).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Khối các cơ quan Đảng tỉnh · năm 2018 · 11 đơn vị')).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    for (const name of ['Xếp hạng', 'Cài đặt', 'Giao ước']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Xếp hạng' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows progress during the run, then the summary, the ranking and the warnings', async () => {
    const run = deferred<RankOutcome>();
    const actions = await openBloc(fakeActions({ rank: () => run.promise }));
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(actions.rank).toHaveBeenCalledWith({ lang: 'vi' });
    // A fast run never flashes the spinner; a second press meanwhile is refused all the same.
    expect(screen.queryByText('Đang xếp hạng…')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(actions.rank).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đang xếp hạng…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xếp hạng' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => run.resolve(RANKED));
    expect(screen.queryByText('Đang xếp hạng…')).toBeNull();
    expect(
      screen.getByText(
        'Đã xếp hạng 11 đơn vị: 01 đề nghị Cờ thi đua của Chính phủ, 02 Cờ UBND tỉnh, 04 Bằng khen; 01 nhóm đồng hạng.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Đã ghi 55 ô vào trang Chấm điểm.')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Kết quả xếp hạng' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    const first = within(rows[0]!).getAllByRole('cell');
    expect(first[0]!.textContent).toBe('1');
    expect(first[1]!.textContent).toContain('Văn phòng Tỉnh uỷ');
    expect(first[1]!.textContent).toContain('Xuất sắc');
    expect(first[1]!.textContent).toContain('Cờ Chính phủ (đề nghị)');
    expect(first[2]!.textContent).toBe('97,5');
    // The tied pair: rank 5 with an "=" mark that names the tie for screen readers.
    const tied = rows.filter((r) => within(r).queryByRole('img', { name: 'đồng hạng' }));
    expect(tied.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['5=', '5=']);
    expect(screen.getByText('Trang Chấm điểm (1)')).toBeTruthy();
  });

  it('opens and closes a unit’s explanation', async () => {
    await openBloc();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const unit = await screen.findByRole('button', { name: 'Ban Tổ chức Tỉnh uỷ' });
    expect(unit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(unit);
    expect(unit.getAttribute('aria-expanded')).toBe('true');
    const explanation = document.getElementById(unit.getAttribute('aria-controls')!);
    expect(explanation?.textContent).toBe('Xếp hạng 2/11. Tổng 96 điểm; đạt 96% của 100 điểm tối đa.');
    fireEvent.click(unit);
    expect(unit.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/Xếp hạng 2\/11/)).toBeNull();
  });

  it('a cell address in an issue selects that cell', async () => {
    const actions = await openBloc();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chọn ô Chấm điểm!M7' }));
    expect(actions.selectCell).toHaveBeenCalledWith('Chấm điểm', 'M7');
  });

  it('with data errors says that nothing was written and lists the cells', async () => {
    const actions = await openBloc(fakeActions({ rank: async () => ({ status: 'errors', issues: DATA_ERRORS }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText('Chưa ghi gì vào sổ')).toBeTruthy();
    expect(screen.getByText(/Dữ liệu có 2 lỗi nên BlocRank không ghi gì vào sổ/)).toBeTruthy();
    // One group per sheet, in cell order; each issue says whether it is an error or a warning.
    const group = screen.getByText('Trang Chấm điểm (3)').closest('[role="group"], .fui-MessageBar')!;
    const items = [...group.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Lỗi:C5Giá trị "8,5 điểm" không hợp lệ: cần số điểm, ví dụ 8,5.',
      'Lỗi:D9Điểm 35 vượt điểm tối đa 30 của tiêu chí A1.',
      'Cảnh báo:B12Tên đơn vị lặp lại.',
    ]);
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ô Chấm điểm!C5' }));
    expect(actions.selectCell).toHaveBeenCalledWith('Chấm điểm', 'C5');
    expect(screen.getByRole('button', { name: 'Hoàn tác lần xếp hạng vừa rồi' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('Hoàn tác is enabled only when the actions can undo, and says what it did', async () => {
    const actions = await openBloc();
    const undo = () => screen.getByRole('button', { name: 'Hoàn tác lần xếp hạng vừa rồi' });
    expect(undo().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    await screen.findByRole('table');
    await waitFor(() => expect(undo().getAttribute('aria-disabled')).not.toBe('true'));
    fireEvent.click(undo());
    expect(
      await screen.findByText(/Đã hoàn tác: các ô kết quả trên trang Chấm điểm đã trở lại như trước/),
    ).toBeTruthy();
    expect(actions.undo).toHaveBeenCalledTimes(1);
    expect(undo().getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('a second run that changes nothing says so', async () => {
    await openBloc(
      fakeActions({
        rank: async () => ({ ...RANKED, summary: { ...RANKED.summary, cellsChanged: 0 } }) as RankOutcome,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText('Sổ đã có đúng kết quả này: không ô nào thay đổi.')).toBeTruthy();
  });

  it('shows a rejected action in a MessageBar instead of swallowing it', async () => {
    const actions = await openBloc(
      fakeActions({
        rank: async () => {
          throw new Error('RichApi.Error: The workbook is in cell-edit mode.');
        },
        selectCell: async () => {
          throw new Error('Không tìm thấy trang "Chấm điểm".');
        },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText('RichApi.Error: The workbook is in cell-edit mode.')).toBeTruthy();
    expect(screen.getByText('Không thực hiện được')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xếp hạng' }).getAttribute('aria-disabled')).not.toBe('true');
    expect(actions.rank).toHaveBeenCalledTimes(1);
  });

  it('pages very large rankings', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({
      ...RANKED.rows[10]!,
      index: i,
      rank: i + 1,
      unit: `Đơn vị ${i + 1}`,
    }));
    await openBloc(
      fakeActions({
        rank: async () => ({ ...RANKED, rows, summary: { ...RANKED.summary, units: 250 } }) as RankOutcome,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByText('Đang hiện 100/250 đơn vị.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thêm 100 đơn vị' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hiện thêm 50 đơn vị' }));
    expect(within(table).getAllByRole('row')).toHaveLength(251);
  });
});
