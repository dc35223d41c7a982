import type { Lang } from '../core/model.js';
import type { BlocActions } from './actions.js';
import { createWorkbook } from './createWorkbook.js';
import { detect } from './detect.js';
import { createDossierActions } from './dossier/createDossierActions.js';
import { defaultAdapterOptions, officeHost, type AdapterOptions, type ExcelHost } from './_lib/host.js';
import type { Session } from './_lib/session.js';
import { pledgeDocx, previewPledge, writePledgeSheet } from './pledge.js';
import { rank } from './rank.js';
import { selectCell } from './selectCell.js';
import { readSettings, writeSettings } from './settings.js';
import { undo } from './undo.js';
import { defaultUndoStore, type UndoStore } from './_lib/undoStore.js';
import { watch } from './watch.js';
import { openExample } from './openExample.js';

export type { ExcelHost, AdapterOptions } from './_lib/host.js';

/**
 * The task pane's actions, implemented with Office.js (one module per action; this is the only layer
 * with `Excel.run` and `context.sync`). `host` defaults to the global `Excel.run`; tests and the browser
 * end-to-end run pass the in-memory host (`src/excel/testing/memoryExcel.ts`) or a wrapper that spies on
 * `context.sync`. One instance per task-pane session: it keeps the undo snapshot of the last ranking run.
 * No action throws for what a workbook holds or for an Excel error: each reports issues in the clerk's
 * language instead.
 *
 * @example
 * // src/taskpane/index.tsx
 * const actions = createBlocActions();
 * root.render(<App actions={actions} />);
 */
export function createBlocActions(
  host: ExcelHost = officeHost,
  options: Partial<AdapterOptions> & { readonly undoStore?: UndoStore } = {},
): BlocActions {
  const { undoStore = defaultUndoStore(), ...adapter } = options;
  const opts: AdapterOptions = { ...defaultAdapterOptions(), ...adapter };
  // An undo left in the document by an earlier pane session is still good: the pane can undo it.
  const kept = undoStore.load();
  const session: Session = { undo: kept, undoKeep: kept ? 'document' : 'none', undoStore, results: null, lang: 'vi' };
  /** Remembers the clerk's language for `undo`, which is not given one. */
  const said = (lang: Lang): Lang => (session.lang = lang);
  return {
    detect: (o) => detect(host, opts, o?.lang, session),
    createWorkbook: (o) => createWorkbook(host, opts, o, said(o.lang)),
    openExample: (o) => openExample(host, opts, o.sheetLang, said(o.lang)),
    watch: (onChange) => watch(host, session, onChange),
    undoKeep: () => session.undoKeep,
    rank: (o) => rank(host, session, opts, said(o.lang)),
    undo: () => undo(host, session, opts, session.lang),
    canUndo: () => session.undo !== null,
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    readSettings: (o) => readSettings(host, opts, said(o.lang)),
    writeSettings: (changes, o) => writeSettings(host, opts, changes, said(o.lang)),
    previewPledge: (o) => previewPledge(host, opts, said(o.lang)),
    writePledgeSheet: (o) => writePledgeSheet(host, opts, { replace: o.replace }, said(o.lang)),
    pledgeDocx: (o) => pledgeDocx(host, opts, said(o.lang)),
    dossier: createDossierActions(host, opts, said),
  };
}
