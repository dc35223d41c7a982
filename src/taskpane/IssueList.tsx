import { makeStyles, tokens } from '@fluentui/react-components';
import { fromA1 } from '../grid/fromA1.js';
import type { IssueView } from '../excel/actions.js';
import { IssueGroup } from './IssueGroup.js';
import { useLang } from './i18n.js';

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

export interface IssueSheetGroup {
  /** The sheet, or null for issues about no sheet in particular. */
  readonly sheet: string | null;
  readonly issues: readonly IssueView[];
}

/**
 * Issues grouped by sheet, sheets in the order their first issue comes (the workbook's order, as the
 * reader reports them), general issues last; within a sheet, in cell order (row by row, then column),
 * issues without a cell first.
 *
 * @example groupBySheet([{ sheet: 'Chấm điểm', cell: 'D9' }, { sheet: 'Cấu hình', cell: 'B2' }, { sheet: 'Chấm điểm', cell: 'C5' }])
 * // [{ sheet: 'Chấm điểm', issues: [C5, D9] }, { sheet: 'Cấu hình', issues: [B2] }]
 */
export function groupBySheet(issues: readonly IssueView[]): IssueSheetGroup[] {
  const groups = new Map<string | null, IssueView[]>();
  for (const i of issues) {
    const key = i.sheet ?? null;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  const position = (i: IssueView): [number, number] => {
    const p = i.cell ? fromA1(i.cell) : null;
    return p ? [p.row, p.col] : [0, 0];
  };
  const out: IssueSheetGroup[] = [];
  for (const [sheet, list] of groups) {
    const sorted = list
      .map((issue, k) => ({ issue, k, at: position(issue) }))
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.k - b.k)
      .map((x) => x.issue);
    if (sheet !== null) out.push({ sheet, issues: sorted });
  }
  const general = groups.get(null);
  if (general) out.push({ sheet: null, issues: general });
  return out;
}

/** The issues in sheet order, one MessageBar per sheet (red when it holds an error); addresses select cells. */
export function IssueList({ issues, onSelectCell, limit = 50 }: IssueListProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  if (issues.length === 0) return null;
  return (
    <div className={styles.groups}>
      {groupBySheet(issues).map((g) => (
        <IssueGroup
          key={g.sheet ?? ''}
          intent={groupIntent(g.issues)}
          title={
            g.sheet !== null
              ? t.flow.issuesOnSheet(g.sheet, format(g.issues.length))
              : t.flow.issuesGeneral(format(g.issues.length))
          }
          issues={g.issues}
          limit={limit}
          onSelectCell={onSelectCell}
        />
      ))}
    </div>
  );
}

/** A sheet's notice is as serious as its worst issue: red with an error, amber with a warning, else a note. */
function groupIntent(issues: readonly IssueView[]): 'error' | 'warning' | 'info' {
  if (issues.some((i) => i.severity === 'error')) return 'error';
  return issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';
}
