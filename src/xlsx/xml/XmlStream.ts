import { decodeEntities } from './xmlText.js';

/** Attributes of an element by local name (`r:id` → `id`), values decoded. */
export type XmlAttrs = Readonly<Record<string, string>>;

export interface XmlHandler {
  /** An element starts (local name, prefix dropped); `selfClosing` when written `<x/>`. */
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close?(name: string): void;
  /** Text and CDATA, decoded; called only while `capturing()` is true (other text is skipped unread). */
  text?(text: string): void;
  capturing?(): boolean;
}

/** Thrown for input that is not well-formed enough to read, or a single token larger than the cap. */
export class XmlReadError extends Error {}

export interface XmlStreamOptions {
  /** Longest run of unfinished input kept between chunks (one tag or one text run), in characters. */
  readonly maxPending?: number;
}

const LT = 60;
const GT = 62;
const DQ = 34;
const SQ = 39;

/**
 * A small streaming XML tokenizer for the parts of a spreadsheet package: chunks in, element events out,
 * memory bounded by the longest single token. Text is decoded only while the handler captures it, so a
 * worksheet padded with megabytes of whitespace, or full of elements nobody reads, costs a scan and nothing
 * more. No DTD processing (entities other than the five predefined ones are never expanded).
 *
 * Chosen over saxes (both measured in bench/xlsx.ts): as fast on a real worksheet, and it jumps over text
 * nobody captures with indexOf where saxes walks it character by character (64 MB of padding: milliseconds
 * against more than a second), so a part padded to its cap is scanned quickly.
 *
 * @example
 * const s = new XmlStream({ open: (n, a) => n === 'sheet' && names.push(a.name!) });
 * s.write('<workbook><sheets><sheet name="A"/></sheets></workbook>'); s.end();
 */
export class XmlStream {
  private buf = '';
  private readonly maxPending: number;

  constructor(
    private readonly handler: XmlHandler,
    options: XmlStreamOptions = {},
  ) {
    this.maxPending = options.maxPending ?? 64 * 1024 * 1024;
  }

  write(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    const used = this.consume(false);
    this.buf = used === this.buf.length ? '' : this.buf.slice(used);
    if (this.buf.length > this.maxPending) throw new XmlReadError(`an XML token longer than ${this.maxPending} characters`);
  }

  end(): void {
    this.consume(true);
    this.buf = '';
  }

  /** Processes complete tokens; returns how many characters were used. */
  private consume(final: boolean): number {
    const buf = this.buf;
    const h = this.handler;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        if (!final && h.capturing?.()) return pos; // keep the text run until its end is seen
        if (h.capturing?.() && h.text) h.text(decodeEntities(buf.slice(pos)));
        return n;
      }
      if (lt > pos && h.text && h.capturing?.()) h.text(decodeEntities(buf.slice(pos, lt)));
      if (lt + 1 >= n) return lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const e = buf.indexOf('-->', lt + 4);
          if (e < 0) return final ? n : lt;
          pos = e + 3;
        } else if (buf.startsWith('<![CDATA[', lt)) {
          const e = buf.indexOf(']]>', lt + 9);
          if (e < 0) return final ? n : lt;
          if (h.text && h.capturing?.()) h.text(buf.slice(lt + 9, e));
          pos = e + 3;
        } else {
          // <!DOCTYPE …>, possibly with an internal subset in brackets: skipped, never expanded.
          const bracket = buf.indexOf('[', lt);
          const gt = buf.indexOf('>', lt);
          if (gt < 0) return final ? n : lt;
          if (bracket >= 0 && bracket < gt) {
            const e = buf.indexOf(']>', bracket);
            if (e < 0) return final ? n : lt;
            pos = e + 2;
          } else pos = gt + 1;
        }
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = buf.indexOf('?>', lt + 2);
        if (e < 0) return final ? n : lt;
        pos = e + 2;
        continue;
      }
      const gt = tagEnd(buf, lt + 1);
      if (gt < 0) {
        if (final) throw new XmlReadError('an unfinished tag at the end of the part');
        return lt;
      }
      if (c1 === 47 /* / */) {
        h.close?.(localName(buf.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        const body = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
        let nameEnd = 0;
        while (nameEnd < body.length && !isSpace(body.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(body.slice(0, nameEnd));
        h.open(name, nameEnd < body.length ? parseAttrs(body, nameEnd) : NO_ATTRS, selfClosing);
        if (selfClosing) h.close?.(name);
      }
      pos = gt + 1;
    }
    return pos;
  }
}

const NO_ATTRS: XmlAttrs = Object.freeze({});

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values; -1 if not yet seen. */
function tagEnd(buf: string, from: number): number {
  let i = from;
  const n = buf.length;
  while (i < n) {
    const c = buf.charCodeAt(i);
    if (c === GT) return i;
    if (c === DQ || c === SQ) {
      const e = buf.indexOf(c === DQ ? '"' : "'", i + 1);
      if (e < 0) return -1;
      i = e + 1;
      continue;
    }
    if (c === LT) throw new XmlReadError('a "<" inside a tag');
    i++;
  }
  return -1;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a tag body from `from` on, by local name, values with entities decoded. */
export function parseAttrs(body: string, from = 0): XmlAttrs {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(body)) !== null) {
    const q = m[1]!;
    // xmlns declarations are not attributes of the document's content.
    if (q === 'xmlns' || q.startsWith('xmlns:')) continue;
    attrs[localName(q)] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}
