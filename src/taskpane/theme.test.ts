import { describe, expect, it } from 'vitest';
import { isDarkColor } from './theme';

describe('Office theme', () => {
  it('tells the dark Office themes from the light ones by the body background', () => {
    // Office's Black, Dark Gray, Colorful and White themes.
    expect(isDarkColor('#000000')).toBe(true);
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#444444')).toBe(true);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor('#ffffff')).toBe(false);
  });

  it('treats a missing or odd colour as light', () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor('')).toBe(false);
    expect(isDarkColor('black')).toBe(false);
  });
});
