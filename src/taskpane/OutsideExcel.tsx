import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', userSelect: 'all' },
  ask: { overflowWrap: 'anywhere' },
});

export interface OutsideExcelProps {
  /** Office.js itself did not load (blocked by a proxy or firewall): say what to ask IT for. */
  readonly blocked?: boolean;
}

/**
 * The pane opened outside Excel (no Office host), or with Office.js blocked: what BlocRank is, what to ask
 * IT for when Office.js was blocked, and how to install it. Text only: the page makes no request of its own.
 */
export function OutsideExcel({ blocked = false }: OutsideExcelProps) {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <>
      <Body1>{t.outside.lead}</Body1>
      {blocked ? (
        <Notice intent="warning" title={t.flow.blockedTitle}>
          {t.flow.blockedBody}
          <ul className={styles.steps}>
            {t.flow.blockedAsk.map((line) => (
              <li key={line}>
                <span className={styles.ask}>{line}</span>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <Notice intent="info">{t.outside.notInExcel}</Notice>
      <Subtitle2 as="h2">{t.outside.sideloadTitle}</Subtitle2>
      <ol className={styles.steps}>
        {t.outside.sideloadSteps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <Body1>
        {t.outside.docs} <span className={styles.url}>{t.outside.docsUrl}</span>
      </Body1>
      <Caption1>{t.outside.cli}</Caption1>
    </>
  );
}
