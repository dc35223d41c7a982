// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stringsNow } from './i18n';
import { PaneShell } from './PaneShell';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('a pane whose language is English, rendered before the English words have loaded', () => {
  it('shows Vietnamese for that moment, then English once they arrive (the entries load them first)', async () => {
    localStorage.setItem('blocrank.lang', 'en');
    expect(stringsNow('en')).toBeUndefined();
    render(
      <PaneShell>
        <p>body</p>
      </PaneShell>,
    );
    expect(screen.getByRole('button', { name: /^Switch to English/ })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^Chuyển sang tiếng Việt/ })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem('blocrank.lang')).toBe('en');
  });
});
