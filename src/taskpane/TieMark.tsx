import { makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  mark: {
    marginLeft: '2px',
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorPaletteDarkOrangeForeground1,
    cursor: 'help',
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** "=" after a tied rank; focusable so its tooltip is reachable from the keyboard. */
export function TieMark() {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <Tooltip content={t.rank.tiedTip} relationship="description" withArrow>
      <span className={styles.mark} role="img" aria-label={t.rank.tied} tabIndex={0}>
        {t.rank.tieMark}
      </span>
    </Tooltip>
  );
}
