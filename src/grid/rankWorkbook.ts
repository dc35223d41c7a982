import { createExplainer } from '../core/createExplainer.js';
import { hasErrors, type Issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { rankBloc } from '../core/rankBloc.js';
import type { BlocResult } from '../core/result.js';
import { rotateLeaders } from '../core/rotateLeaders.js';
import { mergeIssues } from './mergeIssues.js';
import { readBloc, type BlocBook, type ReadBlocOptions } from './readBloc.js';
import { compareFormulaResults } from './compareFormulaResults.js';
import { resultWrites } from './resultWrites.js';
import type { CellWrite, WorkbookGrid } from './types.js';

export interface RankWorkbookOptions extends ReadBlocOptions {
  /**
   * The clerk's language for messages and for `explain`; default: the workbook's language. The cells
   * written (`writes`) are always in the workbook's language.
   */
  readonly lang?: Lang;
}

export interface RankedWorkbook {
  /** What was read, or null when the workbook cannot be read as a bloc at all. */
  readonly book: BlocBook | null;
  /** The ranking, or null with any data error. */
  readonly result: BlocResult | null;
  /** Every issue of the read and of the engine, each with its sheet and cell, grid issues first. */
  readonly issues: readonly Issue[];
  /** The result cells to write: empty whenever there is an error, so nothing is written then. */
  readonly writes: readonly CellWrite[];
  /** The language explanations and messages are in. */
  readonly lang: Lang;
  /** Explains one unit in `lang` (empty text without a result). */
  readonly explain: (index: number) => string;
}

/**
 * One ranking run over a workbook's grids — the pipeline shared by the CLI and the task pane:
 * read the bloc, rank it, locate every issue, and (only when there is no error) the cells to write.
 * Leader and deputy problems of the next year's rotation are warnings here (the pledge makes them errors).
 *
 * @example
 * const run = rankWorkbook(grid, { lang: 'en' });
 * if (run.writes.length > 0) applyWrites(workbook, run.writes);
 */
export function rankWorkbook(grid: WorkbookGrid, options: RankWorkbookOptions = {}): RankedWorkbook {
  const read = readBloc(grid, options);
  const book = read.value;
  if (!book) {
    return { book: null, result: null, issues: read.issues, writes: [], lang: options.lang ?? 'vi', explain: () => '' };
  }
  const lang = options.lang ?? book.layout.lang;
  const ranked = rankBloc(book.input, { lang });
  const rotation = ranked.value ? rotateLeaders(book.input, ranked.value, { severity: 'warning' }).issues : [];
  const issues = mergeIssues(read.issues, [...ranked.issues, ...rotation], book.layout);
  if (!ranked.value || hasErrors(issues)) return { book, result: null, issues, writes: [], lang, explain: () => '' };
  const explain = createExplainer(ranked.value, lang);
  // Cells belong to the workbook: they are written in its language, whatever the clerk reads messages in.
  const cellLang = book.layout.lang;
  const cellExplain = cellLang === lang ? explain : createExplainer(ranked.value, cellLang);
  const cellOptions = { lang: cellLang, explain: cellExplain };
  const writes = resultWrites(book.layout, ranked.value, cellOptions);
  // The clerk's formulas in result cells stay; where their value differs from ours, say so.
  const differs = compareFormulaResults(book.layout, ranked.value, cellOptions);
  return { book, result: ranked.value, issues: [...issues, ...differs], writes, lang, explain };
}
