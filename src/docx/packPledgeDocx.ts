import { Packer } from 'docx';
import type { PledgeDocument } from '../core/pledge/types.js';
import { renderPledgeDocx, type RenderPledgeDocxOptions } from './renderPledgeDocx.js';

/**
 * The pledge as the bytes of a .docx file, in Node and in the browser (no Node Buffer needed: the CLI
 * writes the bytes with `fs.writeFile`, the task pane wraps them in a `Blob`).
 *
 * @example
 * await writeFile('giao-uoc-2026.docx', await packPledgeDocx(model));
 */
export async function packPledgeDocx(
  model: PledgeDocument,
  options: RenderPledgeDocxOptions = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(renderPledgeDocx(model, options)));
}
