import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { IssueView } from '../excel/actions.js';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  address: { marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
});

export interface IssueListProps {
  readonly issues: readonly IssueView[];
  /** Selects the issue's cell in the workbook. */
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** Issues shown per group; the rest are counted. */
  readonly limit?: number;
}

/** The issues in two MessageBars, errors then warnings; each cell address selects its cell. */
export function IssueList({ issues, onSelectCell, limit = 50 }: IssueListProps) {
  const styles = useStyles();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) return null;
  return (
    <div className={styles.group}>
      <IssueGroup intent="error" issues={errors} limit={limit} onSelectCell={onSelectCell} />
      <IssueGroup intent="warning" issues={warnings} limit={limit} onSelectCell={onSelectCell} />
    </div>
  );
}

interface IssueGroupProps {
  readonly intent: 'error' | 'warning';
  readonly issues: readonly IssueView[];
  readonly limit: number;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

function IssueGroup({ intent, issues, limit, onSelectCell }: IssueGroupProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  if (issues.length === 0) return null;
  const shown = issues.slice(0, limit);
  const title = (intent === 'error' ? t.issues.errors : t.issues.warnings)(format(issues.length));
  return (
    <Notice intent={intent} title={title}>
      <ul className={styles.list}>
        {shown.map((issue, i) => (
          <li key={`${issue.code}-${issue.sheet ?? ''}-${issue.cell ?? ''}-${i}`}>
            {issue.sheet && issue.cell ? (
              <Link
                className={styles.address}
                aria-label={t.issues.goToCell(`${issue.sheet}!${issue.cell}`)}
                onClick={() => onSelectCell(issue.sheet!, issue.cell!)}
              >
                {`${issue.sheet}!${issue.cell}`}
              </Link>
            ) : null}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > shown.length ? <div>{t.issues.moreIssues(format(issues.length - shown.length))}</div> : null}
    </Notice>
  );
}
