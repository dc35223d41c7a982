import { basename, dirname, extname, join } from 'node:path';
import type { BallotOutcome, Proposal } from '../core/applyBallot.js';
import { formatNumber } from '../core/format.js';
import type { Issue } from '../core/issue.js';
import { AWARD_LABELS } from '../core/labels.js';
import type { Lang } from '../core/model.js';
import { dossierWorkbook } from '../grid/dossierWorkbook.js';
import { readBookFile } from './readBookFile.js';
import { formatTable } from './formatTable.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { inputFile, issueJson, printIssues } from './reportIssues.js';

/** The dossier command's own words (issue messages come from core/messages.ts). */
const TEXT = {
  vi: {
    title: (bloc: string, year: number) => `${bloc} — đề nghị khen thưởng năm ${year}`,
    head: { rank: 'Hạng', unit: 'Đơn vị', award: 'Hình thức', votes: 'Số phiếu', approval: 'Tỷ lệ', status: 'Kết quả' },
    status: { passed: 'đạt', failed: 'không đạt', pending: 'chờ bỏ phiếu', tie: 'cần bình xét' },
    threshold: (t: string, voters: number) => `Tỷ lệ phiếu tối thiểu ${t} % của ${voters} thành viên bỏ phiếu (theo quy định của Khối).`,
    noBallot: 'Sổ chưa có trang "Bình bầu": các đề nghị lấy từ kết quả xếp hạng, số phiếu để trống trong biên bản.',
    none: 'Không có đề nghị khen thưởng nào.',
    later: (folder: string) =>
      `Biên bản, tờ trình và báo cáo thành tích (.docx) sẽ có ở phiên bản sau: lần này không ghi tệp nào (thư mục dự kiến: ${folder}).`,
    notDone: 'Sổ có lỗi dữ liệu: chưa lập được danh sách đề nghị.',
  },
  en: {
    title: (bloc: string, year: number) => `${bloc} — award proposals ${year}`,
    head: { rank: 'Rank', unit: 'Unit', award: 'Award', votes: 'Votes', approval: 'Approval', status: 'Result' },
    status: { passed: 'passed', failed: 'failed', pending: 'vote pending', tie: 'bloc to decide' },
    threshold: (t: string, voters: number) => `Vote threshold ${t} % of ${voters} voters (the bloc's rule).`,
    noBallot: 'The workbook has no "Ballot" sheet: proposals come from the ranking; the minutes leave the votes blank.',
    none: 'No award is proposed.',
    later: (folder: string) =>
      `The minutes, the submission and the achievement reports (.docx) come with a later version: no file is written this time (planned folder: ${folder}).`,
    notDone: 'The workbook has data errors: no list of proposals.',
  },
} as const;

const SHORT_AWARD: Record<Lang, Record<string, string>> = {
  vi: { CO_CHINH_PHU: 'Cờ Chính phủ', CO_UBND_TINH: 'Cờ UBND tỉnh', BANG_KHEN_UBND_TINH: 'Bằng khen' },
  en: { CO_CHINH_PHU: 'Government flag', CO_UBND_TINH: 'Provincial flag', BANG_KHEN_UBND_TINH: 'Certificate' },
};

/** `<name>.ho-so-<N>/` beside the input: where the documents will go. */
export function defaultDossierFolder(input: string, year: number | null): string {
  return join(dirname(input), `${basename(input, extname(input))}.ho-so-${year ?? 'N'}`);
}

/**
 * `blocrank dossier`: the year-end dossier's data — the proposals after the ballot of the `Bình bầu`
 * sheet (DOMAIN.md §10). For now it prints them (a table, or `--json`) and writes nothing: the
 * documents (minutes, submission, achievement reports) come with the legal-wording work. Exit codes
 * are those of `rank`.
 */
export async function dossierCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const file = inputFile(args, io);
  if (!file) return EXIT.usage;
  const userLang: Lang = args.lang ?? 'vi';
  const loaded = await readBookFile(file);
  if (!loaded.value) return finish(io, args, userLang, null, null, loaded.issues, EXIT.usage, file);
  const run = dossierWorkbook(loaded.value.grid, args.lang ? { lang: args.lang } : {});
  const issues: Issue[] = [...loaded.issues, ...run.issues];
  const year = run.book?.input.settings.year ?? null;
  if (!run.ballot || !run.result) return finish(io, args, run.lang, year, null, issues, EXIT.dataErrors, file);
  const text = args.json ? '' : proposalTable(run.result.settings.bloc, year!, run.ballot, run.result.units.map((u) => u.rank), run.lang);
  return finish(io, args, run.lang, year, run.ballot, issues, EXIT.ok, file, text);
}

function finish(
  io: CliIo,
  args: CliArgs,
  lang: Lang,
  year: number | null,
  ballot: BallotOutcome | null,
  issues: readonly Issue[],
  code: ExitCode,
  file: string,
  table = '',
): ExitCode {
  if (args.json) {
    io.stdout(JSON.stringify(dossierJson(year, ballot, issues, lang)) + '\n');
    return code;
  }
  if (table) io.stdout(table);
  printIssues(io, issues, lang);
  const t = TEXT[lang];
  if (code === EXIT.ok) io.stdout(`\n${t.later(args.output ?? defaultDossierFolder(file, year))}\n`);
  else if (code === EXIT.dataErrors) io.stderr(`${t.notDone}\n`);
  return code;
}

/** The `--json` object: proposals in rank order (empty with data errors); no documents yet. */
export function dossierJson(year: number | null, ballot: BallotOutcome | null, issues: readonly Issue[], lang: Lang) {
  return {
    year,
    proposals: (ballot?.proposals ?? []).map((p) => ({
      unit: p.name,
      award: p.award,
      votes: p.votes,
      voters: p.voters,
      approval: p.approval,
      passed: p.status === 'passed',
      status: p.status,
    })),
    documents: [] as string[],
    issues: issues.map((i) => issueJson(i, lang)),
  };
}

/** The readable table of proposals, in rank order, with the threshold and whether a ballot was read. */
export function proposalTable(bloc: string, year: number, ballot: BallotOutcome, ranks: readonly number[], lang: Lang): string {
  const t = TEXT[lang];
  const status = (p: Proposal) => (p.tie && p.status === 'pending' ? t.status.tie : t.status[p.status]);
  const rows = ballot.proposals.map((p) => [
    String(ranks[p.unit] ?? ''),
    p.name,
    SHORT_AWARD[lang][p.award] ?? AWARD_LABELS[p.award][lang],
    p.votes === null ? '—' : `${p.votes}/${p.voters}`,
    p.approval === null ? '—' : `${formatNumber(p.approval * 100, lang, 1)} %`,
    status(p),
  ]);
  const h = t.head;
  const table =
    rows.length === 0
      ? `${t.none}\n`
      : formatTable(
          [{ header: h.rank, align: 'right' }, { header: h.unit }, { header: h.award }, { header: h.votes, align: 'right' }, { header: h.approval, align: 'right' }, { header: h.status }],
          rows,
        );
  const note = ballot.hasBallot ? t.threshold(formatNumber(ballot.thresholdPercent, lang, 2), ballot.voters) : t.noBallot;
  return `${t.title(bloc, year)}\n\n${table}${note}\n`;
}
