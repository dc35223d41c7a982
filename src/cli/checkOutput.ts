import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { issue, type Issue } from '../core/issue.js';
import { refuseOutput } from './saveCopy.js';

export type OutputPurpose = 'rank' | 'ballot' | 'pledge' | 'template';

/**
 * The extensions an output may have: a ranked copy is the same kind of workbook as its input (.xlsm keeps
 * its macros, so it stays .xlsm); a pledge is a .docx or a copy of the workbook; a template is a new .xlsx.
 *
 * @example allowedExtensions('rank', 'book.xlsm') // ['.xlsm']
 */
export function allowedExtensions(purpose: OutputPurpose, input?: string): readonly string[] {
  const book = input !== undefined && extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  if (purpose === 'rank' || purpose === 'ballot') return [book];
  if (purpose === 'pledge') return ['.docx', book];
  return ['.xlsx'];
}

/** A file name to suggest when `-o` names a folder. */
const SUGGESTED: Record<OutputPurpose, (ext: string) => string> = {
  rank: (ext) => `ket-qua${ext}`,
  ballot: (ext) => `binh-bau${ext}`,
  pledge: () => 'giao-uoc.docx',
  template: () => 'so-cham-diem.xlsx',
};

/**
 * Checks made before any work, so a refused output costs the clerk nothing: an input that is a folder, an
 * output (`-o`) with the wrong extension, naming a folder, a device, a FIFO or a socket, or the input itself.
 */
export async function checkPaths(
  purpose: OutputPurpose,
  input: string | undefined,
  output: string | undefined,
): Promise<Issue[]> {
  const inputIssues = await checkInput(input);
  if (inputIssues.length > 0 || output === undefined) return inputIssues;
  const allowed = allowedExtensions(purpose, input);
  const refused = await refuseOutput({
    output,
    ...(input !== undefined ? { input } : {}),
    suggestedName: SUGGESTED[purpose](allowed[0]!),
  });
  if (refused.length > 0) return refused;
  if (!allowed.includes(extname(output).toLowerCase()))
    return [issue('error', 'OUTPUT_EXTENSION', { path: output, allowed: allowed.join(', '), what: purpose })];
  return [];
}

/** The input file's own check, made before any work: a folder is refused. */
export async function checkInput(input: string | undefined): Promise<Issue[]> {
  if (input !== undefined && (await stat(input).catch(() => null))?.isDirectory())
    return [issue('error', 'INPUT_IS_FOLDER', { path: input })];
  return [];
}
