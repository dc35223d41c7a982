import { describe, expect, it } from 'vitest';
import { XmlReadError, XmlStream } from './XmlStream.js';

/** Every event as text, with text captured inside <t> and <v> only. */
function events(chunks: readonly string[], options = {}): string[] {
  const out: string[] = [];
  let capture = 0;
  const s = new XmlStream(
    {
      open: (name, attrs, self) => {
        out.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${v}`).join('')}${self ? '/' : ''}>`);
        if (name === 't' || name === 'v') capture++;
      },
      close: (name) => {
        out.push(`</${name}>`);
        if (name === 't' || name === 'v') capture--;
      },
      capturing: () => capture > 0,
      text: (t) => out.push(`"${t}"`),
    },
    options,
  );
  for (const c of chunks) s.write(c);
  s.end();
  // Adjacent text events are one run split by chunks: join them.
  return out.reduce<string[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (last?.startsWith('"') && e.startsWith('"')) acc[acc.length - 1] = `${last.slice(0, -1)}${e.slice(1)}`;
    else acc.push(e);
    return acc;
  }, []);
}

const DOC =
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY bomb "lol">]><!-- a comment with <tags> --><x:sst xmlns:x="urn:x" count="2">' +
  '<si a=\'it"s\' b="1 > 0"><t xml:space="preserve"> Ủy ban &amp; &lt;Ban&gt; &#272;&#x1EE6; &bomb; </t></si>' +
  '<si><t><![CDATA[<b>raw</b>]]></t><rPh><t>skip</t></rPh></si>   lots of ignored text   <v/></x:sst>';

describe('XmlStream', () => {
  it('reads elements by local name with decoded attributes and text, never expanding DTD entities', () => {
    expect(events([DOC])).toEqual([
      '<sst count=2>',
      '<si a=it"s b=1 > 0>',
      '<t space=preserve>',
      '" Ủy ban & <Ban> ĐỦ &bomb; "',
      '</t>',
      '</si>',
      '<si>',
      '<t>',
      '"<b>raw</b>"',
      '</t>',
      '<rPh>',
      '<t>',
      '"skip"',
      '</t>',
      '</rPh>',
      '</si>',
      '<v/>',
      '</v>',
      '</sst>',
    ]);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const whole = events([DOC]);
    for (let cut = 1; cut < DOC.length; cut++) expect(events([DOC.slice(0, cut), DOC.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    expect(events(Array.from(DOC))).toEqual(whole);
  });

  it('skips text nobody captures without keeping it, and refuses a single token past the cap', () => {
    const pad = ' '.repeat(10_000);
    expect(events(['<a>', pad, pad, '<b/>', pad, '</a>'], { maxPending: 100 })).toEqual(['<a>', '<b/>', '</b>', '</a>']);
    expect(() => events(['<a x="', 'y'.repeat(500)], { maxPending: 100 })).toThrow(XmlReadError);
    expect(() => events(['<a><t>', 'y'.repeat(500)], { maxPending: 100 })).toThrow(XmlReadError);
  });

  it('refuses what is not XML: a "<" inside a tag, an unfinished tag at the end', () => {
    expect(() => events(['<a <b>'])).toThrow(XmlReadError);
    expect(() => events(['<a><b c="1"'])).toThrow(XmlReadError);
  });
});
