/** The fill BlocRank gives the result cells of award rows (light yellow, as in the task pane). */
export const AWARD_FILL_XML = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>';

import type { CellStyle } from '../../grid/sheetSpec.js';

/** Number formats Excel knows by id (ECMA-376 §18.8.30): written by id, never added. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function fillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(sides: ReadonlyArray<'top' | 'bottom' | 'left' | 'right'>): string {
  const side = (name: string) => (sides.includes(name as 'top') ? `<${name} style="thin"><color rgb="FF000000"/></${name}>` : `<${name}/>`);
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

interface Section {
  readonly items: string[];
  readonly prefix: string;
}

/**
 * Appends cell formats to a styles part without touching an existing one: a result cell that needs another
 * look gets a clone of its own format (`<xf>`) with only the fill or the alignment changed, found again
 * (not appended twice) when an identical one exists, so a second run writes the same bytes. The only
 * other addition is one `<fill>`. Everything else of the part is kept as written.
 *
 * @example const s = new StylesEditor(xml); const award = s.withAwardFill(s.baseOf(3)); s.toString()
 */
export class StylesEditor {
  private readonly xfs: Section;
  private readonly fills: Section;
  private readonly addedXfs: string[] = [];
  private readonly addedFills: string[] = [];
  private readonly fonts: Section;
  private readonly borders: Section;
  private readonly numFmts: Section;
  private readonly added: Record<'fonts' | 'borders' | 'numFmts', string[]> = { fonts: [], borders: [], numFmts: [] };
  private awardFillId: number | null;
  /** Every fill that looks like the award fill (an earlier BlocRank copy may hold its own). */
  private readonly awardFills = new Set<number>();

  constructor(private readonly xml: string) {
    this.xfs = section(xml, 'cellXfs', 'xf');
    this.fills = section(xml, 'fills', 'fill');
    this.fonts = section(xml, 'fonts', 'font');
    this.borders = section(xml, 'borders', 'border');
    this.numFmts = section(xml, 'numFmts', 'numFmt');
    this.fills.items.forEach((f, i) => isAwardFill(f) && this.awardFills.add(i));
    const exact = this.fills.items.findIndex((f) => normalizeFill(f) === normalizeFill(AWARD_FILL_XML));
    this.awardFillId = exact >= 0 ? exact : null;
  }

  get changed(): boolean {
    return this.addedXfs.length > 0 || this.addedFills.length > 0 || Object.values(this.added).some((a) => a.length > 0);
  }

  /** The part has the sections a patch appends to (a minimal writer may leave them out). */
  get patchable(): boolean {
    return this.xfs.items.length > 0 && this.fills.items.length > 0;
  }

  private allXfs(): string[] {
    return this.addedXfs.length === 0 ? this.xfs.items : [...this.xfs.items, ...this.addedXfs];
  }

  private xf(index: number): string {
    const all = this.allXfs();
    return all[index] ?? all[0]!;
  }

  /** The index of `xf`, appended when no identical format exists. */
  private indexOf(xf: string): number {
    const all = this.allXfs();
    const found = all.indexOf(xf);
    if (found >= 0) return found;
    this.addedXfs.push(xf);
    return all.length;
  }

  private awardFill(): number {
    if (this.awardFillId === null) {
      this.awardFillId = this.fills.items.length + this.addedFills.length;
      const p = this.fills.prefix;
      this.addedFills.push(p ? AWARD_FILL_XML.replace(/<(\/?)(\w)/g, `<$1${p}:$2`) : AWARD_FILL_XML);
      this.awardFills.add(this.awardFillId);
    }
    return this.awardFillId;
  }

  /**
   * The format a result cell returns to when it is not (or no longer) an award row: its own, or, when it
   * carries the award fill from an earlier run, the format it was cloned from (else the same without fill).
   */
  baseOf(index: number): number {
    const xf = this.xf(index);
    const isAward = (x: string) => this.awardFills.has(Number(attr(x, 'fillId') ?? 0));
    if (!isAward(xf)) return index;
    const key = withoutFill(xf);
    const all = this.allXfs();
    for (let i = 0; i < all.length; i++) {
      if (!isAward(all[i]!) && withoutFill(all[i]!) === key) return i;
    }
    return this.indexOf(setAttr(removeAttr(xf, 'applyFill'), 'fillId', '0'));
  }

  /** A clone of format `index` with the award fill. */
  withAwardFill(index: number): number {
    const fill = this.awardFill();
    return this.indexOf(setAttr(setAttr(this.xf(index), 'fillId', String(fill)), 'applyFill', '1'));
  }

  /** A clone of format `index` with the given alignment attributes (others kept). */
  withAlignment(index: number, alignment: Readonly<Record<string, string>>): number {
    return this.indexOf(setAttr(mergeAlignment(this.xf(index), alignment), 'applyAlignment', '1'));
  }

  /**
   * The format of a cell written from a `SheetSpec` style (template and pledge sheets): font, fill, border,
   * number format and alignment, each found or appended.
   */
  addCellStyle(style: CellStyle): number {
    const p = this.xfs.prefix ? `${this.xfs.prefix}:` : '';
    const fontId = this.fontFor(style);
    const fillId = style.fill ? this.item('fills', fillXml(style.fill)) : 0;
    const borderId = style.border?.length ? this.item('borders', borderXml(style.border)) : 0;
    const numFmtId = style.numberFormat ? this.numFmtFor(style.numberFormat) : 0;
    const align: string[] = [];
    if (style.horizontal) align.push(`horizontal="${style.horizontal}"`);
    if (style.vertical) align.push(`vertical="${style.vertical === 'middle' ? 'center' : style.vertical}"`);
    if (style.wrap) align.push('wrapText="1"');
    if (style.indent) align.push(`indent="${style.indent}"`);
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      align.length ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.indexOf(align.length ? `${head}><${p}alignment ${align.join(' ')}/></${p}xf>` : `${head}/>`);
  }

  private fontFor(style: CellStyle): number {
    if (!style.bold && !style.italic && !style.underline && !style.size && !style.font) return 0;
    const base = this.fonts.items[0] ?? '';
    const size = style.size ?? Number(/<(?:\w+:)?sz\s+val="([^"]*)"/.exec(base)?.[1] ?? 11);
    const name = style.font ?? /<(?:\w+:)?name\s+val="([^"]*)"/.exec(base)?.[1] ?? 'Calibri';
    const xml = `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}${style.underline ? '<u/>' : ''}<sz val="${size}"/><name val="${escapeAttr(name)}"/></font>`;
    return this.item('fonts', xml);
  }

  private numFmtFor(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const all = [...this.numFmts.items, ...this.added.numFmts];
    for (const f of all) if (/formatCode="([^"]*)"/.exec(f)?.[1] === escapeAttr(code)) return Number(/numFmtId="(\d+)"/.exec(f)?.[1]);
    const id = Math.max(163, ...all.map((f) => Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0))) + 1;
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** Index of an item in a section (fonts, fills, borders), appended when absent. */
  private item(name: 'fonts' | 'fills' | 'borders', xml: string): number {
    const sec = name === 'fonts' ? this.fonts : name === 'fills' ? this.fills : this.borders;
    const added = name === 'fills' ? this.addedFills : this.added[name];
    const p = sec.prefix ? `${sec.prefix}:` : '';
    const prefixed = p ? xml.replace(/<(\/?)(\w)/g, `<$1${p}$2`) : xml;
    const all = [...sec.items, ...added];
    const found = all.findIndex((i) => normalizeFill(i) === normalizeFill(prefixed));
    if (found >= 0) return found;
    added.push(prefixed);
    return all.length;
  }

  toString(): string {
    if (!this.changed) return this.xml;
    let xml = appendItems(this.xml, 'cellXfs', this.xfs.items.length + this.addedXfs.length, this.addedXfs);
    xml = appendItems(xml, 'borders', this.borders.items.length + this.added.borders.length, this.added.borders);
    xml = appendItems(xml, 'fills', this.fills.items.length + this.addedFills.length, this.addedFills);
    xml = appendItems(xml, 'fonts', this.fonts.items.length + this.added.fonts.length, this.added.fonts);
    if (this.added.numFmts.length > 0) {
      const count = this.numFmts.items.length + this.added.numFmts.length;
      if (/<(\w+:)?numFmts\b/.test(xml)) xml = appendItems(xml, 'numFmts', count, this.added.numFmts);
      else {
        // numFmts is the first child of styleSheet.
        const open = /<(\w+:)?styleSheet\b[^>]*>/.exec(xml)!;
        const p = open[1] ?? '';
        const items = this.added.numFmts.map((f) => f.replace(/<numFmt/, `<${p}numFmt`)).join('');
        xml = xml.slice(0, open.index + open[0].length) + `<${p}numFmts count="${count}">${items}</${p}numFmts>` + xml.slice(open.index + open[0].length);
      }
    }
    return xml;
  }
}

function section(xml: string, name: string, item: string): Section {
  const open = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return { items: [], prefix: '' };
  const prefix = open[1] ? open[1].slice(0, -1) : '';
  if (open[2] === '/') return { items: [], prefix };
  const p = prefix ? `${prefix}:` : '';
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${p}${name}>`, start);
  const inner = xml.slice(start, end < 0 ? start : end);
  const items = inner.match(new RegExp(`<${p}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, 'g')) ?? [];
  return { items, prefix };
}

/** Appends items to a section before its end tag and sets its `count`. */
function appendItems(xml: string, name: string, count: number, items: readonly string[]): string {
  if (items.length === 0) return xml;
  const open = new RegExp(`<(\\w+:)?${name}\\b([^>]*?)(/?)>`).exec(xml);
  if (!open) return xml;
  const p = open[1] ?? '';
  const tag = `<${p}${name}${setCount(open[2]!, count)}>`;
  if (open[3] === '/') return xml.slice(0, open.index) + tag + items.join('') + `</${p}${name}>` + xml.slice(open.index + open[0].length);
  const close = xml.indexOf(`</${p}${name}>`, open.index);
  return xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + items.join('') + xml.slice(close);
}

function setCount(attrs: string, count: number): string {
  return /\scount="[^"]*"/.test(attrs) ? attrs.replace(/\scount="[^"]*"/, ` count="${count}"`) : `${attrs} count="${count}"`;
}

function startTag(el: string): string {
  return el.slice(0, el.indexOf('>') + 1);
}

function attr(el: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(startTag(el))?.[1] ?? null;
}

function setAttr(el: string, name: string, value: string): string {
  const tag = startTag(el);
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const newTag = re.test(tag) ? tag.replace(re, ` ${name}="${value}"`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return newTag + el.slice(tag.length);
}

function removeAttr(el: string, name: string): string {
  const tag = startTag(el);
  return tag.replace(new RegExp(`\\s${name}="[^"]*"`), '') + el.slice(tag.length);
}

function withoutFill(xf: string): string {
  return removeAttr(removeAttr(xf, 'fillId'), 'applyFill');
}

/** A solid fill in the award colour FFF2CC, however written (ExcelJS and Excel write it differently). */
function isAwardFill(fill: string): boolean {
  const f = normalizeFill(fill);
  return /patternType="solid"/.test(f) && /<fgColor\b[^>]*\srgb="FFFFF2CC"/i.test(f);
}

function normalizeFill(fill: string): string {
  return fill.replace(/<(\/?)\w+:/g, '<$1').replace(/\s+/g, ' ').replace(/\s*\/>/g, '/>');
}

/** Sets alignment attributes on an xf, keeping its other alignment settings and children. */
function mergeAlignment(xf: string, alignment: Readonly<Record<string, string>>): string {
  const tag = startTag(xf);
  const p = /^<(\w+:)?xf\b/.exec(tag)?.[1] ?? '';
  const setAll = (el: string) => Object.entries(alignment).reduce((acc, [k, v]) => setAttr(acc, k, v), el);
  if (tag.endsWith('/>')) return `${tag.slice(0, -2).trimEnd()}>${setAll(`<${p}alignment/>`)}</${p}xf>`;
  const existing = new RegExp(`<${p}alignment\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}alignment>)`).exec(xf);
  if (existing) return xf.slice(0, existing.index) + setAll(existing[0]) + xf.slice(existing.index + existing[0].length);
  // alignment is the first child of xf
  return tag + setAll(`<${p}alignment/>`) + xf.slice(tag.length);
}
