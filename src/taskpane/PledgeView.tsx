import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { PledgePreview } from '../excel/actions.js';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  undecided: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: '2px' },
});

/** The pledge for N+1 as the pane previews it: leader, deputy, signing order, commitments. */
export function PledgeView({ preview }: { readonly preview: PledgePreview }) {
  const styles = useStyles();
  const { t } = useLang();
  const who = (name: string | null) =>
    name ? <dd className={styles.value}>{name}</dd> : <dd className={styles.undecided}>{t.pledge.undecided}</dd>;
  return (
    <section
      className={styles.view}
      aria-label={preview.year === null ? undefined : t.pledge.title(String(preview.year))}
    >
      {preview.year !== null ? <Subtitle2 as="h2">{t.pledge.title(String(preview.year))}</Subtitle2> : null}
      <dl className={styles.roles}>
        <dt className={styles.term}>{t.pledge.leader}</dt>
        {who(preview.leader)}
        <dt className={styles.term}>{t.pledge.deputy}</dt>
        {who(preview.deputy)}
      </dl>
      {preview.signatories.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t.pledge.signatories}</h3>
          <ol className={styles.list}>
            {preview.signatories.map((s, i) => (
              <li key={`${i}-${s}`}>
                <Text>{s}</Text>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {preview.commitments.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t.pledge.commitments}</h3>
          <ol className={styles.list}>
            {preview.commitments.map((c, i) => (
              <li key={`${i}-${c}`}>
                <Text>{c}</Text>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
