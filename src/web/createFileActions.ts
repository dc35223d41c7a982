import { hasErrors, issue, type Issue } from '../core/issue.js';
import type { Lang } from '../core/model.js';
import { cellAt } from '../grid/_lib/cells.js';
import { BAC_NINH_2018, exampleSheets, THAM_MUU_2025 } from '../grid/examples.js';
import { findSheet } from '../grid/findSheet.js';
import { pledgeSheet } from '../grid/pledgeSheet.js';
import { rankWorkbook, type RankedWorkbook } from '../grid/rankWorkbook.js';
import { readBloc } from '../grid/readBloc.js';
import { settingWrites } from '../grid/settingWrites.js';
import { templateSheets } from '../grid/templateSheets.js';
import type { SheetSpec } from '../grid/sheetSpec.js';
import type { CellWrite } from '../grid/types.js';
import type { ActionOutcome, BlocActions, BlocState, IssueView, RankOutcome, WorkbookState } from '../excel/actions.js';
import { ballotSheetOf } from '../excel/dossier/addBallotSheet.js';
import { dossierDocxOf } from '../excel/dossier/dossierDocx.js';
import { buildDossier } from '../excel/dossier/dossierRun.js';
import { dossierReadOf, noDossier } from '../excel/dossier/readDossier.js';
import { conflictingSheets, describeBook } from '../excel/detect.js';
import { buildFromGrid, noPledgePreview, pledgePreviewOf } from '../excel/pledge.js';
import { settingsOf } from '../excel/settings.js';
import { sameCellValue } from '../excel/_lib/cellValues.js';
import { failureIssue, quoteNames, toIssueView, toIssueViews } from '../excel/_lib/issues.js';
import { explainerOf, rankRows, summarise } from '../excel/_lib/rankRows.js';
import { readXlsx, type XlsxPackage } from '../xlsx/readXlsx.js';
import { writeRankedCopy } from '../xlsx/writeRankedCopy.js';
import { newWorkbook, writeWithSheet } from '../xlsx/writeSheetPackage.js';

/** The workbook the page holds: the clerk's file as opened, and its bytes after every change made here. */
export interface FileWorkbook {
  /** The file's name as chosen (messages, download names). */
  readonly name: string;
  /** The current bytes (the original until an action changes the workbook). */
  readonly bytes: Uint8Array;
  /** Something was written since the file was opened (the copy differs from the clerk's file). */
  readonly changed: boolean;
  readonly macroEnabled: boolean;
}

/** `BlocActions` over a file in memory, plus what the page needs for its downloads. */
export interface FileActions extends BlocActions {
  /** The workbook as it is now. */
  current(): FileWorkbook;
  /** Subscribes to every change of `current()` (rank, undo, settings, pledge sheet). */
  subscribe(listener: (book: FileWorkbook) => void): () => void;
}

/**
 * Opens `bytes` with the package reader; refused files give issues (in `lang`) and no actions.
 *
 * @example const opened = openFile(bytes, 'khoi.xlsx', 'vi'); if (opened.actions) render(opened.actions)
 */
export function openFile(
  bytes: Uint8Array,
  name: string,
  lang: Lang,
): { readonly actions: FileActions | null; readonly issues: readonly IssueView[] } {
  const read = readXlsx(bytes, { path: name });
  if (!read.value) return { actions: null, issues: toIssueViews(read.issues, lang) };
  return { actions: createFileActions(read.value, bytes, name), issues: toIssueViews(read.issues, lang) };
}

/**
 * Reads a chosen or dropped file, then opens it (`openFile`). A file the browser cannot read (moved or
 * changed since it was chosen, a folder, no permission) is an issue naming it, never a silent nothing.
 *
 * @example const opened = await openChosenFile(input.files[0], 'vi')
 */
export async function openChosenFile(
  file: Pick<File, 'name' | 'arrayBuffer'>,
  lang: Lang,
): Promise<{ readonly actions: FileActions | null; readonly issues: readonly IssueView[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.name || error.message : String(error);
    return { actions: null, issues: [toIssueView(issue('error', 'FILE_UNREADABLE', { path: file.name, reason }), lang)] };
  }
  return openFile(bytes, file.name, lang);
}

/** A new bloc workbook from the preset, as `blocrank template` writes it. */
export function templateWorkbook(lang: Lang, year: number, units = 10): Uint8Array {
  return newWorkbook(templateSheets({ lang, units, year }));
}

/**
 * The page's workbook host: the task pane's actions over a package in memory instead of Office.js. Every
 * write goes through the CLI's patcher (`writeRankedCopy`, `writeWithSheet`), so a ranking gives the same
 * bytes as `blocrank rank` on the same file; each change keeps the bytes before it (Hoàn tác restores them).
 * Nothing leaves the computer: bytes in, bytes out.
 */
export function createFileActions(opened: XlsxPackage, bytes: Uint8Array, name: string): FileActions {
  let currentPkg: XlsxPackage | null = opened;
  /** The package of `current.bytes`: read again only when an action needs it (not on the ranking's path). */
  const book = (): XlsxPackage => {
    if (!currentPkg) {
      const read = readXlsx(current.bytes, { path: name });
      // The bytes were written by the package writer from a package the reader accepted.
      if (!read.value) throw new Error(read.issues.map((i) => i.code).join(', ') || 'PART_UNREADABLE');
      currentPkg = read.value;
    }
    return currentPkg;
  };
  /** The last ranking of the current package, per language (detect then rank do not rank twice). */
  let lastRun: { readonly pkg: XlsxPackage; readonly lang: Lang; readonly run: RankedWorkbook } | null = null;
  const runFor = (lang: Lang): RankedWorkbook => {
    const pkg = book();
    if (lastRun?.pkg !== pkg || lastRun.lang !== lang) lastRun = { pkg, lang, run: rankWorkbook(pkg.grid, { lang }) };
    return lastRun.run;
  };
  let current: FileWorkbook = { name, bytes, changed: false, macroEnabled: opened.macroEnabled };
  /** The bytes before the last ranking (undo); null when there is nothing to undo. */
  let undoBytes: Uint8Array | null = null;
  const listeners = new Set<(book: FileWorkbook) => void>();
  const names = () => book().sheets.map((s) => s.name);

  /** Takes `next` as the workbook (re-read: later actions see what was written). */
  const replace = (next: Uint8Array): Issue[] => {
    const read = readXlsx(next, { path: name });
    if (!read.value)
      return read.issues.length > 0 ? [...read.issues] : [issue('error', 'PART_UNREADABLE', { path: name, part: '' })];
    currentPkg = read.value;
    current = { ...current, bytes: next, changed: true };
    // Any later change ends the ranking's undo: the bytes before the ranking would take that change back too.
    undoBytes = null;
    for (const l of listeners) l(current);
    return [];
  };
  /** Patches cells of any sheet with the ranking's writer; the issues when it cannot. */
  const patch = (writes: readonly CellWrite[]): Issue[] => {
    const copy = writeRankedCopy(book(), writes);
    return copy.value ? replace(copy.value) : [...copy.issues];
  };
  const guard = async <T>(lang: Lang, fallback: (issues: IssueView[]) => T, body: () => T | Promise<T>): Promise<T> => {
    try {
      return await body();
    } catch (error) {
      return fallback([toIssueView(failureIssue(error), lang)]);
    }
  };
  /** Adds sheets one after another (each through the package writer). */
  const addSheets = (specs: readonly SheetSpec[], lang: Lang, missingOnly = false): ActionOutcome => {
    const taken = names().filter((n) => specs.some((s) => s.name.toLocaleUpperCase() === n.toLocaleUpperCase()));
    const conflicts = [...new Set([...(missingOnly ? [] : conflictingSheets(names())), ...taken])];
    if (conflicts.length > 0) {
      const i = issue('error', 'EXCEL_SHEETS_EXIST', { sheets: quoteNames(conflicts), count: conflicts.length });
      return { ok: false, issues: [toIssueView(i, lang)] };
    }
    const before = current.bytes;
    for (const spec of specs) {
      const failed = replace(writeWithSheet(book(), spec));
      if (failed.length > 0) {
        replace(before);
        return { ok: false, issues: toIssueViews(failed, lang) };
      }
    }
    return { ok: true, issues: [], state: describeBook(names(), book().grid, { lang }) };
  };

  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    detect: async (o) =>
      describeBook(
        names(),
        book().grid,
        o?.lang ? { lang: o.lang, stored: true, run: runFor(o.lang) } : { stored: true },
      ),
    createWorkbook: (o) =>
      guard(
        o.lang,
        (issues) => ({ ok: false, issues }),
        () => {
          const specs = templateSheets({ lang: o.lang, units: o.units, year: o.year ?? new Date().getFullYear() });
          const wanted = o.missingOnly
            ? specs.filter((s) => !names().some((n) => n.toLocaleUpperCase() === s.name.toLocaleUpperCase()))
            : specs;
          return addSheets(wanted, o.lang, o.missingOnly === true);
        },
      ),
    openExample: (o) =>
      guard(
        o.lang,
        (issues) => ({ ok: false, issues }),
        () => addSheets(exampleSheets(o.sheetLang === 'en' ? THAM_MUU_2025 : BAC_NINH_2018), o.lang),
      ),
    // A file does not change under the page: nothing to watch.
    watch: async () => async () => undefined,
    // The previous bytes live in memory only, as long as the page is open; the page says the download is a copy.
    undoKeep: () => 'none',
    rank: (o) =>
      guard<RankOutcome>(
        o.lang,
        (issues) => ({ status: 'errors', issues }),
        () => {
          const lang = o.lang;
          const pkg = book();
          const run = runFor(lang);
          const issues = toIssueViews(run.issues, lang);
          const described = describeBook(names(), pkg.grid, { lang, run });
          const state: BlocState | null = described.kind === 'bloc' ? described : null;
          if (!run.book || !run.result || hasErrors(run.issues)) return { status: 'errors', issues, state };
          const layout = run.book.layout;
          const scores = pkg.grid.sheets.find((s) => s.name === layout.scoresSheet)!;
          // Cells whose value changes (formats are the patcher's; a second run on a ranked copy changes none).
          const changed = run.writes.filter(
            (w) => !sameCellValue(cellAt(scores, w.row - 1, w.col - 1), w.value),
          ).length;
          const before = current.bytes;
          const copy = writeRankedCopy(pkg, run.writes);
          if (!copy.value) return { status: 'errors', issues: [...issues, ...toIssueViews(copy.issues, lang)], state };
          const same = copy.value.length === before.length && copy.value.every((b, i) => b === before[i]);
          if (!same) {
            // The copy is read again when an action next needs it, not on the way to the table.
            currentPkg = null;
            current = { ...current, bytes: copy.value, changed: true };
            for (const l of listeners) l(current);
            undoBytes = before;
          }
          return {
            status: 'ranked',
            rows: rankRows(run.result, layout.unitRows, explainerOf(run, layout)),
            issues,
            summary: summarise(run.result, same ? 0 : changed),
            canUndo: undoBytes !== null,
            undoKeep: 'none',
            state,
          };
        },
      ),
    undo: () =>
      guard<ActionOutcome>(
        'vi',
        (issues) => ({ ok: false, issues }),
        () => {
          if (!undoBytes) return { ok: false, issues: [] };
          const failed = replace(undoBytes);
          undoBytes = null;
          const state: WorkbookState = describeBook(names(), book().grid, { stored: true });
          return { ok: failed.length === 0, issues: toIssueViews(failed, 'vi'), state };
        },
      ),
    canUndo: () => undoBytes !== null,
    // A file has no selection: the issue list names the sheet and cell in its text.
    selectCell: async () => undefined,
    readSettings: async (o) => {
      const pkg = book();
      const found = settingsOf(pkg.grid, o.lang);
      const units = readBloc(pkg.grid).value?.input.units.map((u) => u.name) ?? [];
      return { ...found, units, lang: findSheet(pkg.grid, 'settings')?.lang ?? o.lang };
    },
    writeSettings: (changes, o) =>
      guard(
        o.lang,
        (issues) => ({ ok: false, issues }),
        () => {
          const lang = o.lang;
          const found = findSheet(book().grid, 'settings');
          if (!found) return { ok: false, issues: settingsOf(book().grid, lang).issues };
          const { year, ...rest } = changes;
          const planned = settingWrites(found.sheet, year != null ? { ...rest, year } : rest, found.lang);
          if (hasErrors(planned.issues)) return { ok: false, issues: toIssueViews(planned.issues, lang) };
          const failed = planned.writes.length > 0 ? patch(planned.writes) : [];
          if (failed.length > 0) return { ok: false, issues: toIssueViews(failed, lang) };
          const pkg = book();
          const issues = readBloc(pkg.grid).issues.filter((i) => i.sheet === found.sheet.name);
          const after = settingsOf(pkg.grid, lang);
          const units = readBloc(pkg.grid).value?.input.units.map((u) => u.name) ?? [];
          return {
            ok: !hasErrors(issues),
            issues: toIssueViews(issues, lang),
            state: describeBook(names(), pkg.grid, { lang }),
            settings: { ...after, units, lang: found.lang },
          };
        },
      ),
    previewPledge: (o) =>
      guard(o.lang, noPledgePreview, () => pledgePreviewOf(buildFromGrid(book().grid, o.lang), names(), o.lang)),
    writePledgeSheet: (o) =>
      guard(
        o.lang,
        (issues) => ({ ok: false, issues, sheetName: null }),
        () => {
          const pkg = book();
          const b = buildFromGrid(pkg.grid, o.lang);
          if (!b.model || hasErrors(b.issues))
            return {
              ok: false,
              issues: toIssueViews(b.issues, o.lang),
              sheetName: b.year === null ? null : `Giao ước ${b.year}`,
            };
          const spec = pledgeSheet(b.model);
          const existing = pkg.sheets.find((s) => s.name.toLocaleUpperCase() === spec.name.toLocaleUpperCase());
          if (existing && (!o.replace || !existing.path)) {
            const i = issue('error', 'EXCEL_SHEET_EXISTS', { sheet: existing.name }, { sheet: existing.name });
            return { ok: false, issues: toIssueViews([...b.issues, i], o.lang), sheetName: spec.name };
          }
          const failed = replace(writeWithSheet(pkg, spec, existing));
          return {
            ok: failed.length === 0,
            issues: toIssueViews([...b.issues, ...failed], o.lang),
            sheetName: spec.name,
          };
        },
      ),
    pledgeDocx: (o) =>
      guard(
        o.lang,
        (issues) => ({ ok: false, issues, bytes: null, fileName: 'giao-uoc.docx' }),
        async () => {
          const b = buildFromGrid(book().grid, o.lang);
          const fileName = b.year === null ? 'giao-uoc.docx' : `${baseName(name)}.giao-uoc-${b.year}.docx`;
          if (!b.model || hasErrors(b.issues))
            return { ok: false, issues: toIssueViews(b.issues, o.lang), bytes: null, fileName };
          const { packPledgeDocx } = await import('../docx/packPledgeDocx.js');
          return { ok: true, issues: toIssueViews(b.issues, o.lang), bytes: await packPledgeDocx(b.model), fileName };
        },
      ),
    // Hồ sơ: the pane's own dossier actions over the file (the ballot sheet goes into the copy to download,
    // where the clerk types the counts in any spreadsheet program, then opens the copy again).
    dossier: {
      read: (o) => guard(o.lang, noDossier, () => dossierReadOf(buildDossier(book().grid, names(), o.lang), o.lang)),
      addBallotSheet: (o) =>
        guard(
          o.lang,
          (issues) => ({ ok: false, issues, sheetName: null }),
          () => {
            const planned = ballotSheetOf(buildDossier(book().grid, names(), o.lang), o.lang);
            if (!planned.spec) return { ok: false, issues: planned.issues, sheetName: planned.sheetName };
            const failed = replace(writeWithSheet(book(), planned.spec));
            return { ok: failed.length === 0, issues: toIssueViews(failed, o.lang), sheetName: planned.spec.name };
          },
        ),
      documentDocx: (o) =>
        guard(
          o.lang,
          (issues) => ({ ok: false, issues, bytes: null, fileName: o.fileName }),
          () => dossierDocxOf(buildDossier(book().grid, names(), o.lang), o.fileName, o.lang),
        ),
    },
  };
}

/** The file name without its extension. */
export function baseName(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** `<name>.ranked.xlsx` (`.xlsm` for a macro workbook), as `blocrank rank` names its copy. */
export function rankedName(book: FileWorkbook): string {
  return `${baseName(book.name)}.ranked.${book.macroEnabled ? 'xlsm' : 'xlsx'}`;
}
