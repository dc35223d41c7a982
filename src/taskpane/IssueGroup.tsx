import { makeStyles, tokens } from '@fluentui/react-components';
import type { IssueView } from '../excel/actions.js';
import { useLang } from './i18n.js';
import { IssueItem } from './IssueItem.js';
import { Notice } from './Notice.js';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface IssueGroupProps {
  readonly intent: 'error' | 'warning' | 'info';
  /** The group's title (e.g. the sheet and its count). */
  readonly title?: string;
  readonly issues: readonly IssueView[];
  readonly limit: number;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** One MessageBar listing a group of issues (one sheet's). */
export function IssueGroup({ intent, title: given, issues, limit, onSelectCell }: IssueGroupProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  if (issues.length === 0) return null;
  const shown = issues.slice(0, limit);
  const title = given ?? (intent === 'error' ? t.issues.errors : t.issues.warnings)(format(issues.length));
  return (
    <Notice intent={intent} title={title}>
      <ul className={styles.list}>
        {shown.map((issue, i) => (
          <IssueItem
            key={`${issue.code}|${issue.sheet ?? ''}|${issue.cell ?? ''}|${i}`}
            issue={issue}
            onSelectCell={onSelectCell}
          />
        ))}
      </ul>
      {issues.length > shown.length ? <div>{t.issues.moreIssues(format(issues.length - shown.length))}</div> : null}
    </Notice>
  );
}
