import { PLEDGE_STYLES } from './styles.js';
import type { PledgeBlock, PledgeDocument, PledgeParagraph } from './types.js';

export interface PledgeToTextOptions {
  /** Prefix every paragraph with its style, e.g. `[title 14 b center]`; default true. */
  readonly styles?: boolean;
}

/**
 * Prints a pledge model as readable plain text, for golden snapshots and reviews: sections in order, the
 * header's two columns one after the other, rules as `────`, placeholders between `⟦ ⟧`, and the
 * signature grid cell by cell with its row and column.
 *
 * @example
 * pledgeToText(model).split('\n')[0] // '=== header ==='
 */
export function pledgeToText(model: PledgeDocument, options: PledgeToTextOptions = {}): string {
  const withStyles = options.styles ?? true;
  const lines: string[] = [];
  const { page } = model;
  lines.push(
    `# Giao ước thi đua năm ${model.year} (${page.paper} ${page.orientation}, ${page.font}, ` +
      `margins mm T${page.margins.top} B${page.margins.bottom} L${page.margins.left} R${page.margins.right}, ` +
      `page numbers ${page.pageNumbers})`,
  );
  const paragraphText = (p: PledgeParagraph): string => {
    const text = p.runs.map((r) => (r.placeholder ? `⟦${r.text}⟧` : r.text)).join('');
    if (!withStyles) return text;
    const s = PLEDGE_STYLES[p.role];
    const flags = [s.bold ? 'b' : '', s.italic ? 'i' : ''].filter(Boolean).join('');
    return `[${p.role} ${s.size}${flags ? ` ${flags}` : ''} ${s.align}] ${text}`;
  };
  const block = (b: PledgeBlock, indent: string): void => {
    switch (b.kind) {
      case 'paragraph':
        lines.push(indent + paragraphText(b));
        break;
      case 'rule':
        lines.push(
          `${indent}${'─'.repeat(Math.max(1, Math.round(b.width * 20)))} (rule ${Math.round(b.width * 100)} %)`,
        );
        break;
      case 'columns':
        b.columns.forEach((column, i) => {
          lines.push(`${indent}--- column ${i + 1} (${Math.round((b.widths[i] ?? 0) * 100)} %) ---`);
          for (const inner of column) block(inner, `${indent}  `);
        });
        break;
      case 'signatures':
        b.cells.forEach((cell, i) => {
          const row = Math.floor(i / b.columns) + 1;
          const lone = i === b.cells.length - 1 && b.cells.length % b.columns === 1;
          const where = lone ? `row ${row}, centred` : `row ${row}, col ${(i % b.columns) + 1}`;
          lines.push(`${indent}[${where}] (${cell.position})`);
          lines.push(`${indent}  ${paragraphText(cell.name)}`);
          if (cell.tag) lines.push(`${indent}  ${paragraphText(cell.tag)}`);
          lines.push(`${indent}  ${paragraphText(cell.title)}`);
          lines.push(`${indent}  (${b.signSpace} pt to sign and seal)`);
          lines.push(`${indent}  ${paragraphText(cell.signer)}`);
        });
        break;
    }
  };
  for (const section of model.sections) {
    lines.push('', `=== ${section.id} ===`);
    for (const b of section.blocks) block(b, '');
  }
  return `${lines.join('\n')}\n`;
}
