import { inflateText } from './zip/inflateEntry.js';
import type { ZipDirectory } from './zip/readZip.js';
import { XmlStream, type XmlAttrs } from './xml/XmlStream.js';

/** Feeds a part's text to a writer, streamed (for the readers that take `feed`). */
export function feedPart(zip: ZipDirectory, path: string, cap?: number): (write: (text: string) => void) => void {
  return (write) => inflateText(zip, zip.byName.get(path)!, write, cap);
}

/** Every element of a part with its attributes, in order (for the small parts: rels, content types, workbook). */
export function partElements(zip: ZipDirectory, path: string, wanted: ReadonlySet<string>): { name: string; attrs: XmlAttrs }[] {
  const found: { name: string; attrs: XmlAttrs }[] = [];
  const stream = new XmlStream({ open: (name, attrs) => wanted.has(name) && found.push({ name, attrs }) });
  inflateText(zip, zip.byName.get(path)!, (t) => stream.write(t));
  stream.end();
  return found;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved to a zip entry name (no leading slash), unless external. */
  readonly target: string;
  readonly external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships of a part (empty when it has none). */
export function readRelationships(zip: ZipDirectory, part: string): Relationship[] {
  const path = relsPathOf(part);
  if (!zip.byName.has(path)) return [];
  return partElements(zip, path, new Set(['Relationship'])).map(({ attrs }) => {
    const external = attrs.TargetMode === 'External';
    const target = attrs.Target ?? '';
    return { id: attrs.Id ?? '', type: attrs.Type ?? '', target: external ? target : resolveTarget(part, target), external };
  });
}
