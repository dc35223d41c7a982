// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadStrings } from './i18n';
import { fakeActions } from '../../tests/helpers/fakeActions';
import { App } from './App';
import { LANG_KEY } from './langStore';

// English is a chunk of its own, loaded before the first render by the entry (langLazy.test.tsx covers the load).
beforeAll(() => loadStrings('en'));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('language', () => {
  it('is Vietnamese by default; English is switchable, remembered, and passed to the actions', async () => {
    const actions = fakeActions();
    const { unmount } = render(<App actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Switch to English/ }));
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Rank' }));
    expect(actions.rank).toHaveBeenCalledWith({ lang: 'en' });
    expect(
      await screen.findByText(
        /^Ranked 11 units: 1 Government flag \(nomination\), 2 provincial flags, 4 certificates of merit; 1 tied group\.$/,
      ),
    ).toBeTruthy();
    // English numbers: a decimal point.
    expect(await screen.findByText('97.5')).toBeTruthy();
    unmount();

    render(<App actions={fakeActions()} />);
    expect(await screen.findByRole('tab', { name: 'Settings' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Chuyển sang tiếng Việt/ }));
    expect(localStorage.getItem(LANG_KEY)).toBe('vi');
    expect(screen.getByRole('tab', { name: 'Cài đặt' })).toBeTruthy();
  });

  it('works where the host has no usable storage', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access denied', 'SecurityError');
      },
    });
    try {
      render(<App actions={fakeActions()} />);
      fireEvent.click(await screen.findByRole('button', { name: /^Switch to English/ }));
      expect(await screen.findByRole('tab', { name: 'Rank' })).toBeTruthy();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
