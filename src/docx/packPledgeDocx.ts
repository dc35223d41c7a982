import type { PledgeDocument } from '../core/pledge/types.js';
import { packDocx, reviewStamp } from './_lib/officialDocument.js';
import { renderPledgeDocx, type RenderPledgeDocxOptions } from './renderPledgeDocx.js';

/**
 * The pledge as the bytes of a .docx file, in Node and in the browser (no Node Buffer needed: the CLI
 * writes the bytes with `fs.writeFile`, the task pane wraps them in a `Blob`). The file's dates are those
 * of the review (1 January of the pledge's year), never the clock: the same model gives the same bytes.
 *
 * @example
 * await writeFile('giao-uoc-2026.docx', await packPledgeDocx(model));
 */
export async function packPledgeDocx(
  model: PledgeDocument,
  options: RenderPledgeDocxOptions = {},
): Promise<Uint8Array> {
  return packDocx(renderPledgeDocx(model, options), { stamp: reviewStamp(model.reviewedYear) });
}
