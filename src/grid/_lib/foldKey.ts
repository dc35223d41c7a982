import { foldText } from '../../core/foldText.js';

/** Precomposed Latin letters (Vietnamese ones included) → their folded form, built once from `foldText`. */
const TABLE = new Map<string, string>();
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
]) {
  for (let cp = from!; cp <= to!; cp++) {
    const ch = String.fromCharCode(cp);
    const folded = foldText(ch);
    if (folded.length === 1 && folded.charCodeAt(0) < 0x80) TABLE.set(ch, folded);
  }
}
const PLAIN = /^[\x21-\x7e]*$/;

/**
 * The same key as `foldText`, fast: one pass over the characters with a table for precomposed letters,
 * falling back to `foldText` for anything else (combining marks, other scripts, unusual spaces). Used
 * for the duplicate-name check on every unit row.
 */
export function foldKey(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0x20) {
      space = out.length > 0;
      continue;
    }
    let folded: string | undefined;
    if (code < 0x80) {
      if (!PLAIN.test(ch)) return foldText(text);
      folded = ch.toLowerCase();
    } else {
      folded = TABLE.get(ch);
      if (folded === undefined) return foldText(text);
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += folded;
  }
  return out;
}
