import { formatIssue } from '../../src/core/messages.js';
import { ArgumentError, isErrorCell, type ResultCell } from '../../src/functions/args.js';

/** The message of a result cell that must be an error (a `#VALUE!`/`#N/A` cell of a function). */
export function errorMessage(cell: ResultCell | undefined, lang: 'en' | 'vi' = 'en'): string {
  if (!isErrorCell(cell)) throw new Error(`not an error cell: ${JSON.stringify(cell)}`);
  return formatIssue(cell.issue, lang);
}

/** The message of the argument error `f` must throw (misuse of a whole argument). */
export function thrownMessage(f: () => unknown, lang: 'en' | 'vi' = 'en'): string {
  try {
    f();
  } catch (err) {
    if (err instanceof ArgumentError) return formatIssue(err.issue, lang);
    throw err;
  }
  throw new Error('did not throw');
}
