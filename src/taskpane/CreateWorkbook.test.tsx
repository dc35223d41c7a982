// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookState } from '../excel/actions';
import { fakeActions } from '../../tests/helpers/fakeActions';
import { App } from './App';
import { pageWords } from './i18n/pageWords';
import { PaneShell } from './PaneShell';
import { WorkbookView } from './WorkbookView';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const NOT_BLOC: WorkbookState = { kind: 'notBloc', conflicts: [], missing: [] };
const BLOC: WorkbookState = {
  kind: 'bloc',
  lang: 'en',
  bloc: 'Khối thi đua mới',
  year: 2026,
  units: 12,
  checklist: { year: true, bloc: true, units: true, scores: false, blankScores: 96 },
  stored: null,
};

describe('Start: a workbook that is not a bloc workbook', () => {
  it('explains and creates the sheets with the units and language chosen', async () => {
    const detect = vi.fn<() => Promise<WorkbookState>>().mockResolvedValueOnce(NOT_BLOC).mockResolvedValue(BLOC);
    const actions = fakeActions({ detect });
    render(<App actions={actions} />);
    expect(
      await screen.findByRole('heading', { name: 'Sổ này chưa phải sổ chấm điểm của khối' }, { timeout: 5000 }),
    ).toBeTruthy();
    const units = screen.getByRole<HTMLInputElement>('textbox', { name: 'Số đơn vị thành viên' });
    expect(units.value).toBe('10');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Tiếng Việt' }).checked).toBe(true);
    fireEvent.change(units, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Anh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ chấm điểm' }));
    await waitFor(() =>
      expect(actions.createWorkbook).toHaveBeenCalledWith({ lang: 'en', units: 12, year: new Date().getFullYear() }),
    );
    expect(await screen.findByText(/Đã tạo sổ chấm điểm/)).toBeTruthy();
    expect(screen.getByText('Khối thi đua mới · năm 2026 · 12 đơn vị')).toBeTruthy();
    // The first-run checklist names what is still missing, all at once.
    const checklist = screen.getByRole('list', { name: 'Chuẩn bị xếp hạng' });
    expect(checklist.textContent).toContain('Điểm chấm của từng đơn vị (còn 96 ô trống) — còn thiếu');
    expect(checklist.textContent).toContain('Năm chấm điểm (trang Cấu hình) — đã xong');
    expect(screen.getByRole('tab', { name: 'Xếp hạng' })).toBeTruthy();
    expect(actions.detect).toHaveBeenCalledTimes(2);
  });

  it('names the conflicting sheets and creates nothing', async () => {
    const detect = vi
      .fn<() => Promise<WorkbookState>>()
      .mockResolvedValueOnce({ kind: 'notBloc', conflicts: ['Cấu hình', 'Chấm điểm'], missing: [] })
      .mockResolvedValue(NOT_BLOC);
    const actions = fakeActions({ detect });
    render(<App actions={actions} />);
    expect(await screen.findByText('Đã có trang trùng tên')).toBeTruthy();
    expect(
      screen.getByText(/Sổ đã có trang “Cấu hình”, “Chấm điểm”\. BlocRank không ghi đè trang có sẵn/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo sổ chấm điểm' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(screen.queryByText('Đã có trang trùng tên')).toBeNull());
    expect(screen.getByRole('button', { name: 'Tạo sổ chấm điểm' }).hasAttribute('disabled')).toBe(false);
    expect(actions.createWorkbook).not.toHaveBeenCalled();
  });

  it('validates the number of units inline', async () => {
    render(<App actions={fakeActions({ detect: async () => NOT_BLOC })} />);
    const units = await screen.findByRole('textbox', { name: 'Số đơn vị thành viên' });
    fireEvent.change(units, { target: { value: '0' } });
    expect(screen.getByText('Nhập số nguyên từ 1 đến 10.000.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo sổ chấm điểm' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the issues of a refused creation', async () => {
    render(
      <App
        actions={fakeActions({
          detect: async () => NOT_BLOC,
          createWorkbook: async () => ({
            ok: false,
            issues: [{ severity: 'error', code: 'SHEET_EXISTS', message: 'Trang "Tiêu chí" đã có trong sổ.' }],
          }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo sổ chấm điểm' }));
    expect(await screen.findByText('Chưa tạo được sổ chấm điểm')).toBeTruthy();
    expect(screen.getByText('Trang "Tiêu chí" đã có trong sổ.')).toBeTruthy();
  });

  it('a failed detection is shown with a way to try again', async () => {
    const detect = vi
      .fn<() => Promise<WorkbookState>>()
      .mockRejectedValueOnce(new Error('Excel đang bận.'))
      .mockResolvedValue(BLOC);
    render(<App actions={fakeActions({ detect })} />);
    expect(await screen.findByText('Excel đang bận.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('tab', { name: 'Xếp hạng' })).toBeTruthy();
  });

  it('Mở ví dụ adds the example bloc in the sheet language chosen, then shows the bloc', async () => {
    const detect = vi.fn<() => Promise<WorkbookState>>().mockResolvedValueOnce(NOT_BLOC).mockResolvedValue(BLOC);
    const actions = fakeActions({ detect });
    render(<App actions={actions} />);
    await screen.findByRole('heading', { name: 'Sổ này chưa phải sổ chấm điểm của khối' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Anh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mở ví dụ' }));
    await waitFor(() => expect(actions.openExample).toHaveBeenCalledWith({ lang: 'vi', sheetLang: 'en' }));
    expect(await screen.findByRole('tab', { name: 'Xếp hạng' })).toBeTruthy();
    expect(actions.createWorkbook).not.toHaveBeenCalled();
  });

  it('on the web page: sheets in the way are renamed in the file, which is opened again (no "check again")', async () => {
    render(
      <PaneShell page words={pageWords}>
        <WorkbookView actions={fakeActions({ detect: async () => ({ kind: 'notBloc', conflicts: ['Cấu hình'], missing: [] }) })} />
      </PaneShell>,
    );
    expect(
      await screen.findByText(
        'Sổ đã có trang “Cấu hình”. BlocRank không ghi đè trang có sẵn: hãy đổi tên các trang đó trong tệp (bằng Excel hoặc LibreOffice), lưu lại rồi mở lại tệp ở đây.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kiểm tra lại' })).toBeNull();
  });
});
