// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOSSIER_PENDING, DOSSIER_VOTED, fakeActions, fakeDossier } from '../../tests/helpers/fakeActions';
import { App } from './App';
import { pageWords } from './i18n/pageWords';
import { PaneShell } from './PaneShell';
import { WorkbookView } from './WorkbookView';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const announced = () => screen.getByTestId('announcer').textContent;

async function openDossier(actions = fakeActions({ dossier: fakeDossier() })) {
  render(<App actions={actions} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Hồ sơ' }, { timeout: 5000 }));
  await screen.findByRole('heading', { name: 'Đề nghị khen thưởng năm 2018' });
  return actions;
}

const items = () =>
  within(screen.getByRole('list', { name: 'Danh sách đề nghị' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('Hồ sơ', () => {
  it('is not offered where the host has no dossier actions (the web host before it adds them)', async () => {
    render(<App actions={fakeActions()} />);
    await screen.findByRole('tab', { name: 'Xếp hạng' }, { timeout: 5000 });
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(screen.queryByRole('tab', { name: 'Hồ sơ' })).toBeNull();
  });

  it('without a Bình bầu sheet: the ranking’s proposals pending, and the button that adds the sheet', async () => {
    const actions = await openDossier();
    expect(actions.dossier!.read).toHaveBeenCalledWith({ lang: 'vi' });
    expect(screen.getByText('Sổ chưa có trang Bình bầu')).toBeTruthy();
    expect(items()).toHaveLength(7);
    expect(items()[0]).toBe('Văn phòng Tỉnh uỷCờ thi đua của Chính phủChờ bỏ phiếuHạng 1 · chưa có số phiếu');
    expect(screen.getByText('07 đề nghị theo kết quả xếp hạng, chờ bỏ phiếu kín.')).toBeTruthy();
    expect(document.querySelectorAll('[data-status="pending"]')).toHaveLength(7);
  });

  it('Thêm trang Bình bầu: adds the sheet, says Hoàn tác does not remove it, shows the vote, announces', async () => {
    const actions = await openDossier();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm trang Bình bầu' }));
    expect(
      await screen.findByText(
        'Đã thêm trang “Bình bầu” với các đơn vị được đề nghị. Nhập số phiếu đồng ý vào các ô còn trống. Nút Hoàn tác không gỡ trang này; nếu không dùng, hãy xóa trang.',
      ),
    ).toBeTruthy();
    expect(actions.dossier!.addBallotSheet).toHaveBeenCalledWith({ lang: 'vi' });
    await waitFor(() => expect(actions.dossier!.read).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(announced()).toBe('Đã thêm trang “Bình bầu” với các đơn vị được đề nghị. Nhập số phiếu đồng ý vào các ô còn trống.'));
    expect(screen.queryByRole('button', { name: 'Thêm trang Bình bầu' })).toBeNull();
  });

  it('on the web page: the sheet goes into the copy, whose counts are typed in a spreadsheet program', async () => {
    const actions = fakeActions({ dossier: fakeDossier() });
    render(
      <PaneShell page words={pageWords}>
        <WorkbookView actions={actions} />
      </PaneShell>,
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'Hồ sơ' }, { timeout: 5000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm trang Bình bầu' }));
    const said =
      'Đã thêm trang “Bình bầu” vào bản sao, với các đơn vị được đề nghị. Tải bản sao về, nhập số phiếu đồng ý vào các ô còn trống (bằng Excel hoặc LibreOffice), lưu lại rồi mở tệp đó ở đây. Muốn bỏ trang này, hãy mở lại tệp gốc.';
    expect(await screen.findByText(said)).toBeTruthy();
    await waitFor(() => expect(announced()).toBe(said));
  });

  it('after the vote: status badges, votes and approval, the threshold, ballot issues that select their cell', async () => {
    const actions = await openDossier(fakeActions({ dossier: fakeDossier({ read: async () => DOSSIER_VOTED }) }));
    expect(items()[1]).toBe('Ban Tổ chức Tỉnh uỷCờ thi đua của UBND tỉnhĐạtHạng 2 · 8/9 phiếu, 88,9\u00a0%');
    expect(items()[5]).toBe('Ban Nội chính Tỉnh uỷBằng khen của Chủ tịch UBND tỉnhKhông đạtHạng 5 · 6/9 phiếu, 66,7\u00a0%');
    expect(items()[6]).toBe('Trường Chính trị tỉnhBằng khen của Chủ tịch UBND tỉnhChờ bỏ phiếuHạng 7 · chưa có số phiếu');
    expect(screen.getByText('05 đề nghị đạt, 01 không đạt, 01 chờ bỏ phiếu.')).toBeTruthy();
    expect(
      screen.getByText(
        'Số phiếu đọc từ trang “Bình bầu”. Tỷ lệ phiếu tối thiểu 80 % của 9 thành viên bỏ phiếu (theo quy định của Khối).',
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Sổ chưa có trang Bình bầu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ô Bình bầu!G8' }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith('Bình bầu', 'G8'));
  });

  it('downloads each document under the CLI’s file name and announces it', async () => {
    const createObjectURL = vi.fn(() => 'blob:dossier');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const actions = await openDossier(fakeActions({ dossier: fakeDossier({ read: async () => DOSSIER_VOTED }) }));
    const docs = screen.getByRole('list', { name: 'Văn bản của hồ sơ' });
    expect(within(docs).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Biên bản họp bình xét thi đua',
      'Tờ trình đề nghị khen thưởng',
      'Báo cáo thành tích: Văn phòng Tỉnh uỷ',
      'Báo cáo thành tích: Ban Tổ chức Tỉnh uỷ',
    ]);
    fireEvent.click(within(docs).getByRole('button', { name: 'Biên bản họp bình xét thi đua' }));
    expect(await screen.findByText('Đã tải “bien-ban-binh-xet-2018.docx” về máy.')).toBeTruthy();
    expect(actions.dossier!.documentDocx).toHaveBeenCalledWith({ lang: 'vi', fileName: 'bien-ban-binh-xet-2018.docx' });
    fireEvent.click(within(docs).getByRole('button', { name: 'Báo cáo thành tích: Ban Tổ chức Tỉnh uỷ' }));
    await screen.findByText('Đã tải “bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx” về máy.');
    expect(clicks).toEqual(['bien-ban-binh-xet-2018.docx', 'bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx']);
    await waitFor(() => expect(announced()).toBe('Đã tải “bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx” về máy.'));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('reads again when the clerk types a count in Bình bầu while the tab is shown', async () => {
    let voted = false;
    const actions = await openDossier(
      fakeActions({ dossier: fakeDossier({ read: async () => (voted ? DOSSIER_VOTED : { ...DOSSIER_PENDING, ballotSheet: 'Bình bầu' }) }) }),
    );
    // The workbook view watches too; the tab adds its own watcher while shown.
    await waitFor(() => expect(actions.watchers.size).toBe(2));
    voted = true;
    act(() => [...actions.watchers].forEach((w) => w({ sheet: 'Bình bầu', address: 'E3' })));
    expect(await screen.findByText('05 đề nghị đạt, 01 không đạt, 01 chờ bỏ phiếu.', undefined, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => expect(announced()).toBe('05 đề nghị đạt, 01 không đạt, 01 chờ bỏ phiếu.'));
    // Leaving the tab stops its watcher.
    fireEvent.click(screen.getByRole('tab', { name: 'Xếp hạng' }));
    await waitFor(() => expect(actions.watchers.size).toBe(1));
  });

  it('with data errors: says the dossier cannot be drawn up and lists the errors by cell', async () => {
    render(
      <App
        actions={fakeActions({
          dossier: fakeDossier({
            read: async () => ({
              ...DOSSIER_PENDING,
              ok: false,
              proposals: [],
              documents: [],
              issues: [
                {
                  severity: 'error',
                  code: 'BALLOT_VOTES_ABOVE_VOTERS',
                  message: 'Số phiếu 12 lớn hơn số thành viên bỏ phiếu (9).',
                  sheet: 'Bình bầu',
                  cell: 'E2',
                },
              ],
            }),
          }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'Hồ sơ' }, { timeout: 5000 }));
    expect(await screen.findByText('Chưa lập được hồ sơ')).toBeTruthy();
    expect(screen.getByText('Số phiếu 12 lớn hơn số thành viên bỏ phiếu (9).')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Văn bản của hồ sơ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm trang Bình bầu' })).toBeNull();
  });

  it('in English: the tab, the badges and the votes in the pane’s language', async () => {
    localStorage.setItem('blocrank.lang', 'en');
    render(<App actions={fakeActions({ dossier: fakeDossier({ read: async () => DOSSIER_VOTED }) })} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Dossier' }, { timeout: 5000 }));
    await screen.findByRole('heading', { name: 'Award proposals 2018' });
    const list = within(screen.getByRole('list', { name: 'Proposals' })).getAllByRole('listitem');
    expect(list[1]!.textContent).toBe('Ban Tổ chức Tỉnh uỷProvincial emulation flagPassedRank 2 · 8/9 votes, 88.9\u00a0%');
    expect(screen.getByRole('button', { name: 'Minutes of the review meeting' })).toBeTruthy();
  });
});
