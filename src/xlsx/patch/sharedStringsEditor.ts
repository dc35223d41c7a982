import { escapeCellText, decodeEntities, decodeOoxmlEscapes } from '../xml/xmlText.js';

/**
 * Appends strings to a shared strings part: a string already held as plain text is reused (so a second
 * run appends nothing); a new one is appended at the end, existing items are never edited.
 * `uniqueCount` follows the items; `count` (references, an optimisation hint) is raised only when it would
 * fall below them, so running again leaves the part as it was.
 *
 * @example const sst = new SharedStringsEditor(xml); sst.indexOf('Xuất sắc'); sst.toString()
 */
export class SharedStringsEditor {
  private readonly known = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly total: number;
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    this.prefix = /<(\w+:)?sst\b/.exec(xml)?.[1] ?? '';
    const p = this.prefix;
    const re = new RegExp(`<${p}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}si>)`, 'g');
    const plain = new RegExp(`^<${p}t(?:\\s[^>]*)?>([^<]*)</${p}t>$|^<${p}t(?:\\s[^>]*)?/>$`);
    let i = 0;
    for (const m of xml.matchAll(re)) {
      const t = plain.exec(m[1] ?? '<t/>');
      if (t) {
        const text = decodeOoxmlEscapes(decodeEntities(t[1] ?? ''));
        if (!this.known.has(text)) this.known.set(text, i);
      }
      i++;
    }
    this.total = i;
  }

  indexOf(text: string): number {
    const found = this.known.get(text);
    if (found !== undefined) return found;
    const index = this.total + this.added.length;
    this.added.push(text);
    this.known.set(text, index);
    return index;
  }

  toString(): string {
    if (this.added.length === 0) return this.xml;
    const p = this.prefix;
    const items = this.added.map((t) => `<${p}si><${p}t xml:space="preserve">${escapeCellText(t)}</${p}t></${p}si>`).join('');
    const unique = this.total + this.added.length;
    const open = new RegExp(`<${p}sst\\b([^>]*?)(/?)>`).exec(this.xml)!;
    let attrs = open[1]!;
    attrs = /\suniqueCount="/.test(attrs) ? attrs.replace(/\suniqueCount="[^"]*"/, ` uniqueCount="${unique}"`) : attrs;
    const count = /\scount="(\d+)"/.exec(attrs);
    if (count && Number(count[1]) < unique) attrs = attrs.replace(/\scount="\d+"/, ` count="${unique}"`);
    const head = this.xml.slice(0, open.index) + `<${p}sst${attrs}>`;
    if (open[2] === '/') return head + items + `</${p}sst>` + this.xml.slice(open.index + open[0].length);
    const close = this.xml.lastIndexOf(`</${p}sst>`);
    return head + this.xml.slice(open.index + open[0].length, close) + items + this.xml.slice(close);
  }
}
