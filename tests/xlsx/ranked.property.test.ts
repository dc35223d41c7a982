import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankWorkbook } from '../../src/grid/rankWorkbook.js';
import { patchSheetXml } from '../../src/xlsx/patch/patchSheetXml.js';
import { readXlsx } from '../../src/xlsx/readXlsx.js';
import { writeRankedCopy } from '../../src/xlsx/writeRankedCopy.js';
import { expectFaithfulCopy } from '../helpers/faithfulCopy.js';
import { sheetCells } from '../helpers/packageDiff.js';
import { excelLikeBook } from './excelLikeBook.js';

const MAXIMA = [40, 20, 20, 20, 10, 5];
const scoresArb = fc.array(fc.tuple(...MAXIMA.map((max) => fc.integer({ min: 0, max: max * 2 }).map((h) => h / 2))), { minLength: 1, maxLength: 9 });

describe('random workbooks, ranked, unzipped and compared', () => {
  it('every ranked copy is the input with only the result cells changed, and ranking it again changes nothing', () => {
    fc.assert(
      fc.property(scoresArb, fc.boolean(), fc.boolean(), (scores, macro, wholeColumn) => {
        const input = excelLikeBook({ units: scores.length, scores, macro, wholeColumnValidation: wholeColumn });
        const opened = readXlsx(input, { path: 'p.xlsx' });
        expect(opened.issues).toEqual([]);
        const run = rankWorkbook(opened.value!.grid);
        expect(run.result).not.toBeNull();
        const out = writeRankedCopy(opened.value!, run.writes).value!;
        const layout = run.book!.layout;
        const awardRows = run.result!.units.filter((u) => u.awards.length > 0).map((u) => layout.unitRows[u.index]!);
        expectFaithfulCopy(input, out, 'xl/worksheets/sheet3.xml', 11, awardRows, layout.unitRows);
        const again = readXlsx(out, { path: 'q.xlsx' }).value!;
        expect(Buffer.from(writeRankedCopy(again, rankWorkbook(again.grid).writes).value!).equals(Buffer.from(out))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

/** A row of cells: each with or without r=, a format, maybe a formula. */
const cellArb = fc.record({ col: fc.integer({ min: 1, max: 12 }), withRef: fc.boolean(), s: fc.integer({ min: 0, max: 3 }), formula: fc.boolean() });
const sheetArb = fc.array(
  fc.record({ row: fc.integer({ min: 1, max: 15 }), withRef: fc.boolean(), cells: fc.uniqueArray(cellArb, { selector: (c) => c.col, maxLength: 6 }) }),
  { maxLength: 8 },
).map((rows) => {
  // Rows and cells in order; an r-less one must sit right after its predecessor, so give it r= otherwise.
  const byRow = new Map(rows.map((r) => [r.row, r]));
  let prevRow = 0;
  return [...byRow.values()]
    .sort((a, b) => a.row - b.row)
    .map((r) => {
      const rowRef = r.withRef || r.row !== prevRow + 1;
      prevRow = r.row;
      let prevCol = 0;
      const cells = [...r.cells].sort((a, b) => a.col - b.col).map((c) => {
        const ref = c.withRef || c.col !== prevCol + 1;
        prevCol = c.col;
        return { ...c, withRef: ref };
      });
      return { ...r, withRef: rowRef, cells };
    });
});
const letter = (c: number) => String.fromCharCode(64 + c);

describe('patchSheetXml on random rows and cells', () => {
  it('writes every target not holding a formula, and leaves every other cell as written', () => {
    fc.assert(
      fc.property(sheetArb, fc.uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 16 }), col: fc.integer({ min: 1, max: 13 }) }), { selector: (t) => `${t.row}:${t.col}`, maxLength: 10 }), (rows, targets) => {
        const xml =
          '<worksheet><sheetData>' +
          rows
            .map(
              (r) =>
                `<row${r.withRef ? ` r="${r.row}"` : ''}>` +
                r.cells.map((c) => `<c${c.withRef ? ` r="${letter(c.col)}${r.row}"` : ''}${c.s ? ` s="${c.s}"` : ''}>${c.formula ? '<f>1+1</f>' : ''}<v>${r.row * 100 + c.col}</v></c>`).join('') +
                '</row>',
            )
            .join('') +
          '</sheetData></worksheet>';
        const out = patchSheetXml(xml, targets, (t) => `<c r="${letter(t.col)}${t.row}" t="inlineStr"><is><t>new</t></is></c>`);
        const before = sheetCells(xml);
        const after = sheetCells(out);
        const isTarget = new Set(targets.map((t) => `${t.row}:${t.col}`));
        for (const [at, cell] of before) {
          const bare = (c: string | undefined) => c?.replace(/ r="[A-Z]+\d+"/, '');
          if (!isTarget.has(at) || cell.includes('<f>')) expect(bare(after.get(at)), at).toBe(bare(cell));
        }
        for (const at of isTarget) {
          if (!before.get(at)?.includes('<f>')) expect(after.get(at), at).toContain('<t>new</t>');
        }
        expect(after.size).toBe(new Set([...before.keys(), ...isTarget]).size);
      }),
      { numRuns: 300 },
    );
  });
});
