import { decodeOoxmlEscapes } from './xml/xmlText.js';
import { XmlStream } from './xml/XmlStream.js';

/**
 * Reads the shared strings part: each `<si>` as its plain text — a `<t>`, or the runs of rich text
 * joined — without phonetic guides (`<rPh>`).
 *
 * @example readSharedStrings((w) => w('<sst><si><r><t>Ban </t></r><r><t>Tổ chức</t></r></si></sst>')) // ['Ban Tổ chức']
 */
export function readSharedStrings(feed: (write: (text: string) => void) => void): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  const stream = new XmlStream({
    capturing: () => inT && phonetic === 0,
    text(t) {
      current = (current ?? '') + t;
    },
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== null) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push(decodeOoxmlEscapes(current ?? ''));
        current = null;
      }
    },
  });
  feed((t) => stream.write(t));
  stream.end();
  return strings;
}
