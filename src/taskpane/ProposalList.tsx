import { Badge, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ProposalView } from '../excel/actions.js';
import { formatNumber } from '../core/format.js';
import { useLang } from './i18n.js';
import { DOSSIER_TEXT } from './i18n/dossier.js';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unit: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  // Long labels wrap inside the badge in a narrow pane.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'left' },
});

export type ProposalState = 'passed' | 'failed' | 'pending' | 'tie';

/** What a proposal's badge says: a pending tie at a quota is the bloc's to decide, not a count to wait for. */
export const proposalState = (p: ProposalView): ProposalState => (p.tie && p.status === 'pending' ? 'tie' : p.status);

const COLOR: Readonly<Record<ProposalState, BadgeProps['color']>> = {
  passed: 'success',
  failed: 'danger',
  pending: 'warning',
  tie: 'informative',
};

/** The proposals after the vote, in rank order: unit, form, status badge, rank, votes and approval. */
export function ProposalList({
  proposals,
  label,
}: {
  readonly proposals: readonly ProposalView[];
  readonly label: string;
}) {
  const styles = useStyles();
  const { lang, format } = useLang();
  const d = DOSSIER_TEXT[lang];
  return (
    <ol className={styles.list} aria-label={label}>
      {proposals.map((p) => {
        const state = proposalState(p);
        const votes =
          p.votes === null || p.approval === null
            ? d.noVotes
            : d.votes(format(p.votes), format(p.voters), formatNumber(p.approval * 100, lang, 1));
        return (
          <li key={`${p.index}-${p.award}`} className={styles.item} data-status={state}>
            <Text className={styles.unit}>{p.unit}</Text>
            <span className={styles.line}>
              <Text>{d.award[p.award]}</Text>
              <Badge className={styles.badge} appearance="tint" color={COLOR[state]} shape="rounded">
                {d.status[state]}
              </Badge>
            </span>
            <Text size={200} className={styles.meta}>
              {d.rank(format(p.rank))} · {votes}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
