import { expect } from 'vitest';
import { diffPackages, entryText, malformedXmlParts, rawEntries, sheetCells, sheetOutsideData, styleItems } from './packageDiff.js';

/** The checks every ranked copy passes against its input. */
export function expectFaithfulCopy(input: Uint8Array, output: Uint8Array, scoresPath: string, resultFrom: number, awardRows: readonly number[], unitRows: readonly number[]) {
  const diff = diffPackages(input, output);
  expect(diff.added).toEqual([]);
  expect(diff.removed).toEqual([]);
  expect(diff.order).toEqual(rawEntries(input).map((e) => e.name));
  const allowed = [scoresPath, 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'];
  expect(diff.changed.filter((n) => !allowed.includes(n))).toEqual([]);
  expect(malformedXmlParts(output, diff.changed)).toEqual([]);

  // The scores sheet: every element outside the cells, and every cell outside the result columns, as it was.
  const before = entryText(input, scoresPath);
  const after = entryText(output, scoresPath);
  expect(sheetOutsideData(after)).toBe(sheetOutsideData(before));
  const cellsBefore = sheetCells(before);
  const cellsAfter = sheetCells(after);
  for (const [at, xml] of cellsBefore) {
    const col = Number(at.split(':')[1]);
    if (col < resultFrom || /<(\w+:)?f[\s>/]/.test(xml)) expect(cellsAfter.get(at), at).toBe(xml);
  }
  for (const at of cellsAfter.keys()) {
    if (!cellsBefore.has(at)) expect(Number(at.split(':')[1]), at).toBeGreaterThanOrEqual(resultFrom);
  }

  // Styles: existing formats and fills are never edited, only appended to.
  const sBefore = styleItems(entryText(input, 'xl/styles.xml'));
  const sAfter = styleItems(entryText(output, 'xl/styles.xml'));
  expect(sAfter.xfs.slice(0, sBefore.xfs.length)).toEqual(sBefore.xfs);
  expect(sAfter.fills.slice(0, sBefore.fills.length)).toEqual(sBefore.fills);
  const awardFill = sAfter.fills.findIndex((f) => f.includes('FFFFF2CC'));
  const hasAwardFill = (s: number) => new RegExp(`fillId="${awardFill}"`).test(sAfter.xfs[s] ?? '');
  // Award rows' result cells carry the award fill; other rows' result cells do not; no other cell does.
  for (const [at, xml] of cellsAfter) {
    const [row, col] = at.split(':').map(Number) as [number, number];
    const s = Number(/\ss="(\d+)"/.exec(xml)?.[1] ?? 0);
    const resultCell = col >= resultFrom && unitRows.includes(row) && !/<(\w+:)?f[\s>/]/.test(xml);
    expect(hasAwardFill(s), `${at} ${xml}`).toBe(resultCell && awardRows.includes(row));
  }
  // The workbook: only fullCalcOnLoad.
  const wbBefore = entryText(input, 'xl/workbook.xml');
  const wbAfter = entryText(output, 'xl/workbook.xml');
  expect(wbAfter).toContain('fullCalcOnLoad="1"');
  expect(wbAfter.replace(/\sfullCalcOnLoad="1"/, '').replace(/<calcPr\/>/, '')).toBe(wbBefore.replace(/<calcPr\/>/, ''));
}

