import type { Lang } from '../core/model.js';
import { checkInput, checkPaths, type OutputPurpose } from './checkOutput.js';
import { CLI_TEXT } from './cliText.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { parseCliArgs, type CliArgs } from './parseCliArgs.js';
import { issueJson, printIssues } from './reportIssues.js';
import { escapeJsonControls, sanitizeTerminal } from './sanitizeTerminal.js';
import { debugDetails, unexpectedFailure } from './unexpectedFailure.js';
import { VERSION } from './version.js';
import type { Issue } from '../core/issue.js';

type Command = (args: CliArgs, io: CliIo) => Promise<ExitCode>;

interface CommandEntry {
  /** Loaded on use, so `--help` and `--version` start without the workbook and document libraries. */
  readonly load: () => Promise<Command>;
  /** How many file names the command takes. */
  readonly inputs: 0 | 1;
  /** What the output (`-o`) must be, checked before any work; `folder` for a command that writes a folder. */
  readonly purpose: OutputPurpose | 'folder';
  /** The command's --json object when it stops before its work (issues only). */
  readonly emptyJson: (issues: readonly unknown[]) => object;
}

const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  rank: {
    load: async () => (await import('./rankCommand.js')).rankCommand,
    inputs: 1,
    purpose: 'rank',
    emptyJson: (issues) => ({ year: null, bloc: null, maxBase: null, units: [], issues }),
  },
  pledge: {
    load: async () => (await import('./pledgeCommand.js')).pledgeCommand,
    inputs: 1,
    purpose: 'pledge',
    emptyJson: (issues) => ({ year: null, leader: null, deputy: null, signatories: [], commitments: [], issues }),
  },
  template: {
    load: async () => (await import('./templateCommand.js')).templateCommand,
    inputs: 0,
    purpose: 'template',
    emptyJson: (issues) => ({ issues }),
  },
  ballot: {
    load: async () => (await import('./ballotCommand.js')).ballotCommand,
    inputs: 1,
    purpose: 'ballot',
    emptyJson: (issues) => ({ sheet: null, candidates: [], issues }),
  },
  dossier: {
    load: async () => (await import('./dossierCommand.js')).dossierCommand,
    inputs: 1,
    purpose: 'folder',
    emptyJson: (issues) => ({ year: null, proposals: [], documents: [], issues }),
  },
};

/**
 * What reaches the terminal: text with the workbook's control and bidi characters made visible; with
 * --json, stdout is JSON with those characters escaped (still valid, same values).
 */
function safeIo(io: CliIo, json: boolean): CliIo {
  return {
    stdout: (text) => io.stdout(json ? escapeJsonControls(text) : sanitizeTerminal(text)),
    stderr: (text) => io.stderr(sanitizeTerminal(text)),
  };
}

/**
 * Runs `blocrank` with `argv` (without node and the script); resolves to the exit code: 0 done, 1 data
 * errors, 2 usage or an unreadable or refused file, 3 an unexpected failure (reported with an id, never a
 * stack trace unless BLOCRANK_DEBUG=1). Never throws.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  const json = argv.includes('--json');
  const io = safeIo(rawIo, json);
  let lang: Lang = 'vi';
  let entry: CommandEntry | undefined;
  try {
    const parsed = parseCliArgs(argv);
    if ('error' in parsed) {
      io.stderr(`${parsed.error}\n\n${CLI_TEXT[parsed.lang].usage}`);
      return EXIT.usage;
    }
    const { args } = parsed;
    lang = args.lang ?? 'vi';
    const t = CLI_TEXT[lang];
    if (args.version) {
      io.stdout(`blocrank ${VERSION}\n`);
      return EXIT.ok;
    }
    if (args.help || args.command === '' || args.command === 'help') {
      io.stdout(t.usage);
      return args.command === '' && !args.help ? EXIT.usage : EXIT.ok;
    }
    entry = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!entry) {
      io.stderr(`${t.unknownCommand(args.command)}\n\n${t.usage}`);
      return EXIT.usage;
    }
    const extra = args.positionals.slice(entry.inputs);
    if (extra.length > 0) {
      io.stderr(`${t.extraArguments(args.command, extra)}\n\n${t.usage}`);
      return EXIT.usage;
    }
    const input = entry.inputs ? args.positionals[0] : undefined;
    // A folder output is the command's own to check (it may exist); the input is checked for every command.
    const refused =
      entry.purpose === 'folder' ? await checkInput(input) : await checkPaths(entry.purpose, input, args.output);
    if (refused.length > 0) return stop(io, args.json, lang, entry, refused, EXIT.usage);
    const command = await entry.load();
    return await command(args, io);
  } catch (error) {
    const failure = unexpectedFailure(error, argv);
    const details = debugDetails(error);
    if (details) io.stderr(`${details}\n`);
    return stop(io, json, lang, entry, [failure], EXIT.unexpected);
  }
}

/** Ends a run that did no work: the issues on stderr, and with --json the command's object on stdout. */
function stop(
  io: CliIo,
  json: boolean,
  lang: Lang,
  entry: CommandEntry | undefined,
  issues: readonly Issue[],
  code: ExitCode,
): ExitCode {
  if (json)
    io.stdout(JSON.stringify((entry ?? COMMANDS.template!).emptyJson(issues.map((i) => issueJson(i, lang)))) + '\n');
  printIssues(io, issues, lang);
  return code;
}
