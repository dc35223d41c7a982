import { issue, type Issue } from '../core/issue.js';
import { formatIssue } from '../core/messages.js';
import { ArgumentError, isErrorCell, type ExcelErrorCode, type ResultCell } from './args.js';
import { functionsLanguage } from './language.js';

// The boundary between the pure logic and Excel: error cells and misused arguments become
// `CustomFunctions.Error` values (CustomFunctionsRuntime 1.2) carrying the message in the functions'
// language. The `CustomFunctions` global exists only inside Excel (and in tests, as a stub), so it is read
// only when a function runs.

function excelError(code: ExcelErrorCode, found: Issue): CustomFunctions.Error {
  const errorCode = code === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(errorCode, formatIssue(found, functionsLanguage()));
}

/**
 * A result matrix as Excel takes it: error cells become `CustomFunctions.Error` objects (only in their
 * cells of a spilled result). Converts in place (the logic's results are fresh arrays) and returns the same
 * matrix, so a 100k-row spill is not copied.
 *
 * @example toExcelMatrix([[1], [errorCell('#VALUE!', 'FN_CELL_BLANK', params)]]) // [[1], [CustomFunctions.Error]]
 */
export function toExcelMatrix(cells: ResultCell[][]): unknown[][] {
  for (const row of cells) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'object' && isErrorCell(cell))
        (row as unknown[])[c] = excelError(cell.excelError, cell.issue);
    }
  }
  return cells;
}

/**
 * Runs a function's logic so that nothing but a `CustomFunctions.Error` ever leaves it: a misused argument
 * (`ArgumentError`) becomes its Excel error with its message; any other exception (a bug) becomes
 * `#VALUE!` saying so, rather than a bare JavaScript error.
 *
 * @example runFunction(() => toExcelMatrix(rankValues(values, range, [])))
 */
export function runFunction<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof ArgumentError) throw excelError(err.excelError, err.issue);
    if (typeof CustomFunctions !== 'undefined' && err instanceof CustomFunctions.Error) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw excelError('#VALUE!', issue('error', 'FN_INTERNAL', { reason }));
  }
}
