import type { Ranked } from './RankPanel.js';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';

/** After a run: how many units, which awards, ties, and how many cells were written. */
export function RankSummaryBar({ outcome }: { readonly outcome: Ranked }) {
  const { t, format } = useLang();
  const pending = outcome.rows.filter((r) => r.pending).length;
  const { cellsChanged } = outcome.summary;
  return (
    <Notice intent="success">
      <div>{t.rank.summary(outcome.summary, pending, format)}</div>
      <div>{cellsChanged > 0 ? t.rank.cellsChanged(format(cellsChanged)) : t.rank.nothingChanged}</div>
    </Notice>
  );
}
