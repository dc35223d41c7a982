// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeActions, SETTINGS } from '../../tests/helpers/fakeActions';
import { App } from './App';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function openSettings(actions = fakeActions()) {
  render(<App actions={actions} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Cài đặt' }));
  await screen.findByRole('textbox', { name: 'Số Cờ thi đua UBND tỉnh' });
  return actions;
}

const input = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });
const save = () => screen.getByRole('button', { name: 'Lưu vào trang Cấu hình' });

describe('Cài đặt', () => {
  it('reads the Cấu hình sheet and shows the key settings', async () => {
    const actions = await openSettings();
    expect(actions.readSettings).toHaveBeenCalledWith({ lang: 'vi' });
    expect(input('Số Cờ thi đua UBND tỉnh').value).toBe('2');
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Tính số Bằng khen tự động' }).checked).toBe(true);
    expect(input('Số Bằng khen').disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Đề nghị Cờ thi đua Chính phủ' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Cờ Chính phủ kèm Cờ tỉnh' }).checked).toBe(false);
    // The tie-break order as an ordered list.
    const chain = screen.getByRole('list', { name: 'Thứ tự tiêu chí ưu tiên khi bằng điểm' });
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Nhóm A', 'Điểm trừ', 'Điểm thưởng', 'Số phiếu', 'Tỷ lệ nữ']);
    // Every other item: year, names, leader pickers over the roster, bonus cap, award grade.
    expect(input('Năm chấm điểm').value).toBe('2018');
    expect(input('Tên khối').value).toBe('Khối các cơ quan Đảng tỉnh');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Khối trưởng năm nay' }).value).toBe(
      'Văn phòng Tỉnh uỷ',
    );
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Khối trưởng năm sau' }).value).toBe('');
    expect(input('Trần điểm thưởng (% điểm tối đa)').value).toBe('5');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Khen thưởng cần xếp loại tối thiểu' }).value).toBe(
      'HTXSNV',
    );
    expect([input('Xuất sắc').value, input('Tốt').value, input('Hoàn thành').value]).toEqual(['90', '70', '50']);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Luân phiên' }).checked).toBe(true);
    expect(save().getAttribute('aria-disabled')).toBe('true');
  });

  it('writes only the fields the clerk changed', async () => {
    const actions = await openSettings();
    type('Số Cờ thi đua UBND tỉnh', '3');
    fireEvent.click(screen.getByRole('switch', { name: 'Tính số Bằng khen tự động' }));
    type('Số Bằng khen', '4');
    type('Tốt', '72,5');
    fireEvent.click(screen.getByRole('radio', { name: 'Bầu' }));
    fireEvent.click(save());
    await waitFor(() => expect(actions.writeSettings).toHaveBeenCalledTimes(1));
    expect(actions.writeSettings).toHaveBeenCalledWith(
      {
        provincialFlags: 3,
        certificates: 4,
        bands: { excellent: 90, good: 72.5, complete: 50 },
        leaderSelection: 'elect',
      },
      { lang: 'vi' },
    );
    expect(await screen.findByText('Đã ghi 4 mục vào trang Cấu hình.')).toBeTruthy();
    // The sheet is read again after the write: it stays the source of truth.
    expect(actions.readSettings).toHaveBeenCalledTimes(2);
  });

  it('a Save that read the sheet back shows it without reading the sheet again (3 syncs per click)', async () => {
    const actions = await openSettings(
      fakeActions({
        writeSettings: async () => ({
          ok: true,
          issues: [],
          settings: { settings: { ...SETTINGS, provincialFlags: 3 }, issues: [], units: [], lang: 'vi' },
        }),
      }),
    );
    type('Số Cờ thi đua UBND tỉnh', '3');
    fireEvent.click(save());
    expect(await screen.findByText('Đã ghi 1 mục vào trang Cấu hình.')).toBeTruthy();
    expect(input('Số Cờ thi đua UBND tỉnh').value).toBe('3');
    expect(actions.readSettings).toHaveBeenCalledTimes(1);
    expect(save().getAttribute('aria-disabled')).toBe('true');
  });

  it('a switch alone is a change of one field', async () => {
    const actions = await openSettings();
    fireEvent.click(screen.getByRole('switch', { name: 'Cờ Chính phủ kèm Cờ tỉnh' }));
    fireEvent.click(save());
    await waitFor(() =>
      expect(actions.writeSettings).toHaveBeenCalledWith({ governmentFlagWithProvincial: true }, { lang: 'vi' }),
    );
  });

  it('validates inline and keeps invalid settings from being written', async () => {
    const actions = await openSettings();
    type('Số Cờ thi đua UBND tỉnh', '1,5');
    expect(screen.getByText('Nhập số nguyên từ 0 trở lên.')).toBeTruthy();
    expect(input('Số Cờ thi đua UBND tỉnh').getAttribute('aria-invalid')).toBe('true');
    expect(save().getAttribute('aria-disabled')).toBe('true');
    type('Số Cờ thi đua UBND tỉnh', '2');
    type('Xuất sắc', '120');
    expect(screen.getByText('Nhập số từ 0 đến 100, ví dụ 92,5.')).toBeTruthy();
    type('Xuất sắc', '60');
    expect(screen.getByText('Ngưỡng phải giảm dần: Xuất sắc > Tốt > Hoàn thành.')).toBeTruthy();
    type('Xuất sắc', '90');
    type('Năm chấm điểm', '25');
    expect(screen.getByText('Nhập năm có 4 chữ số, ví dụ 2025.')).toBeTruthy();
    type('Năm chấm điểm', '2018');
    type('Tên khối', ' ');
    expect(screen.getByText('Không được để trống.')).toBeTruthy();
    fireEvent.submit(save().closest('form')!);
    fireEvent.click(save());
    expect(actions.writeSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ thay đổi' }));
    expect(input('Tên khối').value).toBe('Khối các cơ quan Đảng tỉnh');
    expect(screen.queryByText('Không được để trống.')).toBeNull();
  });

  it('reorders the tie-break chain as a list and picks next year’s leader from the units', async () => {
    const actions = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Đưa “Số phiếu” lên trước' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ “Tỷ lệ nữ”' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Khối trưởng năm sau' }), {
      target: { value: 'Ban Tổ chức Tỉnh uỷ' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Khen thưởng cần xếp loại tối thiểu' }), {
      target: { value: 'HTTNV' },
    });
    fireEvent.click(save());
    await waitFor(() => expect(actions.writeSettings).toHaveBeenCalledTimes(1));
    expect(actions.writeSettings).toHaveBeenCalledWith(
      { tieBreak: 'Nhóm A; Điểm trừ; Số phiếu; Điểm thưởng', nextLeader: 'Ban Tổ chức Tỉnh uỷ', awardGrade: 'HTTNV' },
      { lang: 'vi' },
    );
  });

  it('shows the issues of a refused write', async () => {
    await openSettings(
      fakeActions({
        writeSettings: async () => ({
          ok: false,
          issues: [
            {
              severity: 'error',
              code: 'SETTING_LOCKED',
              message: 'Trang Cấu hình đang bị khoá.',
              sheet: 'Cấu hình',
              cell: 'B8',
            },
          ],
        }),
      }),
    );
    type('Số Cờ thi đua UBND tỉnh', '3');
    fireEvent.click(save());
    expect(await screen.findByText('Chưa lưu được cài đặt')).toBeTruthy();
    expect(screen.getByText('Trang Cấu hình đang bị khoá.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chọn ô Cấu hình!B8' })).toBeTruthy();
  });

  it('without a readable Cấu hình sheet says so and lists why', async () => {
    render(
      <App
        actions={fakeActions({
          readSettings: async () => ({
            settings: null,
            issues: [{ severity: 'error', code: 'SETTING_REQUIRED', message: 'Thiếu mục "Năm".', sheet: 'Cấu hình' }],
          }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'Cài đặt' }));
    expect(await screen.findByText('Chưa đọc được trang Cấu hình')).toBeTruthy();
    expect(screen.getByText('Thiếu mục "Năm".')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
