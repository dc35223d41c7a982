import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/**
 * A fresh temporary folder. Callable from a test body or a hook; a test file that uses it registers
 * `afterAll(removeTempDirs)` at its top level (Vitest ignores hooks registered inside other hooks or tests).
 */
export async function tempDir(prefix = 'blocrank-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all([...made].map((d) => rm(d, { recursive: true, force: true })));
  made.clear();
}
