import { basename, dirname, extname, join } from 'node:path';
import { foldText } from '../core/foldText.js';
import { hasErrors, issue, type Issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { dossierWorkbook } from '../grid/dossierWorkbook.js';
import { findSheet } from '../grid/findSheet.js';
import { ballotSheet } from '../grid/templateSheets.js';
import { writeWithSheet } from '../xlsx/writeSheetPackage.js';
import { CLI_TEXT } from './cliText.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { readBookFile } from './readBookFile.js';
import { inputFile, issueJson, printIssues } from './reportIssues.js';
import { saveCopy } from './saveCopy.js';

/** `<name>.binh-bau.xlsx` (or `.xlsm`) beside the input. */
export function defaultBallotPath(input: string, macroEnabled: boolean): string {
  return join(dirname(input), `${basename(input, extname(input))}.binh-bau.${macroEnabled ? 'xlsm' : 'xlsx'}`);
}

/**
 * `blocrank ballot`: a copy of the workbook with the `Bình bầu` sheet added for the year-end meeting — the
 * units the ranking proposes (and those tied at a quota), in rank order, with a blank vote cell for each form
 * proposed and validation 0..voters (`ballotSheet`, the same sheet the task pane adds). The package writer
 * adds only the sheet part and its entries. A workbook that has a ballot sheet already is refused (its counts
 * are the clerk's; nothing replaces them); with data errors nothing is written.
 */
export async function ballotCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const file = inputFile(args, io);
  if (!file) return EXIT.usage;
  const loaded = await readBookFile(file);
  if (!loaded.value) return report(io, args, args.lang ?? 'vi', loaded.issues, EXIT.usage);
  const grid = loaded.value.grid;
  const run = dossierWorkbook(grid, args.lang ? { lang: args.lang } : {});
  const lang: Lang = run.lang;
  const issues: Issue[] = [...loaded.issues, ...run.issues];
  const existing = findSheet(grid, 'ballot')?.sheet.name;
  if (existing !== undefined) {
    issues.push(issue('error', 'BALLOT_SHEET_EXISTS', { sheet: existing }, { sheet: existing }));
    return report(io, args, lang, issues, EXIT.usage);
  }
  if (!run.book || !run.result || !run.dossier || hasErrors(issues))
    return report(io, args, lang, issues, EXIT.dataErrors);

  const spec = ballotSheet(run.result, { lang: run.book.layout.lang, voters: run.dossier.voters });
  // Any other sheet of that exact name (not read as a ballot) is refused too: never replaced.
  const clash = loaded.value.sheets.find((s) => foldText(s.name) === foldText(spec.name));
  if (clash) {
    issues.push(issue('error', 'BALLOT_SHEET_EXISTS', { sheet: clash.name }, { sheet: clash.name }));
    return report(io, args, lang, issues, EXIT.usage);
  }
  const candidates = spec.cells.filter((c) => c.row > 1 && c.col === 2).map((c) => String(c.value));
  const output = args.output ?? defaultBallotPath(file, loaded.value.macroEnabled);
  const saved = await saveCopy(writeWithSheet(loaded.value, spec, undefined), {
    input: file,
    output,
    force: args.force,
  });
  issues.push(...saved.issues);
  if (!saved.value) return report(io, args, lang, issues, EXIT.usage);
  return report(io, args, lang, issues, EXIT.ok, { sheet: spec.name, candidates, written: saved.value });
}

function report(
  io: CliIo,
  args: CliArgs,
  lang: Lang,
  issues: readonly Issue[],
  code: ExitCode,
  done?: { readonly sheet: string; readonly candidates: readonly string[]; readonly written: string },
): ExitCode {
  if (args.json) {
    const body = {
      sheet: done?.sheet ?? null,
      candidates: done?.candidates ?? [],
      issues: issues.map((i) => issueJson(i, lang)),
    };
    io.stdout(JSON.stringify(body) + '\n');
    return code;
  }
  const t = CLI_TEXT[lang];
  if (done) io.stdout(t.ballotDone(done.sheet, done.candidates.length));
  printIssues(io, issues, lang);
  if (done) io.stdout(`${t.written(done.written)}\n`);
  else if (code === EXIT.dataErrors) io.stderr(`${t.notWritten}\n`);
  return code;
}
