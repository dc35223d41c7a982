import { createRequire } from 'node:module';
import { CLI_TEXT } from './cliText.js';
import { dossierCommand } from './dossierCommand.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { parseCliArgs } from './parseCliArgs.js';
import { pledgeCommand } from './pledgeCommand.js';
import { rankCommand } from './rankCommand.js';
import { templateCommand } from './templateCommand.js';

const COMMANDS = {
  rank: rankCommand,
  pledge: pledgeCommand,
  template: templateCommand,
  dossier: dossierCommand,
} as const;

/** Runs `blocrank` with `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCliArgs(argv);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n\n${CLI_TEXT[parsed.lang].usage}`);
    return EXIT.usage;
  }
  const { args } = parsed;
  const t = CLI_TEXT[args.lang ?? 'vi'];
  if (args.version) {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    io.stdout(`blocrank ${pkg.version}\n`);
    return EXIT.ok;
  }
  if (args.help || args.command === '' || args.command === 'help') {
    io.stdout(t.usage);
    return args.command === '' && !args.help ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[args.command as keyof typeof COMMANDS];
  if (!command) {
    io.stderr(`${t.unknownCommand(args.command)}\n\n${t.usage}`);
    return EXIT.usage;
  }
  return command(args, io);
}
