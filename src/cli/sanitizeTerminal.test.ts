import fc from 'fast-check';
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

describe('property: any text from a workbook', () => {
  // Strings drawn from the whole BMP plus the characters that matter, so controls and bidi marks are frequent.
  const risky = fc.oneof(fc.constantFrom('\u001b', '\u009b', '\u0085', '\r', '\u0000', '\u007f', '\u202e', '\u2066', '\u2069', '\n', '\t'), fc.string({ unit: 'grapheme', maxLength: 3 }));
  const text = fc.array(risky, { maxLength: 40 }).map((parts) => parts.join(''));
  it('reaches the terminal with no unsafe character, keeping every other character in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = sanitizeTerminal(t);
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        // eslint-disable-next-line no-control-regex
        expect(out.replace(/\\x[0-9a-f]{2}|\\u(?:202[a-e]|206[6-9])/g, '')).toBe(t.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\\x[0-9a-f]{2}|\\u(?:202[a-e]|206[6-9])/g, ''));
      }),
    );
  });
  it('in JSON: still valid, the same value, no unsafe character', () => {
    fc.assert(
      fc.property(text, (t) => {
        const json = escapeJsonControls(JSON.stringify({ unit: t }));
        expect(JSON.parse(json)).toEqual({ unit: t });
        // eslint-disable-next-line no-control-regex
        expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});
