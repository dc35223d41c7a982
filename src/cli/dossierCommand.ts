import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { BallotOutcome, Proposal } from '../core/applyBallot.js';
import { formatNumber } from '../core/format.js';
import { issue, type Issue } from '../core/issue.js';
import { AWARD_LABELS } from '../core/labels.js';
import type { Lang } from '../core/model.js';
import { dossierIssues } from '../docx/dossier/dossierFacts.js';
import { dossierDocuments, packDossierDocument } from '../docx/dossier/packDossier.js';
import { dossierWorkbook } from '../grid/dossierWorkbook.js';
import { mergeIssues } from '../grid/mergeIssues.js';
import { readBookFile } from './readBookFile.js';
import { formatTable } from './formatTable.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import type { CliArgs } from './parseCliArgs.js';
import { inputFile, issueJson, printIssues } from './reportIssues.js';
import { saveCopy, TEMP_FILE } from './saveCopy.js';

/** The dossier command's own words (issue messages come from core/messages.ts). */
const TEXT = {
  vi: {
    title: (bloc: string, year: number) => `${bloc} — đề nghị khen thưởng năm ${year}`,
    head: { rank: 'Hạng', unit: 'Đơn vị', award: 'Hình thức', votes: 'Số phiếu', approval: 'Tỷ lệ', status: 'Kết quả' },
    status: { passed: 'đạt', failed: 'không đạt', pending: 'chờ bỏ phiếu', tie: 'cần bình xét' },
    threshold: (t: string, voters: number) => `Tỷ lệ phiếu tối thiểu ${t} % của ${voters} thành viên bỏ phiếu (theo quy định của Khối).`,
    noBallot: 'Sổ chưa có trang "Bình bầu": các đề nghị lấy từ kết quả xếp hạng, số phiếu để trống trong biên bản.',
    none: 'Không có đề nghị khen thưởng nào.',
    wrote: (folder: string, count: number) => `Đã ghi ${String(count).padStart(2, '0')} văn bản vào thư mục ${folder}:`,
    kinds: { bienBan: 'biên bản họp bình xét thi đua', toTrinh: 'tờ trình đề nghị khen thưởng (kèm danh sách)', baoCao: 'báo cáo thành tích' },
    notDone: 'Sổ có lỗi dữ liệu: chưa lập được danh sách đề nghị, không ghi văn bản nào.',
    notWritten: 'Không ghi văn bản nào.',
  },
  en: {
    title: (bloc: string, year: number) => `${bloc} — award proposals ${year}`,
    head: { rank: 'Rank', unit: 'Unit', award: 'Award', votes: 'Votes', approval: 'Approval', status: 'Result' },
    status: { passed: 'passed', failed: 'failed', pending: 'vote pending', tie: 'bloc to decide' },
    threshold: (t: string, voters: number) => `Vote threshold ${t} % of ${voters} voters (the bloc's rule).`,
    noBallot: 'The workbook has no "Ballot" sheet: proposals come from the ranking; the minutes leave the votes blank.',
    none: 'No award is proposed.',
    wrote: (folder: string, count: number) => `Wrote ${count} document(s) into ${folder}:`,
    kinds: { bienBan: 'minutes of the meeting', toTrinh: 'submission (with the annex list)', baoCao: 'achievement report' },
    notDone: 'The workbook has data errors: no list of proposals, no document written.',
    notWritten: 'No document was written.',
  },
} as const;

const SHORT_AWARD: Record<Lang, Record<string, string>> = {
  vi: { CO_CHINH_PHU: 'Cờ Chính phủ', CO_UBND_TINH: 'Cờ UBND tỉnh', BANG_KHEN_UBND_TINH: 'Bằng khen' },
  en: { CO_CHINH_PHU: 'Government flag', CO_UBND_TINH: 'Provincial flag', BANG_KHEN_UBND_TINH: 'Certificate' },
};

/** `<name>.ho-so-<N>/` beside the input: where the documents go by default. */
export function defaultDossierFolder(input: string, year: number | null): string {
  return join(dirname(input), `${basename(input, extname(input))}.ho-so-${year ?? 'N'}`);
}

interface Written {
  readonly path: string;
  readonly kind: 'bienBan' | 'toTrinh' | 'baoCao';
  readonly unit?: string;
}

/**
 * `blocrank dossier`: the year-end dossier (DOMAIN.md §10) — the proposals after the ballot of the
 * `Bình bầu` sheet, printed (a table, or `--json`), and the documents written as .docx into
 * `<name>.ho-so-<N>/` (or `-o folder`): the minutes, the submission with its annex, one achievement report
 * per proposed unit. Nothing is written with data errors (exit 1); a non-empty folder is refused without
 * `--force`, which overwrites only the dossier's own files; an output that is a file is refused (exit 2).
 * Each file is written safely (temporary file, then rename), with the review's date: same workbook, same bytes.
 */
export async function dossierCommand(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const file = inputFile(args, io);
  if (!file) return EXIT.usage;
  const userLang: Lang = args.lang ?? 'vi';
  const loaded = await readBookFile(file);
  if (!loaded.value) return finish(io, args, userLang, null, null, loaded.issues, EXIT.usage, []);
  const run = dossierWorkbook(loaded.value.grid, args.lang ? { lang: args.lang } : {});
  const issues: Issue[] = [...loaded.issues, ...run.issues];
  const year = run.book?.input.settings.year ?? null;
  if (!run.ballot || !run.result || !run.book || !run.dossier) return finish(io, args, run.lang, year, null, issues, EXIT.dataErrors, []);
  const text = args.json ? '' : proposalTable(run.result.settings.bloc, year!, run.ballot, run.result.units.map((u) => u.rank), run.lang);

  const facts = { input: run.book.input, result: run.result, ballot: run.ballot, next: run.next, meeting: run.dossier };
  issues.push(...mergeIssues([], dossierIssues(facts), run.book.layout));
  const folder = args.output ?? defaultDossierFolder(file, year);
  const refused = await refuseFolder(folder, args.force);
  if (refused) return finish(io, args, run.lang, year, run.ballot, [...issues, refused], EXIT.usage, [], text);

  // Every document is made before anything is written: a failure leaves the folder as it was.
  const docs = dossierDocuments(facts);
  const packed = await Promise.all(docs.map(async (doc) => ({ doc, bytes: await packDossierDocument(doc, year!) })));
  await mkdir(folder, { recursive: true });
  const written: Written[] = [];
  for (const { doc, bytes } of packed) {
    const path = join(folder, doc.fileName);
    const saved = await saveCopy(bytes, { output: path, input: file, force: true });
    if (!saved.ok) return finish(io, args, run.lang, year, run.ballot, [...issues, ...saved.issues], EXIT.usage, written, text);
    written.push({ path, kind: doc.kind, ...(doc.unit !== undefined ? { unit: run.result.units[doc.unit]!.name } : {}) });
  }
  return finish(io, args, run.lang, year, run.ballot, issues, EXIT.ok, written, text, folder);
}

/** Refuses an output that exists and is not a folder, and a non-empty folder without `--force`. */
async function refuseFolder(folder: string, force: boolean): Promise<Issue | null> {
  const found = await stat(folder).catch(() => null);
  if (!found) return null;
  if (!found.isDirectory()) return issue('error', 'DOSSIER_OUTPUT_NOT_FOLDER', { path: folder });
  const entries = (await readdir(folder)).filter((name) => !TEMP_FILE.test(name));
  return entries.length > 0 && !force ? issue('error', 'DOSSIER_FOLDER_NOT_EMPTY', { path: folder }) : null;
}

function finish(
  io: CliIo,
  args: CliArgs,
  lang: Lang,
  year: number | null,
  ballot: BallotOutcome | null,
  issues: readonly Issue[],
  code: ExitCode,
  written: readonly Written[],
  table = '',
  folder = '',
): ExitCode {
  if (args.json) {
    io.stdout(JSON.stringify(dossierJson(year, ballot, issues, lang, written.map((w) => w.path))) + '\n');
    return code;
  }
  if (table) io.stdout(table);
  printIssues(io, issues, lang);
  const t = TEXT[lang];
  if (code === EXIT.ok) {
    io.stdout(`\n${t.wrote(folder, written.length)}\n`);
    for (const w of written) io.stdout(`  • ${w.path} — ${t.kinds[w.kind]}${w.unit ? `: ${w.unit}` : ''}\n`);
  } else if (code === EXIT.dataErrors) io.stderr(`${t.notDone}\n`);
  else if (written.length === 0) io.stderr(`${t.notWritten}\n`);
  return code;
}

/** The `--json` object: proposals in rank order (empty with data errors) and the paths of the documents written. */
export function dossierJson(year: number | null, ballot: BallotOutcome | null, issues: readonly Issue[], lang: Lang, documents: readonly string[] = []) {
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
    documents: [...documents],
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
