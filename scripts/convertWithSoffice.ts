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
