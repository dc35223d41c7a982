import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { RankRow } from '../excel/actions.js';
import { useLang } from './i18n.js';
import { RankingRow } from './RankingRow.js';

/** Rows rendered at a time: a bloc has 5–15 units; very large sheets page in. */
export const PAGE_SIZE = 100;

const useStyles = makeStyles({
  // Auto layout: rank and total take only what their numbers need, so unit names keep the rest and wrap
  // by words even at 200 px (fixed widths broke names letter by letter).
  table: { tableLayout: 'auto', width: '100%' },
  rankCol: { width: '1%', whiteSpace: 'nowrap' },
  totalCol: { width: '1%', whiteSpace: 'nowrap', textAlign: 'right' },
  totalHead: { justifyContent: 'flex-end' },
  more: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
});

export interface RankingTableProps {
  readonly rows: readonly RankRow[];
}

/** The ranking, best first; each unit's explanation opens on demand. */
export function RankingTable({ rows }: RankingTableProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  const [shown, setShown] = useState(PAGE_SIZE);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const ordered = useMemo(() => [...rows].sort((a, b) => a.rank - b.rank || a.index - b.index), [rows]);
  const toggle = (index: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const visible = ordered.slice(0, shown);
  const rest = ordered.length - visible.length;
  return (
    <div>
      <Table size="small" className={styles.table} aria-label={t.rank.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rankCol}>{t.rank.colRank}</TableHeaderCell>
            <TableHeaderCell>{t.rank.colUnit}</TableHeaderCell>
            <TableHeaderCell className={styles.totalCol} button={{ className: styles.totalHead }}>
              {t.rank.colTotal}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {visible.map((row) => (
            <RankingRow key={row.index} row={row} expanded={expanded.has(row.index)} onToggle={toggle} />
          ))}
        </TableBody>
      </Table>
      {rest > 0 ? (
        <div className={styles.more}>
          <Text size={200}>{t.rank.shown(format(visible.length), format(ordered.length))}</Text>
          <Button size="small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t.rank.showMore(format(Math.min(PAGE_SIZE, rest)))}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
