import { templateSheets } from '../grid/templateSheets.js';
import { saveCopy } from './saveCopy.js';
import { newWorkbook } from '../xlsx/writeSheetPackage.js';
import { CLI_TEXT } from './cliText.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { printIssues } from './reportIssues.js';

/** `blocrank template`: a new bloc workbook from the preset, ready to fill in. */
export async function templateCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const lang = args.lang ?? 'vi';
  const output = args.output ?? (lang === 'vi' ? 'so-cham-diem.xlsx' : 'bloc-workbook.xlsx');
  // The adapter may read the clock (core never does): the year being scored is usually this one.
  const bytes = newWorkbook(templateSheets({ lang, units: args.units ?? 10, year: new Date().getFullYear() }));
  const saved = await saveCopy(bytes, { output, force: args.force });
  if (!saved.value) {
    printIssues(io, saved.issues, lang);
    return EXIT.usage;
  }
  io.stdout(`${CLI_TEXT[lang].written(saved.value)}\n`);
  return EXIT.ok;
}
