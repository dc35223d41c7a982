// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeActions } from '../../tests/helpers/fakeActions';
import type { IssueView } from '../excel/actions';
import { pageWords } from './i18n/pageWords';
import { PaneShell } from './PaneShell';
import { WebPage, type PageActions, type PageHost, type PageWorkbook } from './WebPage';
import { WorkbookView } from './WorkbookView';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Page actions over the pane's fakes, with a workbook that changes when `rank` runs. */
function pageActions(name: string): PageActions & { readonly listeners: Set<(b: PageWorkbook) => void> } {
  const listeners = new Set<(b: PageWorkbook) => void>();
  let book: PageWorkbook = { name, bytes: new Uint8Array([1]), changed: false, macroEnabled: false };
  const base = fakeActions();
  const rank = base.rank;
  return Object.assign(base, {
    listeners,
    current: () => book,
    subscribe: (l: (b: PageWorkbook) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    rank: vi.fn(async (o: Parameters<typeof rank>[0]) => {
      const outcome = await rank(o);
      book = { ...book, bytes: new Uint8Array([1, 2]), changed: true };
      for (const l of listeners) l(book);
      return outcome;
    }),
  });
}

function host(open: PageHost['open']): PageHost {
  return {
    open: vi.fn(open),
    template: vi.fn(async () => new Uint8Array([9])),
    downloadName: (b) => `${b.name.replace(/\.xlsx$/, '')}.ranked.xlsx`,
  };
}

function renderPage(h: PageHost) {
  render(
    <PaneShell page words={pageWords}>
      <WebPage host={h} view={Promise.resolve(WorkbookView)} />
    </PaneShell>,
  );
}

const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

describe('BlocRank trên trình duyệt (WebPage)', () => {
  it('says the file stays on the computer and that the page works offline, in Vietnamese then English', async () => {
    renderPage(host(async () => ({ actions: null, issues: [] })));
    expect(screen.getByRole('heading', { name: 'BlocRank trên trình duyệt' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Tệp không rời khỏi máy tính');
    expect(screen.getByRole('note').textContent).toContain('không có mạng');
    fireEvent.click(screen.getByRole('button', { name: /Switch to English/ }));
    expect(await screen.findByRole('heading', { name: 'BlocRank in the browser' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Your file never leaves this computer');
  });

  it('a dropped workbook opens the pane sections; the download appears once the workbook changed', async () => {
    const actions = pageActions('khoi.xlsx');
    const h = host(async () => ({ actions, issues: [] }));
    renderPage(h);
    const zone = screen.getByText('hoặc kéo thả tệp vào đây').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [file('khoi.xlsx')] } });
    expect(await screen.findByText('Đang mở: khoi.xlsx')).toBeTruthy();
    expect(h.open).toHaveBeenCalledWith(expect.objectContaining({ name: 'khoi.xlsx' }), 'vi');
    expect(screen.getByText('Chưa có thay đổi nào để tải về.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải bản đã cập nhật' })).toBeNull();
    // Detected once, while opening: the sections show with the file's name, no second detection.
    expect(actions.detect).toHaveBeenCalledTimes(1);
    const rank = await screen.findByRole('button', { name: 'Xếp hạng' });
    fireEvent.click(rank);
    const download = await screen.findByRole('button', { name: 'Tải bản đã cập nhật' });
    // The page's words: the cells went into the copy; a cell address is text (no sheet to select here).
    expect(await screen.findByText('Đã ghi 55 ô vào trang Chấm điểm của bản sao.')).toBeTruthy();
    const issueList = document.querySelector('li[data-severity]')!;
    expect(issueList.querySelector('button')).toBeNull();
    expect(issueList.querySelector('span[title]')?.getAttribute('title')).toMatch(/^.+!\$?[A-Z]+\$?\d+$/);
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => undefined }));
    fireEvent.click(download);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]!.size).toBe(2);
  });

  it('a refused file shows its issues and no workbook', async () => {
    const issues: IssueView[] = [{ severity: 'error', code: 'FILE_KIND_REFUSED', message: 'Tệp "diem.csv" là tệp CSV.' }];
    renderPage(host(async () => ({ actions: null, issues })));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-label')).toBe('Chọn tệp sổ chấm điểm của Khối');
    expect(input.accept).toContain('.xlsx');
    fireEvent.change(input, { target: { files: [file('diem.csv')] } });
    expect(await screen.findByText('Không mở được tệp')).toBeTruthy();
    expect(screen.getByText('Tệp "diem.csv" là tệp CSV.')).toBeTruthy();
    expect(screen.queryByText(/Đang mở:/)).toBeNull();
  });

  it('a file chosen while another opens is opened next, the last one chosen', async () => {
    let release: () => void = () => undefined;
    const opened: string[] = [];
    const h = host(async (f) => {
      opened.push(f.name);
      if (f.name === 'a.xlsx') await new Promise<void>((r) => (release = r));
      return { actions: pageActions(f.name), issues: [] };
    });
    renderPage(h);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [file('a.xlsx')] } });
    fireEvent.change(input, { target: { files: [file('b.xlsx')] } });
    fireEvent.change(input, { target: { files: [file('c.xlsx')] } });
    expect(opened).toEqual(['a.xlsx']);
    release();
    expect(await screen.findByText('Đang mở: c.xlsx')).toBeTruthy();
    expect(opened).toEqual(['a.xlsx', 'c.xlsx']);
  });

  it("the page's own failure while opening is said, not swallowed", async () => {
    renderPage(
      host(async () => {
        throw new Error('Failed to fetch dynamically imported module');
      }),
    );
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [file('khoi.xlsx')] } });
    expect(
      await screen.findByText(
        'Trang web gặp lỗi khi mở tệp (Failed to fetch dynamically imported module). Hãy tải lại trang rồi mở tệp lần nữa.',
      ),
    ).toBeTruthy();
  });

  it('a view given its detection shows the sections at once and never detects again, even in StrictMode', async () => {
    const actions = pageActions('khoi.xlsx');
    const initial = await actions.detect({ lang: 'vi' });
    vi.mocked(actions.detect).mockClear();
    render(
      <StrictMode>
        <PaneShell page words={pageWords}>
          <WorkbookView actions={actions} initial={initial} />
        </PaneShell>
      </StrictMode>,
    );
    expect(screen.getByRole('tab', { name: 'Xếp hạng' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(actions.detect).not.toHaveBeenCalled();
  });

  it('sections whose code failed to load are said, not a ring that turns for ever', async () => {
    const failed = Promise.reject(new Error('Failed to fetch dynamically imported module'));
    failed.catch(() => undefined);
    render(
      <PaneShell page words={pageWords}>
        <WebPage host={host(async (f) => ({ actions: pageActions(f.name), issues: [] }))} view={failed} />
      </PaneShell>,
    );
    fireEvent.change(document.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [file('khoi.xlsx')] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trang web gặp lỗi khi mở tệp (Failed to fetch dynamically imported module). Hãy tải lại trang rồi mở tệp lần nữa.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
