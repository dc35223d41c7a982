import { Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { version } from '../../package.json';
import { useLang } from './i18n.js';
import { LanguageSwitch } from './LanguageSwitch.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  meta: {
    color: tokens.colorNeutralForeground2,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  // A plain link styled like Fluent's (Fluent's Link would add 2 KB gzip to the first paint).
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '1px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

/** The help page shipped with the add-in (dist/support.html): same origin, no outside request. */
export const HELP_URL = './support.html';

/** The brand bar: the pane's name, its version and help, the language switch. */
export function Header() {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.app.name}
        </Subtitle1>
        <Caption1 className={styles.meta}>
          <span>{t.flow.version(version)}</span>
          <a className={styles.link} href={HELP_URL} target="_blank" rel="noopener" aria-label={t.flow.helpLabel}>
            {t.flow.help}
          </a>
        </Caption1>
      </div>
      <LanguageSwitch />
    </header>
  );
}
