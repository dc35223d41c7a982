import { parseArgs } from 'node:util';
import type { Lang } from '../core/model.js';
import { CLI_TEXT } from './cliText.js';

export interface CliArgs {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly output?: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly lang?: Lang;
  readonly units?: number;
  readonly help: boolean;
  readonly version: boolean;
}

/** Parses the command line; a usage problem comes back as a message in the given language. */
export function parseCliArgs(argv: readonly string[]): { args: CliArgs } | { error: string; lang: Lang } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', short: 'f', default: false },
        lang: { type: 'string' },
        units: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    const lang = langFromArgv(argv);
    return { error: optionError(e, lang), lang };
  }
  const { values, positionals } = parsed;
  const langRaw = values.lang;
  if (langRaw !== undefined && langRaw !== 'vi' && langRaw !== 'en') return { error: CLI_TEXT.vi.badLang(langRaw), lang: 'vi' };
  const lang = langRaw as Lang | undefined;
  let units: number | undefined;
  if (values.units !== undefined) {
    units = Number(values.units);
    if (!/^\d+$/.test(values.units) || units < 1 || units > 1000) return { error: CLI_TEXT[lang ?? 'vi'].badUnits(values.units), lang: lang ?? 'vi' };
  }
  const [command = '', ...rest] = positionals;
  return {
    args: {
      command,
      positionals: rest,
      ...(values.output !== undefined ? { output: values.output } : {}),
      json: values.json ?? false,
      force: values.force ?? false,
      ...(lang ? { lang } : {}),
      ...(units !== undefined ? { units } : {}),
      help: values.help ?? false,
      version: values.version ?? false,
    },
  };
}

/** The language asked for on a command line that may not parse (`--lang en` or `--lang=en`), else Vietnamese. */
export function langFromArgv(argv: readonly string[]): Lang {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'vi';
}

/** A parse failure in the clerk's words: the option named, never Node's own English text. */
function optionError(e: unknown, lang: Lang): string {
  const t = CLI_TEXT[lang];
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : '';
  const option = /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /argument missing/.test(message) ? t.optionNeedsValue(option) : t.optionTakesNoValue(option);
  return t.badArguments;
}
