/**
 * Characters a workbook could smuggle to the terminal: C0 controls but tab and newline (ESC starts colour,
 * cursor and title sequences; CR overwrites a line), DEL, C1 controls (0x9B is a one-byte CSI), and the
 * bidirectional overrides and isolates that reorder what the clerk reads (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text for the terminal: every unsafe character is shown as its escape (`\x1b`, `\u202e`) so it is seen,
 * not obeyed. Tab and newline stay.
 *
 * @example sanitizeTerminal('Sở\u001b[31m Nội vụ') // 'Sở\\x1b[31m Nội vụ'
 */
export function sanitizeTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * JSON text for the terminal: the same characters written as JSON `\u` escapes, so the output is still
 * valid JSON and parses to exactly the same values. (JSON.stringify already escapes C0; not DEL, C1 or bidi.)
 *
 * @example escapeJsonControls('{"unit":"A\u202eB"}') // '{"unit":"A\\u202eB"}'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
