/**
 * The parts of the pane not needed for its first paint, loaded on demand (each its own chunk): the
 * workbook view (fetched at once, while the actions detect the workbook), then the ranking table, the
 * settings form, the pledge section and the workbook template form when first shown.
 */
import { lazy } from 'react';

export const LazyRankingTable = lazy(() => import('./RankingTable.js').then((m) => ({ default: m.RankingTable })));
export const LazySettingsPanel = lazy(() => import('./SettingsPanel.js').then((m) => ({ default: m.SettingsPanel })));
export const LazyDossierPanel = lazy(() => import('./DossierPanel.js').then((m) => ({ default: m.DossierPanel })));
export const LazyPledgePanel = lazy(() => import('./PledgePanel.js').then((m) => ({ default: m.PledgePanel })));
export const LazyCreateWorkbook = lazy(() =>
  import('./CreateWorkbook.js').then((m) => ({ default: m.CreateWorkbook })),
);
export const LazyWorkbookView = lazy(() => import('./WorkbookView.js').then((m) => ({ default: m.WorkbookView })));
