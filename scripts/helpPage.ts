/**
 * The functions' help page (the `helpUrl` of every function in functions.json): docs/FUNCTIONS.md rendered to
 * one static HTML page, served as help/functions.html beside the task pane. A deliberately small Markdown
 * reader for what that file uses — headings (with GitHub's anchors, so a link works on both), paragraphs,
 * lists, tables, indented code, `code`, **bold**, *italic*, [links](url) and `<a id="…"></a>` anchors — so the
 * build needs no Markdown package and the page no script.
 */

/** GitHub's heading anchor: lower case, punctuation dropped (letters of any script kept), spaces → "-". */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown: code spans first (their content is literal), then links, bold and italic. */
function inline(text: string): string {
  const parts = text.split(/(`[^`]*`)/);
  return parts
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length >= 2)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
    })
    .join('');
}

const ANCHOR = /^<a id="([\w-]+)"><\/a>$/;

/**
 * The HTML page of a Markdown text.
 *
 * @example renderHelpPage('# Title\n\nText.', 'Help') // '<!doctype html>…<h1 id="title">Title</h1><p>Text.</p>…'
 */
export function renderHelpPage(markdown: string, title: string, lang = 'vi'): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const anchor = ANCHOR.exec(line.trim());
    if (anchor) {
      out.push(`<a id="${anchor[1]}"></a>`);
      i++;
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!;
      out.push(`<h${level} id="${headingSlug(text.replace(/`/g, ''))}">${inline(text)}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith('    ')) {
      const code: string[] = [];
      while (i < lines.length && (lines[i]!.startsWith('    ') || lines[i]!.trim() === ''))
        code.push(lines[i++]!.slice(4));
      while (code.length > 0 && code[code.length - 1]!.trim() === '') code.pop();
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) {
        const cells = lines[i++]!.trim()
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\\|/g, '|'));
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      }
      const [head, ...body] = rows;
      out.push(
        '<table>' +
          (head ? `<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>` : '') +
          `<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>` +
          '</table>',
      );
      continue;
    }
    if (/^\s*- /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.startsWith('|')) {
        const l = lines[i++]!;
        if (/^\s*- /.test(l)) items.push(l.replace(/^\s*- /, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
      }
      out.push(`<ul>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</ul>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !/^(#|\|| {4}|\s*- )/.test(lines[i]!))
      para.push(lines[i++]!.trim());
    out.push(`<p>${inline(para.join(' '))}</p>`);
  }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code,pre{font-family:Consolas,"Courier New",monospace;background:#f5f5f5}pre{padding:.5rem;overflow-x:auto}
table{border-collapse:collapse}th,td{border:1px solid #d1d1d1;padding:.3rem .5rem;vertical-align:top;text-align:left}
</style>
</head>
<body>
${out.join('\n')}
</body>
</html>
`;
}
