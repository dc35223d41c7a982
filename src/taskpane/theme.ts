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
