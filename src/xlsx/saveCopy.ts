import { randomBytes } from 'node:crypto';
import { access, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { issue, type Result } from '../core/issue.js';

export interface SaveCopyOptions {
  /** The file that was read, if any: never written. */
  readonly input?: string;
  readonly output: string;
  readonly force?: boolean;
}

/**
 * Saves bytes as a copy: refuses the input file's own path, refuses an existing output without `force`,
 * and writes through a temporary file + rename so a failed write never leaves half a workbook.
 */
export async function saveCopy(bytes: Uint8Array, options: SaveCopyOptions): Promise<Result<string | null>> {
  const output = resolve(options.output);
  const input = options.input === undefined ? null : await realpath(options.input).catch(() => resolve(options.input!));
  const outputReal = await realpath(output).catch(() => output);
  if (input !== null && outputReal === input) return { ok: false, value: null, issues: [issue('error', 'OUTPUT_IS_INPUT', { path: options.output })] };
  const exists = await access(output).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) return { ok: false, value: null, issues: [issue('error', 'OUTPUT_EXISTS', { path: options.output })] };
  const tmp = join(dirname(output), `.${randomBytes(6).toString('hex')}.blocrank.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    return {
      ok: false,
      value: null,
      issues: [issue('error', 'FILE_NOT_WRITABLE', { path: options.output, reason: e instanceof Error ? e.message : String(e) })],
    };
  }
  return { ok: true, value: output, issues: [] };
}
