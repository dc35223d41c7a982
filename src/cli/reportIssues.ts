import type { Issue } from '../core/issue.js';
import { formatIssue } from '../core/messages.js';
import type { Lang } from '../core/model.js';
import { CLI_TEXT } from './cliText.js';
import type { CliIo } from './io.js';

export interface IssueJson {
  readonly severity: Issue['severity'];
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
}

/** The issue as the --json output carries it. */
export function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    ...(issue.sheet ? { sheet: issue.sheet } : {}),
    ...(issue.cell ? { cell: issue.cell } : {}),
    message: formatIssue(issue, lang),
  };
}

/**
 * Errors, then warnings, then notes (rows skipped as not units, defaults used) on stderr, one line each,
 * naming sheet and cell: nothing BlocRank decided about the workbook stays silent.
 */
export function printIssues(io: CliIo, issues: readonly Issue[], lang: Lang): void {
  const t = CLI_TEXT[lang];
  for (const [severity, heading] of [
    ['error', t.errors],
    ['warning', t.warnings],
    ['info', t.infos],
  ] as const) {
    const list = issues.filter((i) => i.severity === severity);
    if (list.length === 0) continue;
    io.stderr(`${heading} (${list.length}):\n`);
    for (const i of list) io.stderr(`  • ${formatIssue(i, lang)}\n`);
  }
}

/** The workbook named on the command line, or null after printing what is missing (exit 2 then). */
export function inputFile(args: { readonly positionals: readonly string[]; readonly lang?: Lang }, io: CliIo): string | null {
  const file = args.positionals[0];
  if (file) return file;
  const t = CLI_TEXT[args.lang ?? 'vi'];
  io.stderr(`${t.needInput}\n\n${t.usage}`);
  return null;
}
