import { execFileSync } from 'node:child_process';
import { basename, extname, join } from 'node:path';

/**
 * Converts a document to PDF with LibreOffice (Debian libreoffice-writer-nogui), headless, with a private
 * profile inside `workDir` so parallel runs do not share one. Returns the PDF's path (in `workDir`).
 *
 * @example const pdf = convertToPdf('/tmp/x/giao-uoc-2026.docx', '/tmp/x')
 */
export function convertToPdf(file: string, workDir: string, options: { timeoutMs?: number } = {}): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, file],
    { stdio: 'ignore', ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) },
  );
  return join(workDir, `${basename(file, extname(file))}.pdf`);
}

/**
 * Converts several files in one LibreOffice run (one start-up instead of one per file) to `format`
 * (`pdf`, `xlsx`…) into `outDir`, with a private profile in `workDir`. Returns the exit status; a file
 * LibreOffice cannot open yields no output (callers check the files they expect).
 *
 * @example convertAll(['/tmp/a.xlsx', '/tmp/b.xlsm'], 'pdf', '/tmp/out', '/tmp/work')
 */
export function convertAll(files: readonly string[], format: string, outDir: string, workDir: string, options: { timeoutMs?: number } = {}): void {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(workDir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files],
    { stdio: 'ignore', timeout: options.timeoutMs ?? 180_000 },
  );
}
