/**
 * Whether an Office theme colour (`#RRGGBB`, as in Office.context.officeTheme.bodyBackgroundColor) is dark:
 * relative luminance below the midpoint. Unknown or malformed colours count as light.
 *
 * @example isDarkColor('#262626') // true
 */
export function isDarkColor(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!m) return false;
  const channel = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
  return luminance < 0.18;
}

/** What `watchOfficeTheme` needs of Office (so tests pass a fake). */
export interface OfficeThemeSource {
  /** `Office.context.officeTheme.bodyBackgroundColor`, read afresh each time. */
  readonly background: () => string | undefined;
  /** `Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, …)` where the host has it. */
  readonly addHandler?: (handler: () => void) => void;
}

/** How often the theme colour is checked where Office raises no theme event (no request: a property read). */
export const THEME_POLL_MS = 2000;

/**
 * Calls `onChange(dark)` when Office's theme turns dark or light while the pane is open: on Office's
 * theme event where the host raises one, else by reading `officeTheme` every `THEME_POLL_MS`.
 * Returns a function that stops watching.
 *
 * @example const stop = watchOfficeTheme(officeThemeSource(), (dark) => setDark(dark));
 */
export function watchOfficeTheme(source: OfficeThemeSource, onChange: (dark: boolean) => void): () => void {
  let dark = isDarkColor(source.background());
  const check = () => {
    const now = isDarkColor(source.background());
    if (now !== dark) {
      dark = now;
      onChange(now);
    }
  };
  try {
    source.addHandler?.(check);
  } catch {
    // The host has no theme event: the poll below notices the change.
  }
  const timer = setInterval(check, THEME_POLL_MS);
  return () => clearInterval(timer);
}

/** Office's theme as a source for `watchOfficeTheme` (null outside Office). */
export function officeThemeSource(): OfficeThemeSource | null {
  if (typeof Office === 'undefined') return null;
  return {
    background: () => {
      try {
        return Office.context?.officeTheme?.bodyBackgroundColor;
      } catch {
        return undefined;
      }
    },
    addHandler: (handler) => {
      const type = (Office.EventType as unknown as Record<string, string> | undefined)?.OfficeThemeChanged;
      const document = Office.context?.document as unknown as
        { addHandlerAsync?: (type: string, h: () => void, cb?: (r: unknown) => void) => void } | undefined;
      if (type && document?.addHandlerAsync) document.addHandlerAsync(type, handler, () => undefined);
    },
  };
}
