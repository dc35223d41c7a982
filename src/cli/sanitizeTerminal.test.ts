import { describe, expect, it } from 'vitest';
import { escapeJsonControls, sanitizeTerminal } from './sanitizeTerminal.js';

describe('sanitizeTerminal', () => {
  it('shows ESC sequences, C0 and C1 controls, DEL and bidi overrides as escapes; keeps \\n and \\t', () => {
    expect(sanitizeTerminal('Sở\u001b[31m Nội vụ\u001b]0;pwned\u0007')).toBe('Sở\\x1b[31m Nội vụ\\x1b]0;pwned\\x07');
    expect(sanitizeTerminal('a\rb\u0000c\u007fd\u009be\u0085')).toBe('a\\x0db\\x00c\\x7fd\\x9be\\x85');
    expect(sanitizeTerminal('Ban \u202egnoT\u202c \u2066x\u2069')).toBe('Ban \\u202egnoT\\u202c \\u2066x\\u2069');
    expect(sanitizeTerminal('dòng 1\n\tdòng 2 “Cờ thi đua” ✓')).toBe('dòng 1\n\tdòng 2 “Cờ thi đua” ✓');
  });
  it('leaves no unsafe character in any input', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    // eslint-disable-next-line no-control-regex
    expect(sanitizeTerminal(all)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('escapeJsonControls', () => {
  it('keeps JSON valid and the values identical while no raw control or bidi character remains', () => {
    const value = { unit: 'A\u202eB\u0085C\u007f\u001b[2J', n: 1 };
    const text = escapeJsonControls(JSON.stringify(value));
    expect(JSON.parse(text)).toEqual(value);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
