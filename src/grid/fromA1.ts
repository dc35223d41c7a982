const A1 = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;

/**
 * The 1-based row and column of an A1 reference (`$` anchors and lower case allowed), or `null` when
 * the text is not a single-cell reference.
 *
 * @example fromA1('AA10') // { row: 10, col: 27 }
 * @example fromA1('$c$5') // { row: 5, col: 3 }
 */
export function fromA1(ref: string): { readonly row: number; readonly col: number } | null {
  const m = A1.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
