/**
 * The process entry of `blocrank`, compiled into dist-cli/blocrank.mjs (scripts/build-cli.mjs): wires the
 * terminal to runCli, removes a half-written temporary file on Ctrl+C, and turns anything that still
 * escapes into exit 3 with an error id (never a stack trace unless BLOCRANK_DEBUG=1).
 */
import { langFromArgv } from './parseCliArgs.js';
import { issueJson, printIssues } from './reportIssues.js';
import { runCli } from './runCli.js';
import { escapeJsonControls, sanitizeTerminal } from './sanitizeTerminal.js';
import { removePendingTempFiles } from './saveCopy.js';
import { debugDetails, unexpectedFailure } from './unexpectedFailure.js';
import { EXIT } from './io.js';

const argv = process.argv.slice(2);
const io = { stdout: (text: string) => void process.stdout.write(text), stderr: (text: string) => void process.stderr.write(text) };

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    removePendingTempFiles();
    process.exit(code);
  });
}
// A reader that stops early (`blocrank … | head`) is not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

function lastResort(error: unknown): void {
  const lang = langFromArgv(argv);
  const failure = unexpectedFailure(error, argv);
  const details = debugDetails(error);
  if (details) process.stderr.write(sanitizeTerminal(`${details}\n`));
  if (argv.includes('--json')) process.stdout.write(escapeJsonControls(JSON.stringify({ issues: [issueJson(failure, lang)] })) + '\n');
  printIssues({ stdout: io.stdout, stderr: (t) => io.stderr(sanitizeTerminal(t)) }, [failure], lang);
  removePendingTempFiles();
  process.exit(EXIT.unexpected);
}
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

process.exitCode = await runCli(argv, io);
