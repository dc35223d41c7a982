/**
 * The A1 reference of a cell from its 1-based row and column.
 *
 * @example toA1(5, 3) // 'C5'
 * @example toA1(1, 27) // 'AA1'
 * @throws RangeError when row or column is not a positive whole number (a programming error, never user data).
 */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
    throw new RangeError(`toA1: row and column must be positive whole numbers (got ${row}, ${col})`);
  }
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters + row;
}
