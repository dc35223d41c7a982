/**
 * Fluent's dark theme, in a chunk of its own: most clerks work in a light Office, so its tokens are not
 * part of the pane's initial JavaScript. Loaded before the first render when Office is dark, and on demand
 * when Office switches to dark while the pane is open.
 */
import type { Theme } from '@fluentui/react-components';

let loaded: Theme | null = null;

/** The dark theme once loaded (null before). */
export const darkThemeNow = (): Theme | null => loaded;

export async function loadDarkTheme(): Promise<Theme> {
  if (loaded) return loaded;
  const { webDarkTheme } = await import('./darkThemeTokens.js');
  loaded = webDarkTheme;
  return loaded;
}
