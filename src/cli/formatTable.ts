/** Display width of text in a terminal: combining marks take no column. */
function width(text: string): number {
  return text.normalize('NFC').replace(/[\u0300-\u036f]/g, '').length;
}

export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/**
 * A plain-text table with a header rule, columns padded to their widest cell.
 *
 * @example formatTable([{ header: 'Hạng' }, { header: 'Đơn vị' }], [['1', 'Sở Nội vụ']])
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return columns[i]!.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
