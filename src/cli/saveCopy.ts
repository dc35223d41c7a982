import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { rmSync, type Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { issue, type Issue, type Result } from '../core/issue.js';

export interface SaveCopyOptions {
  /** The file that was read, if any: never written, not even with `force`. */
  readonly input?: string;
  readonly output: string;
  readonly force?: boolean;
  /** The clock, for telling stale temporary files (tests pass their own). */
  readonly now?: () => number;
}

/** Our temporary files: `.<12 hex>.blocrank.tmp` in the output folder, renamed onto the output when complete. */
export const TEMP_FILE = /^\.[0-9a-f]{12}\.blocrank\.tmp$/;
/** A temporary file of ours older than this was left by an interrupted run: removed by the next write there. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Temporary files being written right now, so an interrupt (Ctrl+C) can remove them. */
const pending = new Set<string>();

/** Removes the temporary files of writes in progress; for a signal handler (synchronous on purpose). */
export function removePendingTempFiles(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** What a file that exists at the output path is, when it is not a regular file. */
function specialKind(s: Stats): 'folder' | 'device' | 'fifo' | 'socket' | null {
  if (s.isDirectory()) return 'folder';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  return null;
}

/**
 * Refusals that hold whatever the flags: an output that is a folder, a device, a FIFO or a socket (followed
 * through symlinks), or that is the input file itself (same path, symlink or hard link). Resolves to the
 * issues, none when the output may be written.
 *
 * @example await refuseOutput({ output: '/dev/null' }) // [OUTPUT_NOT_FILE {kind: 'device'}]
 */
export async function refuseOutput(options: { readonly output: string; readonly input?: string; readonly suggestedName?: string }): Promise<Issue[]> {
  const { output } = options;
  const target = await stat(output).catch(() => null);
  if (target) {
    const kind = specialKind(target);
    if (kind === 'folder') return [issue('error', 'OUTPUT_IS_FOLDER', { path: output, example: join(output, options.suggestedName ?? 'ket-qua.xlsx') })];
    if (kind) return [issue('error', 'OUTPUT_NOT_FILE', { path: output, kind })];
  }
  if (options.input !== undefined && (await sameFile(options.input, output, target))) return [issue('error', 'OUTPUT_IS_INPUT', { path: output })];
  return [];
}

async function sameFile(input: string, output: string, outputStat: Stats | null): Promise<boolean> {
  const [a, b] = await Promise.all([realpath(input).catch(() => resolve(input)), realpath(output).catch(() => resolve(output))]);
  if (a === b) return true;
  const inputStat = await stat(input).catch(() => null);
  return !!(inputStat && outputStat && inputStat.dev === outputStat.dev && inputStat.ino === outputStat.ino);
}

/** Removes temporary files of ours older than `STALE_TEMP_MS` from `folder`; never anything else. */
export async function removeStaleTempFiles(folder: string, now: number): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!TEMP_FILE.test(name)) continue;
    const path = join(folder, name);
    const s = await lstat(path).catch(() => null);
    if (s?.isFile() && now - s.mtimeMs > STALE_TEMP_MS && !pending.has(path)) await rm(path, { force: true });
  }
}

/**
 * Saves bytes as a copy: refuses the input file (even with `force`), a folder, device, FIFO or socket (even
 * with `force`), an existing output without `force`; writes a temporary file in the output folder, flushes it
 * and renames it onto the output, so the output is either the old file or the whole new one, never half.
 * Stale temporary files of interrupted runs in that folder are removed on the way.
 */
export async function saveCopy(bytes: Uint8Array, options: SaveCopyOptions): Promise<Result<string | null>> {
  const output = resolve(options.output);
  const suggestedName = `ket-qua${extname(output) || '.xlsx'}`;
  const refused = await refuseOutput({ output: options.output, ...(options.input !== undefined ? { input: options.input } : {}), suggestedName });
  if (refused.length > 0) return { ok: false, value: null, issues: refused };
  const exists = await lstat(output).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) return { ok: false, value: null, issues: [issue('error', 'OUTPUT_EXISTS', { path: options.output })] };
  const folder = dirname(output);
  await removeStaleTempFiles(folder, (options.now ?? Date.now)());
  const tmp = join(folder, `.${randomBytes(6).toString('hex')}.blocrank.tmp`);
  try {
    pending.add(tmp);
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, value: null, issues: [issue('error', 'FILE_NOT_WRITABLE', { path: options.output, reason: code })] };
  } finally {
    pending.delete(tmp);
  }
  return { ok: true, value: output, issues: [] };
}
