/** An allowance per queued command for what Office.js sends besides its arguments (object paths, ids). */
export const COMMAND_BYTES = 256;

/**
 * The size of a value as JSON in UTF-8 bytes, counted without building the string (Vietnamese text is
 * 1–3 bytes a character). Used to keep each request and response under the host's payload limit.
 *
 * @example jsonSize([['Sở Nội vụ', 9.5]]) // 22
 */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return textSize(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (Array.isArray(value)) {
    let n = 1 + value.length;
    for (const v of value) n += jsonSize(v);
    return n;
  }
  if (typeof value === 'object') {
    let n = 1;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += textSize(k) + 2 + jsonSize(v);
    return n + 1;
  }
  return 4;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 16);

/** Bytes of a JSON string literal: its UTF-8 length (encoded natively) plus quotes and escapes. */
function textSize(text: string): number {
  if (text.length * 3 > scratch.length) scratch = new Uint8Array(text.length * 3);
  let n = 2 + encoder.encodeInto(text, scratch).written;
  // Quotes, backslashes and control characters are escaped; they are rare in cell text.
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) n++;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
