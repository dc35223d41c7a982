// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutsideExcel } from './OutsideExcel';
import { PaneShell } from './PaneShell';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('opened outside Excel', () => {
  it('explains what BlocRank is and how to sideload it, without links to follow', () => {
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
    expect(document.querySelectorAll('a[href]')).toHaveLength(0);
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
