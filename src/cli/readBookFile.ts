import { readFile, stat } from 'node:fs/promises';
import { issue, type Result } from '../core/issue.js';
import { readXlsx, type ReadXlsxOptions, type XlsxPackage } from '../xlsx/readXlsx.js';

/**
 * Reads a workbook file from disk and opens it with the package reader (which never touches the disk).
 * A missing file is `FILE_NOT_FOUND`; a folder or anything else that is not a workbook is refused.
 */
export async function readBookFile(path: string, options: Omit<ReadXlsxOptions, 'path'> = {}): Promise<Result<XlsxPackage | null>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, value: null, issues: [issue('error', 'FILE_KIND_REFUSED', { path, kind: 'notZip' })] };
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const i =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? issue('error', 'FILE_NOT_FOUND', { path })
        : issue('error', 'FILE_UNREADABLE', { path, reason: code ?? 'I/O' });
    return { ok: false, value: null, issues: [i] };
  }
  return readXlsx(bytes, { path, ...options });
}
