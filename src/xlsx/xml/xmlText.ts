/**
 * XML text helpers shared by the package reader and writer: entity decoding, escaping, and the OOXML
 * `_xHHHH_` escape for characters XML 1.0 cannot carry (ST_Xstring).
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references (unknown entities are left as written). */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Decodes Excel's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Escapes text for an element body or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Cell text as OOXML stores it: XML-escaped, a literal `_xHHHH_` protected as `_x005F_xHHHH_`, and
 * characters XML 1.0 cannot hold (control characters other than tab/newline, lone surrogates) as `_xHHHH_`.
 */
export function escapeCellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const protectedText = text.replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(protectedText);
}
