import { foldText } from '../core/foldText.js';
import type { CellValue } from './types.js';

interface CodeMatcher {
  /** Folded codes with their index, longest first so `A1.1` wins over `A1`. */
  readonly codes: ReadonlyArray<readonly [string, number]>;
}

const matchers = new WeakMap<readonly string[], CodeMatcher>();

const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;

function compile(codes: readonly string[]): CodeMatcher {
  const folded: Array<readonly [string, number]> = [];
  codes.forEach((code, index) => {
    const key = foldText(code);
    if (key) folded.push([key, index]);
  });
  folded.sort((a, b) => b[0].length - a[0].length);
  return { codes: folded };
}

/** The code ends where the header ends or at a separator: not a letter or digit, nor `.`/`,` before a digit. */
function endsCode(header: string, at: number): boolean {
  if (at === header.length) return true;
  const ch = header[at]!;
  if (ALNUM.test(ch)) return false;
  if ((ch === '.' || ch === ',') && DIGIT.test(header[at + 1] ?? '')) return false;
  return true;
}

/**
 * The index in `codes` of the criterion a scores-sheet header names, or -1. The header is the code
 * itself or the code followed by a description: `A1`, `A1 - Hoàn thành chỉ tiêu`, `A1. xyz` and
 * `a1 (30 điểm)` all name `A1`; `A10` and `A1.5` do not. Case, diacritics and spacing are ignored;
 * the longest matching code wins. `codes` is compiled once per array (keep the array).
 *
 * @example matchCriterionHeader('A1 (30 điểm)', ['A1', 'A10']) // 0
 * @example matchCriterionHeader('A10', ['A1', 'A10']) // 1
 * @example matchCriterionHeader('A1.5', ['A1']) // -1
 */
export function matchCriterionHeader(value: CellValue | undefined, codes: readonly string[]): number {
  let header: string;
  if (typeof value === 'string') header = foldText(value);
  else if (typeof value === 'number' && Number.isFinite(value)) header = String(value);
  else return -1;
  if (!header) return -1;
  let matcher = matchers.get(codes);
  if (!matcher) {
    matcher = compile(codes);
    matchers.set(codes, matcher);
  }
  for (const [code, index] of matcher.codes) {
    if (header.startsWith(code) && endsCode(header, code.length)) return index;
  }
  return -1;
}
