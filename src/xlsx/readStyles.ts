import { numberFormatKind, type FormatKind } from './numberFormatKind.js';
import { XmlStream } from './xml/XmlStream.js';

/** What reading cells needs from the styles part: per cell format (`s` index), dates and percentages. */
export interface CellFormats {
  readonly kinds: readonly FormatKind[];
}

/**
 * Reads `numFmts` and `cellXfs` from styles.xml text chunks; every other part of the styles is skipped.
 *
 * @example readCellFormats((push) => push(stylesXml)).kinds[3] // 'date'
 */
export function readCellFormats(feed: (write: (text: string) => void) => void): CellFormats {
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  const stream = new XmlStream({
    // XmlStream reports a self-closing element as open + close, so depth stays balanced.
    open(name, attrs) {
      if (name === 'numFmt') codes.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (inCellXfs) {
        if (name === 'xf' && depth === 0) xfFormats.push(Number(attrs.numFmtId ?? 0));
        depth++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (inCellXfs && depth > 0) depth--;
    },
  });
  feed((t) => stream.write(t));
  stream.end();
  return { kinds: xfFormats.map((id) => numberFormatKind(id, codes.get(id))) };
}
