// Runs the TDKT worksheet functions over a bloc workbook the way a clerk would lay them out in the sheet, with
// arguments taken from the workbook's own cells (the points rows, the criteria's maxima and kinds, the settings
// cells, the fact columns), and the engine (`blocrank rank`: readBloc → rankBloc → resultWrites) beside it.
import { normalizePoints } from '../../src/core/format.js';
import { tieBreakerById } from '../../src/core/tieBreakers.js';
import type { Lang } from '../../src/core/model.js';
import { rankBloc as engineRankBloc } from '../../src/core/rankBloc.js';
import { RESULT_COLUMNS } from '../../src/core/labels.js';
import { mergeIssues } from '../../src/grid/mergeIssues.js';
import { readBloc, type BlocBook } from '../../src/grid/readBloc.js';
import { resultWrites } from '../../src/grid/resultWrites.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types.js';
import type { SettingKey } from '../../src/grid/names.js';
import type { Issue } from '../../src/core/issue.js';
import { awards, grade, maxScore, rankBloc, total } from '../../src/functions/functions.js';

const sheetOf = (book: WorkbookGrid, name: string): SheetGrid => book.sheets.find((s) => s.name === name)!;
const cell = (sheet: SheetGrid, row: number, col: number): CellValue => sheet.rows[row - 1]?.[col - 1] ?? null;
const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** The result columns as the functions compute them, one value (or CustomFunctions.Error) per unit. */
export interface FunctionColumns {
  readonly totals: unknown[];
  readonly maxScore: number;
  readonly grades: unknown[];
  /** Spilled over the whole column, tie-break columns given as one block in tiebreak1. */
  readonly ranks: unknown[];
  /** Spilled, the same tie-break columns spread over tiebreak1…3. */
  readonly ranksSpread: unknown[];
  /** Per cell, `=TDKT.RANKBLOC(H2:M2, H$2:H$12, I$2:M$12)` filled down. */
  readonly ranksPerCell: unknown[];
  readonly awards: unknown[];
  /** The tie-break helper columns a clerk would add (one row per unit). */
  readonly keyColumns: unknown[][];
}

/** What `blocrank rank` writes, per unit, or its issues when the workbook has errors. */
export interface EngineColumns {
  readonly ok: boolean;
  readonly totals: (number | string | null)[];
  readonly ranks: (number | string | null)[];
  readonly grades: (number | string | null)[];
  readonly awards: (number | string | null)[];
  /** Issues located in the workbook (sheet and A1 cell). */
  readonly issues: readonly Issue[];
}

export function readBook(book: WorkbookGrid): BlocBook {
  const read = readBloc(book);
  if (!read.value) throw new Error(`readBloc could not read the book: ${read.issues.map((i) => i.code).join(', ')}`);
  return read.value;
}

/** The engine's run, written as the CLI writes the result columns (language `lang`). */
export function engineColumns(book: WorkbookGrid, lang: Lang): EngineColumns {
  const read = readBloc(book);
  const { input, layout } = read.value!;
  const result = engineRankBloc(input, { lang });
  const issues = mergeIssues(read.issues, result.issues, layout);
  const n = input.units.length;
  const columns = Object.fromEntries(RESULT_COLUMNS.map((k) => [k, new Array(n).fill(null)])) as Record<
    (typeof RESULT_COLUMNS)[number],
    (number | string | null)[]
  >;
  const ok = read.ok && result.ok && result.value !== null;
  if (ok) {
    const writes = resultWrites(layout, result.value!, { lang, explain: () => '' });
    for (const w of writes) {
      if (w.role === 'header') continue;
      const unit = layout.unitRows.indexOf(w.row);
      const key = RESULT_COLUMNS.find((k) => layout.resultColumns[k] === w.col)!;
      columns[key][unit] = w.value;
    }
  }
  return { ok, totals: columns.total, ranks: columns.rank, grades: columns.grade, awards: columns.award, issues };
}

/**
 * The functions over the workbook's cells. The tie-break helper columns follow the workbook's chain
 * (`Thứ tự phá hòa`), as a clerk would compute them in the sheet: group scores with TDKT.TOTAL over the group's
 * columns, `=-K5` for penalties, `=MIN(T5, cap)` for the bonus as counted, the votes column itself, and
 * `=N5>=70` for the women priority.
 */
export function functionColumns(book: WorkbookGrid, lang: Lang): FunctionColumns {
  const { input, layout } = readBook(book);
  const criteriaSheet = sheetOf(book, layout.criteriaSheet);
  const scores = sheetOf(book, layout.scoresSheet);
  const settings = sheetOf(book, layout.settingsSheet);
  const crit = layout.criteria!;
  const maxima = column(crit.rows.map((r) => cell(criteriaSheet, r, crit.maxColumn)));
  const kinds =
    crit.kindColumn === null ? undefined : column(crit.rows.map((r) => cell(criteriaSheet, r, crit.kindColumn!)));
  const points = layout.unitRows.map((r) => layout.criterionColumns.map((c) => cell(scores, r, c)));
  const setting = (key: SettingKey): unknown => {
    const at = layout.settingCells[key];
    return at ? cell(settings, at.row, at.col) : null;
  };
  const fact = (key: 'discipline' | 'exceededTargets' | 'strongOrganisations' | 'votes'): unknown[][] | undefined => {
    const c = layout.factColumns?.[key];
    return c === undefined ? undefined : column(layout.unitRows.map((r) => cell(scores, r, c)));
  };

  const totals = total(points, maxima, kinds, setting('bonusCapPercent'));
  const max = maxScore(maxima, kinds);
  const grades = grade(totals, max, lang, setting('bands.excellent'), setting('bands.good'), setting('bands.complete'));

  // The tie-break helper columns, in the workbook's order; links whose column is absent are skipped (as the engine).
  const groups = new Set(input.criteria.filter((c) => c.kind === 'score').map((c) => c.group));
  const capPercent = input.settings.bonusCapPercent;
  const cap = (capPercent * (max as number)) / 100;
  const keyColumns: unknown[][] = [];
  // The women's priority applies only among equally qualified units: the engine takes it last (as the clerk
  // does when she orders the RANKBLOC key columns).
  const chain = [...input.settings.tieBreak.filter((l) => l.id !== 'women'), ...input.settings.tieBreak.filter((l) => l.id === 'women')];
  for (const link of chain) {
    if (!tieBreakerById(link.id).available(input.facts, groups, link.param)) continue;
    const sum = (kind: 'bonus' | 'penalty', u: number) =>
      normalizePoints(
        input.criteria.reduce((s, c, i) => s + (c.kind === kind ? (input.units[u]!.points[i] ?? 0) : 0), 0),
      );
    switch (link.id) {
      case 'group': {
        const idx = input.criteria.flatMap((c, i) => (c.kind === 'score' && c.group === link.param ? [i] : []));
        const groupTotals = total(
          points.map((row) => idx.map((i) => row[i])),
          column(idx.map((i) => maxima[i]![0])),
          kinds && column(idx.map((i) => kinds[i]![0])),
        );
        keyColumns.push(groupTotals.map((r) => r[0]));
        break;
      }
      case 'penalty':
        keyColumns.push(input.units.map((_, u) => -sum('penalty', u)));
        break;
      case 'bonus':
        keyColumns.push(input.units.map((_, u) => Math.min(sum('bonus', u), cap)));
        break;
      case 'votes':
        keyColumns.push(fact('votes')!.map((r) => r[0]));
        break;
      case 'women':
        keyColumns.push(input.units.map((u) => (u.womenPercent ?? 0) >= 70));
        break;
    }
  }
  const n = points.length;
  const rowsOf = (cols: readonly unknown[][]): unknown[][] =>
    Array.from({ length: n }, (_, r) => cols.map((c) => c[r]));
  const block = keyColumns.length > 0 ? rowsOf(keyColumns) : undefined;
  const ranks = rankBloc(totals, undefined, block);
  const spread = [keyColumns.slice(0, 2), keyColumns.slice(2, 4), keyColumns.slice(4)].map((cols) =>
    cols.length > 0 ? rowsOf(cols) : undefined,
  );
  const ranksSpread = rankBloc(totals, undefined, spread[0], spread[1], spread[2]);
  const ranksPerCell = totals.map((t, r) => {
    try {
      return rankBloc([[t[0], ...keyColumns.map((k) => k[r])]], totals, block)[0]![0];
    } catch (err) {
      return err;
    }
  });
  let proposed: unknown[][];
  try {
    proposed = awards(
      ranks,
      grades,
      fact('discipline'),
      setting('provincialFlags'),
      setting('certificates'),
      fact('exceededTargets'),
      fact('strongOrganisations'),
      setting('nominateGovernmentFlag'),
      setting('governmentFlagWithProvincial'),
      setting('awardGrade'),
      lang,
    );
  } catch (err) {
    proposed = ranks.map(() => [err]);
  }
  const first = (m: unknown[][]) => m.map((r) => r[0]);
  return {
    totals: first(totals),
    maxScore: max,
    grades: first(grades),
    ranks: first(ranks),
    ranksSpread: first(ranksSpread),
    ranksPerCell,
    awards: first(proposed),
    keyColumns,
  };
}

/** A bloc workbook as a clerk types it (Vietnamese sheets), for agreement tests on blocs built in code. */
export interface BookSpec {
  /** Settings items by their Vietnamese name, e.g. `{ 'Số Bằng khen': 'Tự động' }`. */
  readonly settings?: Readonly<Record<string, CellValue>>;
  /** Criteria rows: code, group, max, kind. */
  readonly criteria: ReadonlyArray<readonly [string, string, CellValue, string]>;
  /** Unit rows: name, points (one per criterion), then votes, women %, Kỷ luật, Vượt chỉ tiêu, Tổ chức … */
  readonly units: ReadonlyArray<{
    readonly name: string;
    readonly points: readonly CellValue[];
    readonly votes?: CellValue;
    readonly women?: CellValue;
    readonly discipline?: CellValue;
    readonly exceeded?: CellValue;
    readonly strong?: CellValue;
  }>;
}

export function bookOf(spec: BookSpec): WorkbookGrid {
  const settings: CellValue[][] = [
    ['Mục', 'Giá trị'],
    ['Năm', 2025],
    ['Tên khối', 'Khối thử nghiệm'],
    ...Object.entries(spec.settings ?? {}).map(([k, v]) => [k, v]),
  ];
  const criteria: CellValue[][] = [
    ['Mã', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ...spec.criteria.map(([c, g, m, k]) => [c, g, '', m, k]),
  ];
  const header = [
    'STT',
    'Đơn vị',
    ...spec.criteria.map(([c]) => c),
    'Số phiếu',
    'Tỷ lệ nữ (%)',
    'Kỷ luật',
    'Vượt chỉ tiêu',
    'Tổ chức đảng, đoàn thể vững mạnh',
  ];
  const rows: CellValue[][] = spec.units.map((u, i) => [
    i + 1,
    u.name,
    ...u.points,
    u.votes ?? null,
    u.women ?? null,
    u.discipline ?? null,
    u.exceeded ?? null,
    u.strong ?? null,
  ]);
  return {
    sheets: [
      { name: 'Cấu hình', rows: settings },
      { name: 'Tiêu chí', rows: criteria },
      { name: 'Chấm điểm', rows: [['BẢNG CHẤM ĐIỂM'], header, ...rows] },
    ],
  };
}
