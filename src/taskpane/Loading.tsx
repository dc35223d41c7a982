import { makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  loading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
  },
  // A small ring like Fluent's tiny Spinner, in CSS only (Fluent's Spinner is 3 KB gzip of the first paint).
  ring: {
    width: '16px',
    height: '16px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

/** The fallback while a part of the pane loads: a ring and its label (a status for screen readers). */
export function Loading({ label }: { readonly label?: string }) {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <div role="progressbar" aria-label={label ?? t.app.loading} className={styles.loading}>
      <span className={styles.ring} aria-hidden />
      <span>{label ?? t.app.loading}</span>
    </div>
  );
}
