import type { Issue } from '../core/issue.js';
import { locateIssue } from './locateIssue.js';
import type { BlocLayout } from './types.js';

/**
 * Combines what `readBloc` reported with what the engine reported on the same input: engine issues get
 * their sheet and cell (`locateIssue`), and an engine issue is dropped where the grid already reported
 * an error at that cell (an unreadable cell reaches the engine as blank, and one message per cell is
 * enough) or reported the same code at the same place. Grid issues come first, each list in its order.
 *
 * @example mergeIssues(read.issues, result.issues, read.value.layout)
 */
export function mergeIssues(gridIssues: readonly Issue[], engineIssues: readonly Issue[], layout: BlocLayout): Issue[] {
  const errorCells = new Set<string>();
  const seen = new Set<string>();
  for (const i of gridIssues) {
    if (i.cell && i.severity === 'error') errorCells.add(`${i.sheet}!${i.cell}`);
    seen.add(`${i.code}|${i.sheet ?? ''}!${i.cell ?? ''}`);
  }
  const merged: Issue[] = [...gridIssues];
  for (const raw of engineIssues) {
    const i = locateIssue(raw, layout);
    if (i.cell && errorCells.has(`${i.sheet}!${i.cell}`)) continue;
    if (seen.has(`${i.code}|${i.sheet ?? ''}!${i.cell ?? ''}`)) continue;
    merged.push(i);
  }
  return merged;
}
