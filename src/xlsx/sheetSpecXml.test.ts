import { describe, expect, it } from 'vitest';
import type { SheetSpec } from '../grid/sheetSpec.js';
import { sheetSpecXml } from './sheetSpecXml.js';

const page = { paperSize: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 } } as const;
const spec = (rowBreaks?: readonly number[]): SheetSpec => ({
  name: 'Giao ước 2026',
  cells: [{ row: 1, col: 1, value: 'GIAO ƯỚC THI ĐUA NĂM 2026' }],
  pageSetup: { ...page, ...(rowBreaks ? { rowBreaks } : {}) },
});

describe('sheetSpecXml', () => {
  it('writes the manual page breaks after pageSetup, as the schema orders them (id = the last row of a page)', () => {
    const xml = sheetSpecXml(spec([40, 81]), null);
    expect(xml).toMatch(
      /<pageSetup [^>]*\/><rowBreaks count="2" manualBreakCount="2"><brk id="40" max="16383" man="1"\/><brk id="81" max="16383" man="1"\/><\/rowBreaks><\/worksheet>$/,
    );
  });

  it('writes no rowBreaks element without breaks', () => {
    expect(sheetSpecXml(spec(), null)).not.toContain('rowBreaks');
    expect(sheetSpecXml(spec([]), null)).not.toContain('rowBreaks');
  });
});
