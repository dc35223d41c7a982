import type { BlocActions, DossierActions } from '../excel/actions.js';

function dossierOf(actions: BlocActions): DossierActions {
  if (!actions.dossier) throw new Error('The year-end dossier is not available here.');
  return actions.dossier;
}

/**
 * BlocActions whose implementation is fetched on first use (a separate chunk: the Excel adapter, the
 * engine and the .docx writer are not needed to draw the pane). Loading starts at once; a failed load is
 * reported by the action that needed it and retried by the next one. `canUndo` is false until loaded:
 * nothing can be undone before the adapter has run. `dossier: false` for a host whose actions have no
 * `dossier` (the pane then shows no Hồ sơ tab).
 */
export function lazyActions(load: () => Promise<BlocActions>, options: { readonly dossier?: boolean } = {}): BlocActions {
  let loaded: BlocActions | null = null;
  let pending: Promise<BlocActions> | null = null;
  const get = (): Promise<BlocActions> => {
    pending ??= load().then(
      (actions) => (loaded = actions),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  // Start now, so the chunk arrives while React draws the pane; errors surface through the actions.
  get().catch(() => undefined);
  return {
    detect: async (options) => (await get()).detect(options),
    watch: async (onChange) => (await get()).watch(onChange),
    openExample: async (options) => (await get()).openExample(options),
    undoKeep: () => loaded?.undoKeep() ?? 'none',
    createWorkbook: async (options) => (await get()).createWorkbook(options),
    rank: async (options) => (await get()).rank(options),
    undo: async () => (await get()).undo(),
    canUndo: () => loaded?.canUndo() ?? false,
    selectCell: async (sheet, cell) => (await get()).selectCell(sheet, cell),
    readSettings: async (options) => (await get()).readSettings(options),
    writeSettings: async (changes, options) => (await get()).writeSettings(changes, options),
    previewPledge: async (options) => (await get()).previewPledge(options),
    writePledgeSheet: async (options) => (await get()).writePledgeSheet(options),
    pledgeDocx: async (options) => (await get()).pledgeDocx(options),
    ...(options.dossier === false
      ? {}
      : {
          dossier: {
            read: async (o) => dossierOf(await get()).read(o),
            addBallotSheet: async (o) => dossierOf(await get()).addBallotSheet(o),
            documentDocx: async (o) => dossierOf(await get()).documentDocx(o),
          },
        }),
  };
}
