import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useLang } from './i18n.js';
import { LanguageSwitch } from './LanguageSwitch.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
});

/** The pane's name and the language switch. */
export function Header() {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        {t.app.name}
      </Subtitle1>
      <LanguageSwitch />
    </header>
  );
}
