import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import type { Checklist as ChecklistState } from '../excel/actions.js';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, marginTop: '2px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground2 },
});

/** Whether anything still blocks a ranking. */
export const isReady = (c: ChecklistState): boolean => c.year && c.bloc && c.units && c.scores;

/**
 * First run: every blank that still blocks a ranking, all at once (Năm, Tên khối, units, scores), each
 * item marked done or missing in words as well as by its icon. It updates as the clerk types in the sheets.
 */
export function Checklist({
  checklist,
  format,
}: {
  readonly checklist: ChecklistState;
  readonly format: (n: number) => string;
}) {
  const styles = useStyles();
  const { t } = useLang();
  const items: Array<[boolean, string]> = [
    [checklist.year, t.flow.checkYear],
    [checklist.bloc, t.flow.checkBloc],
    [checklist.units, t.flow.checkUnits],
    [checklist.scores, checklist.units ? t.flow.checkScores(format(checklist.blankScores)) : t.flow.checkScoresNoUnits],
  ];
  return (
    <Notice intent="info" title={t.flow.checklistTitle}>
      <div>{t.flow.checklistBody}</div>
      <ul className={styles.list} aria-label={t.flow.checklistTitle}>
        {items.map(([done, label]) => (
          <li key={label} className={styles.item}>
            {done ? (
              <CheckmarkCircleFilled className={`${styles.icon} ${styles.done}`} aria-hidden />
            ) : (
              <CircleRegular className={`${styles.icon} ${styles.todo}`} aria-hidden />
            )}
            <span>
              {label} — <strong>{done ? t.flow.checkDone : t.flow.checkTodo}</strong>
            </span>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
