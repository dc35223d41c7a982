// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringsNow } from './i18n';
import { PaneShell } from './PaneShell';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the English words, a chunk of their own', () => {
  it('are not loaded until asked for; the switch waits for them, then shows English', async () => {
    expect(stringsNow('vi')?.rank.run).toBe('Xếp hạng');
    expect(stringsNow('en')).toBeUndefined();
    render(
      <PaneShell>
        <p>body</p>
      </PaneShell>,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Switch to English/ }));
    expect(await screen.findByRole('button', { name: /^Chuyển sang tiếng Việt/ })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(stringsNow('en')?.rank.run).toBe('Rank');
    expect(localStorage.getItem('blocrank.lang')).toBe('en');
  });
});
