// @vitest-environment jsdom
/**
 * Issue 13 in the pane, with fake actions: stale results after an edit or a settings save (one click to
 * rank again), results read back on open, badges, the announcer, the header refreshed from the action's
 * own read, undo kept in the document or only for the session, the ribbon command, Office's display
 * language at first open, live theme changes, Enter never saving settings.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStrings } from './i18n';
import type { RankOutcome, WorkbookState } from '../excel/actions';
import { BLOC_STATE, fakeActions, RANKED, rankRows, SETTINGS } from '../../tests/helpers/fakeActions';
import { App } from './App';
import { LANG_KEY, loadLang } from './langStore';
import { needsReading, rankFromRibbon } from './ribbon';
import { watchOfficeTheme, THEME_POLL_MS } from './theme';

// English is a chunk of its own, loaded before the first render by the entry (langLazy.test.tsx covers the load).
beforeAll(() => loadStrings('en'));

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openBloc(actions = fakeActions()) {
  render(<App actions={actions} />);
  await screen.findByRole('tab', { name: 'Xếp hạng' }, { timeout: 5000 });
  return actions;
}

const announced = () => screen.getByTestId('announcer').textContent;

describe('stale and fresh', () => {
  it('an edit of the bloc sheets marks the results stale; one click ranks again', async () => {
    const actions = await openBloc();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    await screen.findByRole('table', undefined, { timeout: 5000 });
    await waitFor(() => expect(announced()).toBe('Đã xếp hạng 11 đơn vị; 55 ô thay đổi.'));
    expect(screen.queryByText('Kết quả đã cũ')).toBeNull();

    await waitFor(() => expect(actions.watchers.size).toBe(1));
    act(() => [...actions.watchers].forEach((w) => w({ sheet: 'Chấm điểm', address: 'D5' })));
    expect(await screen.findByText('Kết quả đã cũ', undefined, { timeout: 5000 })).toBeTruthy();
    // The old results stay on screen under the notice.
    expect(screen.getByRole('table')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng lại' }));
    await waitFor(() => expect(actions.rank).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText('Kết quả đã cũ')).toBeNull());
  });

  it('a settings save marks the results stale and refreshes the header from the save’s own read', async () => {
    const after: WorkbookState = { ...BLOC_STATE, units: 12 };
    const actions = await openBloc(
      fakeActions({ writeSettings: async () => ({ ok: true, issues: [], state: after }) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    await screen.findByRole('table', undefined, { timeout: 5000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    const flags = await screen.findByRole('textbox', { name: 'Số Cờ thi đua UBND tỉnh' }, { timeout: 5000 });
    fireEvent.change(flags, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào trang Cấu hình' }));
    await waitFor(() => expect(actions.writeSettings).toHaveBeenCalledTimes(1));
    await screen.findByText('Khối các cơ quan Đảng tỉnh · năm 2018 · 12 đơn vị');
    fireEvent.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    expect(await screen.findByText('Kết quả đã cũ', undefined, { timeout: 5000 })).toBeTruthy();
    // Only the open: the header was not read again.
    expect(actions.detect).toHaveBeenCalledTimes(1);
  });

  it('reopening a ranked workbook shows the results read back from the result columns', async () => {
    const actions = fakeActions({ detect: async () => ({ ...BLOC_STATE, stored: { fresh: true, rows: rankRows() } }) });
    await openBloc(actions);
    const table = await screen.findByRole('table', { name: 'Kết quả xếp hạng' }, { timeout: 5000 });
    expect(within(table).getAllByRole('row')).toHaveLength(12);
    expect(screen.getByText(/Kết quả đọc từ các cột kết quả/)).toBeTruthy();
    expect(actions.rank).not.toHaveBeenCalled();
  });

  it('stored results that no longer match the data open as stale', async () => {
    await openBloc(
      fakeActions({ detect: async () => ({ ...BLOC_STATE, stored: { fresh: false, rows: rankRows() } }) }),
    );
    expect(await screen.findByText('Kết quả đã cũ', undefined, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByRole('table', undefined, { timeout: 5000 })).toBeTruthy();
  });
});

describe('badges and issues', () => {
  it('shows discipline, to-be-confirmed and outside-the-number badges', async () => {
    await openBloc();
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const table = await screen.findByRole('table', undefined, { timeout: 5000 });
    const row = (unit: string) => within(table).getByRole('button', { name: unit }).closest('tr')!;
    expect(row('Báo Bắc Ninh').textContent).toContain('không đề nghị: kỷ luật');
    expect(row('Uỷ ban Kiểm tra Tỉnh uỷ').textContent).toContain('cần xác nhận');
    expect(row('Đảng uỷ Khối các cơ quan tỉnh').textContent).toContain('ngoài số lượng đề nghị');
    expect(row('Văn phòng Tỉnh uỷ').querySelectorAll('[data-mark]')).toHaveLength(0);
  });

  it('announces data errors', async () => {
    await openBloc(
      fakeActions({
        rank: async () => ({
          status: 'errors',
          issues: [{ severity: 'error', code: 'SCORE_BLANK', message: 'Ô trống.', sheet: 'Chấm điểm', cell: 'C4' }],
        }),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    await waitFor(() => expect(announced()).toBe('Chưa xếp hạng: dữ liệu có 1 lỗi.'));
  });
});

describe('undo', () => {
  it('says when the undo is kept in the workbook, and when it lasts only while the pane is open', async () => {
    const session = { ...RANKED, undoKeep: 'session' } as RankOutcome;
    const actions = await openBloc(fakeActions({ rank: async () => session, canUndo: () => true }));
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText(/chỉ hoàn tác được khi ngăn tác vụ còn mở/)).toBeTruthy();
    actions.rank.mockResolvedValueOnce(RANKED);
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText('Có thể hoàn tác cả sau khi đóng và mở lại ngăn tác vụ.')).toBeTruthy();
  });
});

describe('the ribbon’s Xếp hạng button', () => {
  it('ranks straight away, shows the result in an open pane, and opens the pane only for errors or ties', async () => {
    const actions = await openBloc();
    const showPane = vi.fn(async () => undefined);
    const completed = vi.fn();
    const handler = rankFromRibbon({ actions, lang: () => 'vi', showPane });
    await act(async () => handler({ completed }));
    expect(actions.rank).toHaveBeenCalledWith({ lang: 'vi' });
    expect(completed).toHaveBeenCalledTimes(1);
    // The fake bloc has a tied pair: the clerk must read it.
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('table', undefined, { timeout: 5000 })).toBeTruthy();

    const quiet = {
      ...RANKED,
      summary: { ...RANKED.summary, ties: 0 },
      rows: RANKED.rows.map((r) => ({ ...r, tied: false })),
    };
    expect(needsReading(quiet)).toBe(false);
    expect(needsReading({ status: 'errors', issues: [] })).toBe(true);
    actions.rank.mockResolvedValueOnce(quiet);
    await act(async () => handler({ completed }));
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(2);
  });
});

describe('Office-native', () => {
  it('starts in Office’s display language the first time, then remembers the clerk’s choice', () => {
    expect(loadLang(localStorage, 'en-US')).toBe('en');
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(loadLang(localStorage, 'vi-VN')).toBe('en');
    localStorage.clear();
    expect(loadLang(localStorage, 'vi-VN')).toBe('vi');
    localStorage.clear();
    render(<App actions={fakeActions()} officeLang={() => 'en-GB'} />);
    expect(screen.getByRole('button', { name: /chuyển giao diện sang tiếng Việt|Vietnamese/i })).toBeTruthy();
  });

  it('follows a live theme change, by Office’s event or by reading the theme colour', () => {
    vi.useFakeTimers();
    let background = '#FFFFFF';
    let fire: () => void = () => undefined;
    const seen: boolean[] = [];
    const stop = watchOfficeTheme({ background: () => background, addHandler: (h) => (fire = h) }, (d) => seen.push(d));
    background = '#262626';
    fire();
    expect(seen).toEqual([true]);
    background = '#FFFFFF';
    vi.advanceTimersByTime(THEME_POLL_MS);
    expect(seen).toEqual([true, false]);
    stop();
    background = '#262626';
    vi.advanceTimersByTime(THEME_POLL_MS * 2);
    expect(seen).toEqual([true, false]);
  });

  it('the pane re-themes when told', async () => {
    let set: (dark: boolean) => void = () => undefined;
    render(<App actions={fakeActions()} watchTheme={(cb) => ((set = cb), () => undefined)} />);
    const provider = document.querySelector('.fui-FluentProvider') as HTMLElement;
    const before = getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1');
    act(() => set(true));
    await waitFor(() =>
      expect(
        getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1'),
      ).not.toBe(before),
    );
  });
});

describe('settings', () => {
  it('Enter in a field or on a switch never saves; only the Save button does', async () => {
    const actions = await openBloc();
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    const flags = await screen.findByRole('textbox', { name: 'Số Cờ thi đua UBND tỉnh' }, { timeout: 5000 });
    fireEvent.change(flags, { target: { value: '3' } });
    fireEvent.keyDown(flags, { key: 'Enter' });
    fireEvent.submit(flags.closest('form')!);
    const nominate = screen.getByRole('switch', { name: 'Đề nghị Cờ thi đua Chính phủ' });
    fireEvent.keyDown(nominate, { key: 'Enter' });
    fireEvent.submit(nominate.closest('form')!);
    expect(actions.writeSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào trang Cấu hình' }));
    await waitFor(() => expect(actions.writeSettings).toHaveBeenCalledTimes(1));
  });

  it('a language switch does not make the form think it has changes', async () => {
    await openBloc(
      fakeActions({
        readSettings: async () => ({
          settings: {
            ...SETTINGS,
            provincialFlags: 2,
            certificates: 4,
            nominateGovernmentFlag: true,
            governmentFlagWithProvincial: true,
            tieBreak: 'Nhóm A; Điểm trừ',
            bands: { excellent: 92.5, good: 70, complete: 50 },
            leaderSelection: 'rotate',
          },
          issues: [],
        }),
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    await screen.findByRole('textbox', { name: 'Số Cờ thi đua UBND tỉnh' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: /^Switch to English/ }));
    const reset = await screen.findByRole('button', { name: 'Discard changes' });
    expect(reset.hasAttribute('disabled')).toBe(true);
  });
});
