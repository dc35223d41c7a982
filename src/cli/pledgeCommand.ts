import { basename, dirname, extname, join } from 'node:path';
import { hasErrors, issue, type Issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { buildPledge } from '../core/pledge/buildPledge.js';
import { pledgeSummary } from '../core/pledge/pledgeSummary.js';
import type { PledgeDocument } from '../core/pledge/types.js';
import { packPledgeDocx } from '../docx/packPledgeDocx.js';
import { foldText } from '../core/foldText.js';
import { mergeIssues } from '../grid/mergeIssues.js';
import { pledgeSheet } from '../grid/pledgeSheet.js';
import { readBloc } from '../grid/readBloc.js';
import { rankBloc } from '../core/rankBloc.js';
import type { XlsxPackage } from '../xlsx/readXlsx.js';
import { saveCopy } from './saveCopy.js';
import { writeWithSheet } from '../xlsx/writeSheetPackage.js';
import { CLI_TEXT } from './cliText.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { readBookFile } from './readBookFile.js';
import { inputFile, issueJson, printIssues } from './reportIssues.js';

/** `<name>.giao-uoc-<N+1>.docx` beside the input. */
export function defaultPledgePath(input: string, pledgeYear: number): string {
  return join(dirname(input), `${basename(input, extname(input))}.giao-uoc-${pledgeYear}.docx`);
}

/**
 * `blocrank pledge`: drafts next year's pledge as .docx (default) or as a new sheet in a copy of the
 * workbook (`-o …xlsx`). Score-cell errors do not block a pledge drawn by rotation; they do when the
 * leaders are elected from the ranking.
 */
export async function pledgeCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const file = inputFile(args, io);
  if (!file) return EXIT.usage;
  const userLang: Lang = args.lang ?? 'vi';
  const loaded = await readBookFile(file);
  if (!loaded.value) return report(io, args, userLang, null, loaded.issues, EXIT.usage);
  const read = readBloc(loaded.value.grid);
  const lang: Lang = args.lang ?? read.value?.layout.lang ?? 'vi';
  if (!read.value) return report(io, args, lang, null, [...loaded.issues, ...read.issues], EXIT.dataErrors);
  const { input, layout } = read.value;
  const ranked = rankBloc(input, { lang });
  const pledge = buildPledge(input, ranked.value);
  // Scores matter to the pledge only when the leaders are elected from the ranking.
  const needsRanking = pledge.issues.some((i) => i.code === 'ELECTION_NEEDS_RANKING');
  const readIssues = needsRanking ? read.issues : read.issues.filter((i) => i.sheet !== layout.scoresSheet || !i.cell);
  const issues: Issue[] = [...loaded.issues, ...mergeIssues(readIssues, [...(needsRanking ? ranked.issues : []), ...pledge.issues], layout)];
  if (!pledge.value || hasErrors(issues)) return report(io, args, lang, pledge.value ? null : pledgeSummary(pledge, input), issues, EXIT.dataErrors, input);

  const model = pledge.value;
  const output = args.output ?? defaultPledgePath(file, model.year);
  const ext = extname(output).toLowerCase();
  const asWorkbook = ext === '.xlsx' || ext === '.xlsm';
  if (asWorkbook && loaded.value.macroEnabled !== (ext === '.xlsm')) {
    // A macro workbook stays .xlsm; a plain one does not become .xlsm by its name.
    const suggestion = join(dirname(output), `${basename(output, extname(output))}${loaded.value.macroEnabled ? '.xlsm' : '.xlsx'}`);
    issues.push(issue('error', 'MACRO_OUTPUT_EXTENSION', { input: file, suggestion, ext: loaded.value.macroEnabled ? 'xlsm' : 'xlsx' }));
    return report(io, args, lang, pledgeSummary(pledge, input), issues, EXIT.usage, input);
  }
  const bytes = asWorkbook ? workbookWithSheet(loaded.value, model, args.force, issues) : await packPledgeDocx(model);
  if (!bytes) return report(io, args, lang, pledgeSummary(pledge, input), issues, EXIT.usage, input);
  const saved = await saveCopy(bytes, { input: file, output, force: args.force });
  issues.push(...saved.issues);
  const code = saved.value ? EXIT.ok : EXIT.usage;
  return report(io, args, lang, pledgeSummary(pledge, input), issues, code, input, saved.value ?? undefined, model);
}

/** A copy of the workbook with the pledge sheet added; null (with an issue) when that sheet exists and no --force. */
function workbookWithSheet(pkg: XlsxPackage, model: PledgeDocument, force: boolean, issues: Issue[]): Uint8Array | null {
  const spec = pledgeSheet(model);
  const existing = pkg.sheets.find((s) => foldText(s.name) === foldText(spec.name));
  if (existing) {
    if (!force || !existing.path) {
      issues.push(issue('error', 'SHEET_EXISTS', { sheet: existing.name }, { sheet: existing.name }));
      return null;
    }
  }
  // The replaced sheet keeps its place, its name as the clerk spelled it, and everything that points at it.
  return writeWithSheet(pkg, spec, existing);
}

function report(
  io: CliIo,
  args: CliArgs,
  lang: Lang,
  summary: ReturnType<typeof pledgeSummary> | null,
  issues: readonly Issue[],
  code: ExitCode,
  input?: Parameters<typeof pledgeSummary>[1],
  written?: string,
  model?: PledgeDocument,
): ExitCode {
  if (args.json) {
    const base = summary ?? { year: input?.settings.year ? input.settings.year + 1 : null, leader: null, deputy: null, signatories: [], commitments: [] };
    const { year, leader, deputy, signatories, commitments } = base;
    io.stdout(JSON.stringify({ year, leader, deputy, signatories, commitments, issues: issues.map((i) => issueJson(i, lang)) }) + '\n');
    return code;
  }
  const t = CLI_TEXT[lang];
  if (model && written) io.stdout(t.pledgeDone(model.year, model.leaders.leader, model.leaders.deputy, model.signatories.length, summary?.commitments.length ?? 0));
  printIssues(io, issues, lang);
  if (written) io.stdout(`${t.written(written)}\n`);
  else if (code === EXIT.dataErrors) io.stderr(`${t.pledgeNotWritten}\n`);
  return code;
}
