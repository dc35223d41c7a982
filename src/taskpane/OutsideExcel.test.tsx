// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadStrings } from './i18n';
import { OutsideExcel } from './OutsideExcel';
import { PaneShell } from './PaneShell';

// English is a chunk of its own, loaded before the first render by the entry (langLazy.test.tsx covers the load).
beforeAll(() => loadStrings('en'));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('opened outside Excel', () => {
  it('explains what BlocRank is and how to sideload it; the only link is the help page shipped with it', () => {
    render(
      <PaneShell>
        <OutsideExcel />
      </PaneShell>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'BlocRank' })).toBeTruthy();
    expect(screen.getByText(/chỉ chạy bên trong Excel/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cách cài vào Excel' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getAllByText(/manifest\.xml/).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins')).toBeTruthy();
    // The brand bar's help link stays on the add-in's own origin: no outside request.
    const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['./support.html']);
    expect(screen.getByText('Phiên bản 0.1.0')).toBeTruthy();
    expect(screen.queryByText('Không tải được Office.js')).toBeNull();
  });

  it('with Office.js blocked, says what to ask IT for', () => {
    render(
      <PaneShell>
        <OutsideExcel blocked />
      </PaneShell>,
    );
    expect(screen.getByText('Không tải được Office.js')).toBeTruthy();
    expect(screen.getByText(/https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/)).toBeTruthy();
    expect(screen.getByText(/đề nghị bộ phận CNTT/)).toBeTruthy();
  });

  it('switches to English too', () => {
    render(
      <PaneShell dark>
        <OutsideExcel />
      </PaneShell>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Switch to English/ }));
    expect(screen.getByRole('heading', { name: 'How to install it in Excel' })).toBeTruthy();
  });
});
