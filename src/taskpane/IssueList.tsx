import { makeStyles, tokens } from '@fluentui/react-components';
import type { IssueView } from '../excel/actions.js';
import { IssueGroup } from './IssueGroup.js';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
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
  if (issues.length === 0) return null;
  return (
    <div className={styles.groups}>
      <IssueGroup
        intent="error"
        issues={issues.filter((i) => i.severity === 'error')}
        limit={limit}
        onSelectCell={onSelectCell}
      />
      <IssueGroup
        intent="warning"
        issues={issues.filter((i) => i.severity === 'warning')}
        limit={limit}
        onSelectCell={onSelectCell}
      />
    </div>
  );
}
