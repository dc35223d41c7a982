/**
 * A cell reference `AB12` as 1-based column and row (`$` signs allowed); null when it is not one.
 *
 * @example parseCellRef('XFD1048576') // { col: 16384, row: 1048576 }
 */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  while (i < n) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  while (i < n) {
    const c = ref.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    row = row * 10 + c;
    i++;
  }
  if (col === 0 || col > 16384 || i === start || row < 1 || row > 1048576) return null;
  return { col, row };
}

/** Only the column of a reference such as `AB12` (0 when there are no letters). */
export function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c === (36 | 0x20)) continue;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}
