import type { Document } from 'docx';
import { PLEDGE_STYLES } from '../core/pledge/styles.js';
import type { PledgeBlock, PledgeDocument, PledgeParagraph } from '../core/pledge/types.js';
import type { DocBlock, DocParagraph } from './_lib/blocks.js';
import { officialDocument } from './_lib/officialDocument.js';

export interface RenderPledgeDocxOptions {
  /** Highlight placeholders the clerk must fill in (yellow); default true. */
  readonly highlightPlaceholders?: boolean;
  /** Document title in the file's properties; default "Giao ước thi đua năm {year}". */
  readonly title?: string;
}

/**
 * Renders a pledge model (from `buildPledge`) as a Word document laid out per Nghị định 30/2020 by the
 * shared document layer (`src/docx/_lib`): A4 portrait, the model's margins, Times New Roman, the sizes of
 * `PLEDGE_STYLES`, a borderless two-column header table with short rules under the bloc name and the motto,
 * justified body with a first-line indent, a borderless two-column signature grid whose rows never split
 * (with "Nơi nhận" in its last row), and page numbers centred in the top margin from page 2 on. Runs in Node
 * and in the browser; pack it with `packPledgeDocx`.
 *
 * @example
 * const doc = renderPledgeDocx(buildPledge(input, ranking).value!);
 */
export function renderPledgeDocx(model: PledgeDocument, options: RenderPledgeDocxOptions = {}): Document {
  return officialDocument(pledgeBlocks(model), {
    title: options.title ?? `Giao ước thi đua năm ${model.year}`,
    page: model.page,
    ...(options.highlightPlaceholders !== undefined ? { highlightPlaceholders: options.highlightPlaceholders } : {}),
  });
}

/** The pledge model as blocks of the document layer: each role mapped to its style. */
export function pledgeBlocks(model: PledgeDocument): DocBlock[] {
  const recipients = model.sections.find((section) => section.id === 'recipients')?.blocks ?? [];
  const tail = recipients.flatMap((b) => (b.kind === 'paragraph' ? [toParagraph(b)] : []));
  const hasGrid = model.sections.some((section) => section.blocks.some((b) => b.kind === 'signatures'));

  const convert = (b: PledgeBlock): DocBlock => {
    switch (b.kind) {
      case 'paragraph':
        return toParagraph(b);
      case 'rule':
        return b.spaceAfter === undefined ? { kind: 'rule', width: b.width } : { kind: 'rule', width: b.width, spaceAfter: b.spaceAfter };
      case 'columns':
        return { kind: 'columns', widths: b.widths, columns: b.columns.map((column) => column.map(convert)) };
      case 'signatures':
        return {
          kind: 'signatures',
          columns: b.columns,
          signSpace: b.signSpace,
          // "Nơi nhận:" and its list ride in the grid's last row: never alone at the top of a page.
          tail,
          cells: b.cells.map((s) => {
            const lines = [toParagraph(s.name), ...(s.tag ? [toParagraph(s.tag)] : []), toParagraph(s.title), toParagraph(s.signer)];
            return { lines, signAfter: lines.length - 2 };
          }),
        };
    }
  };

  return model.sections.flatMap((section): DocBlock[] => {
    if (section.id === 'recipients') {
      if (hasGrid) return [];
      return section.blocks.map((b, k) => (b.kind === 'paragraph' ? toParagraph(b, k < section.blocks.length - 1) : convert(b)));
    }
    const out = section.blocks.map(convert);
    // Keep the title over the signature grid with its first row.
    if (section.id === 'signatures' && section.blocks[0]?.kind === 'paragraph') out[0] = toParagraph(section.blocks[0], true);
    return out;
  });
}

function toParagraph(p: PledgeParagraph, keepNext?: boolean): DocParagraph {
  return {
    kind: 'paragraph',
    style: PLEDGE_STYLES[p.role],
    runs: p.runs.map((r) => (r.placeholder ? { text: r.text, style: PLEDGE_STYLES[r.role], placeholder: true } : { text: r.text, style: PLEDGE_STYLES[r.role] })),
    ...(keepNext ? { keepNext } : {}),
  };
}
