// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeActions, PLEDGE } from '../../tests/helpers/fakeActions';
import { App } from './App';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openPledge(actions = fakeActions()) {
  render(<App actions={actions} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Giao ước' }));
  await screen.findByRole('heading', { name: 'Giao ước thi đua năm 2019' });
  return actions;
}

describe('Giao ước năm N+1', () => {
  it('previews the next leader, deputy, signing order and commitments', async () => {
    const actions = await openPledge();
    expect(actions.previewPledge).toHaveBeenCalledWith({ lang: 'vi' });
    const section = screen.getByRole('region', { name: 'Giao ước thi đua năm 2019' });
    expect(within(section).getByText('Khối trưởng').nextElementSibling?.textContent).toBe('Ban Tổ chức Tỉnh uỷ');
    expect(within(section).getByText('Khối phó').nextElementSibling?.textContent).toBe('Uỷ ban Kiểm tra Tỉnh uỷ');
    const lists = within(section).getAllByRole('list');
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(PLEDGE.signatories.length);
    expect(
      within(lists[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(PLEDGE.commitments);
  });

  it('writes the pledge sheet without replacing anything', async () => {
    const actions = await openPledge();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi trang Giao ước' }));
    expect(await screen.findByText('Đã ghi trang “Giao ước 2019” (khổ A4, sẵn sàng in).')).toBeTruthy();
    expect(actions.writePledgeSheet).toHaveBeenCalledWith({ lang: 'vi', replace: false });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before replacing an existing sheet, and Hủy writes nothing', async () => {
    const actions = await openPledge(fakeActions({ previewPledge: async () => ({ ...PLEDGE, sheetExists: true }) }));
    expect(screen.getByText('Sổ đã có trang “Giao ước 2019”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ghi trang Giao ước' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Thay trang đã có?' });
    expect(dialog.textContent).toContain('Ghi lại sẽ thay toàn bộ nội dung trang đó');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(actions.writePledgeSheet).not.toHaveBeenCalled();
  });

  it('replaces the existing sheet once the clerk confirms', async () => {
    const actions = await openPledge(fakeActions({ previewPledge: async () => ({ ...PLEDGE, sheetExists: true }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi trang Giao ước' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Thay trang đã có?' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Thay trang' }));
    await waitFor(() => expect(actions.writePledgeSheet).toHaveBeenCalledWith({ lang: 'vi', replace: true }));
    expect(actions.writePledgeSheet).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Đã ghi trang “Giao ước 2019”/)).toBeTruthy();
  });

  it('downloads the .docx through a Blob URL and an anchor', async () => {
    const createObjectURL = vi.fn(() => 'blob:pledge');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const actions = await openPledge();
    fireEvent.click(screen.getByRole('button', { name: 'Tải .docx' }));
    expect(await screen.findByText('Đã tải “Giao-uoc-2019.docx” về máy.')).toBeTruthy();
    expect(actions.pledgeDocx).toHaveBeenCalledWith({ lang: 'vi' });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('Giao-uoc-2019.docx');
    expect(clicks[0]!.href).toBe('blob:pledge');
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    click.mockRestore();
  });

  it('says so where the host cannot download', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: undefined }));
    await openPledge();
    fireEvent.click(screen.getByRole('button', { name: 'Tải .docx' }));
    expect(await screen.findByText(/Office trên máy này không cho tải tệp từ ngăn tác vụ/)).toBeTruthy();
  });

  it('shows why the pledge cannot be drafted', async () => {
    render(
      <App
        actions={fakeActions({
          previewPledge: async () => ({
            ...PLEDGE,
            ok: false,
            leader: null,
            issues: [
              { severity: 'error', code: 'NO_NEXT_LEADER', message: 'Chưa xác định được khối trưởng năm 2019.' },
            ],
          }),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('tab', { name: 'Giao ước' }));
    expect(await screen.findByText('Chưa soạn được giao ước')).toBeTruthy();
    expect(screen.getByText('Chưa xác định được khối trưởng năm 2019.')).toBeTruthy();
    // Disabled but still focusable (focus is never lost while a write runs).
    expect(screen.getByRole('button', { name: 'Ghi trang Giao ước' }).getAttribute('aria-disabled')).toBe('true');
  });
});
