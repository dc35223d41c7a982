import { Button, makeStyles, mergeClasses, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { RankRow } from '../excel/actions.js';
import { useLang } from './i18n.js';
import { ResultBadges } from './ResultBadges.js';
import { TieMark } from './TieMark.js';

const useStyles = makeStyles({
  top: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  rank: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  total: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  unit: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    maxWidth: '100%',
    height: 'auto',
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
    wordBreak: 'normal',
    whiteSpace: 'normal',
  },
  explanation: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    lineHeight: tokens.lineHeightBase300,
  },
});

export interface RankingRowProps {
  readonly row: RankRow;
  readonly expanded: boolean;
  readonly onToggle: (index: number) => void;
}

/** One unit: rank (with a tie mark), name (which opens its explanation), badges and total. */
export function RankingRow({ row, expanded, onToggle }: RankingRowProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  const explanationId = `explanation-${row.index}`;
  return (
    <>
      <TableRow>
        <TableCell className={styles.top}>
          <span className={styles.rank}>
            {format(row.rank)}
            {row.tied ? <TieMark /> : null}
          </span>
        </TableCell>
        <TableCell className={styles.top}>
          <Button
            className={styles.unit}
            appearance="transparent"
            size="small"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            aria-controls={expanded ? explanationId : undefined}
            title={t.rank.explain(row.unit)}
            onClick={() => onToggle(row.index)}
          >
            {row.unit}
          </Button>
          <ResultBadges row={row} />
        </TableCell>
        <TableCell className={mergeClasses(styles.top, styles.total)}>{format(row.total)}</TableCell>
      </TableRow>
      {expanded ? (
        <TableRow>
          <TableCell
            colSpan={3}
            id={explanationId}
            className={styles.explanation}
            aria-label={t.rank.explanationOf(row.unit)}
          >
            {row.explanation}
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
