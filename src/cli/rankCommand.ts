import { basename, dirname, extname, join } from 'node:path';
import { formatNumber } from '../core/format.js';
import type { Issue } from '../core/issue.js';
import { rankWorkbook } from '../grid/rankWorkbook.js';
import { AWARD_LABELS, BAND_LABELS } from '../core/labels.js';
import type { Lang } from '../core/model.js';
import type { BlocResult } from '../core/result.js';
import { checkPoints } from '../core/checkPoints.js';
import { maxBaseScore } from '../core/maxBaseScore.js';
import { scoreUnit } from '../core/scoreUnit.js';
import type { BlocInput } from '../core/model.js';
import type { BlocLayout } from '../grid/types.js';
import { issue } from '../core/issue.js';
import { saveCopy } from './saveCopy.js';
import { writeRankedCopy } from '../xlsx/writeRankedCopy.js';
import { CLI_TEXT } from './cliText.js';
import { formatTable } from './formatTable.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { readBookFile } from './readBookFile.js';
import { inputFile, issueJson, printIssues } from './reportIssues.js';

/** `blocrank rank`: the default output sits beside the input as `<name>.ranked.xlsx` (`.xlsm` for a macro workbook). */
export function defaultRankedPath(input: string, macroEnabled = extname(input).toLowerCase() === '.xlsm'): string {
  return join(dirname(input), `${basename(input, extname(input))}.ranked.${macroEnabled ? 'xlsm' : 'xlsx'}`);
}

export async function rankCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const file = inputFile(args, io);
  if (!file) return EXIT.usage;
  const userLang: Lang = args.lang ?? 'vi';
  const loaded = await readBookFile(file);
  if (!loaded.value) return finish(io, args, userLang, null, null, null, loaded.issues, EXIT.usage);
  const macroEnabled = loaded.value.macroEnabled;
  const output = args.output ?? defaultRankedPath(file, macroEnabled);
  const ext = extname(output).toLowerCase();
  if (macroEnabled ? ext !== '.xlsm' : ext === '.xlsm') {
    // A macro workbook stays .xlsm (with its macros); a plain one does not become .xlsm by its name.
    const refused = issue('error', 'MACRO_OUTPUT_EXTENSION', { input: file, suggestion: defaultRankedPath(file, macroEnabled), ext: macroEnabled ? 'xlsm' : 'xlsx' });
    return finish(io, args, userLang, null, null, null, [refused], EXIT.usage);
  }
  const run = rankWorkbook(loaded.value.grid, args.lang ? { lang: args.lang } : {});
  const issues: Issue[] = [...loaded.issues, ...run.issues];
  const input = run.book?.input ?? null;
  const layout = run.book?.layout ?? null;
  if (!run.result) return finish(io, args, run.lang, input, layout, null, issues, EXIT.dataErrors);

  const copy = writeRankedCopy(loaded.value, run.writes);
  if (!copy.value) return finish(io, args, run.lang, input, layout, null, [...issues, ...copy.issues], EXIT.dataErrors);
  const saved = await saveCopy(copy.value, { input: file, output, force: args.force });
  issues.push(...saved.issues);
  const code = saved.value ? EXIT.ok : EXIT.usage;
  return finish(io, args, run.lang, input, layout, run.result, issues, code, run.explain, saved.value ?? undefined);
}

function finish(
  io: CliIo,
  args: CliArgs,
  lang: Lang,
  input: BlocInput | null,
  layout: BlocLayout | null,
  result: BlocResult | null,
  issues: readonly Issue[],
  code: ExitCode,
  explain?: (index: number) => string,
  written?: string,
): ExitCode {
  if (args.json) {
    io.stdout(JSON.stringify(rankJson(lang, input, layout, result, issues, explain)) + '\n');
    return code;
  }
  if (result && input && explain) io.stdout(rankTable(result, lang));
  printIssues(io, issues, lang);
  const t = CLI_TEXT[lang];
  if (written) io.stdout(`\n${t.written(written)}\n`);
  else if (code === EXIT.dataErrors) io.stderr(`${t.notWritten}\n`);
  return code;
}

/** The `--json` object: units in row order; on data errors ranks are null and awards empty. */
export function rankJson(
  lang: Lang,
  input: BlocInput | null,
  layout: BlocLayout | null,
  result: BlocResult | null,
  issues: readonly Issue[],
  explain?: (index: number) => string,
) {
  const maxBase = input ? maxBaseScore(input.criteria) : null;
  const bonusCap = input && maxBase !== null ? (input.settings.bonusCapPercent * maxBase) / 100 : 0;
  return {
    year: input?.settings.year ?? null,
    bloc: input?.settings.bloc ?? null,
    maxBase,
    units: (input?.units ?? []).map((u, i) => {
      const r = result?.units[i];
      // Without a ranking, a unit's own total is still shown when its points are valid.
      const valid = !r && input && checkPoints(u.points, input.criteria).length === 0;
      return {
        row: layout?.unitRows[i] ?? null,
        unit: u.name,
        total: r ? r.total : valid ? scoreUnit(u.points, input!.criteria, { bonusCap }).total : null,
        rank: r?.rank ?? null,
        tied: r?.tied ?? false,
        grade: r?.grade ?? null,
        awards: r ? [...r.awards] : [],
        explanation: r && explain ? explain(i) : '',
      };
    }),
    issues: issues.map((i) => issueJson(i, lang)),
  };
}

const SHORT_AWARD: Record<Lang, Record<string, string>> = {
  vi: { CO_CHINH_PHU: 'Cờ Chính phủ', CO_UBND_TINH: 'Cờ UBND tỉnh', BANG_KHEN_UBND_TINH: 'Bằng khen' },
  en: { CO_CHINH_PHU: 'Government flag', CO_UBND_TINH: 'Provincial flag', BANG_KHEN_UBND_TINH: 'Certificate' },
};

/** The readable ranking table, in rank order. */
export function rankTable(result: BlocResult, lang: Lang): string {
  const t = CLI_TEXT[lang];
  const rows = Array.from(result.order, (i) => {
    const u = result.units[i]!;
    const pending = u.notes.some((n) => n.kind === 'pendingTie');
    const confirm = u.notes.some((n) => n.kind === 'confirm') ? ` (${t.confirmMark})` : '';
    const awards = u.awards.map((a) => SHORT_AWARD[lang][a] ?? AWARD_LABELS[a][lang]).join(' + ') + confirm;
    return [
      `${u.rank}${u.tied ? '=' : ''}`,
      u.name,
      formatNumber(u.total, lang),
      BAND_LABELS[u.grade][lang],
      pending ? (lang === 'vi' ? 'cần bình xét' : 'bloc to decide') + (awards ? ` (${awards})` : '') : awards,
    ];
  });
  const table = formatTable(
    [{ header: t.head.rank, align: 'right' }, { header: t.head.unit }, { header: t.head.total, align: 'right' }, { header: t.head.grade }, { header: t.head.award }],
    rows,
  );
  const tieNote = result.units.some((u) => u.tied) ? `${t.tiedMark}\n` : '';
  return `${t.title(result.settings.bloc, result.settings.year)}\n\n${table}${tieNote}`;
}
