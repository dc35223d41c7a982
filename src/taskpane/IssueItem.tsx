import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { IssueView } from '../excel/actions.js';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  address: { marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
});

export interface IssueItemProps {
  readonly issue: IssueView;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** An issue: its cell address (a button that selects the cell) and its message. */
export function IssueItem({ issue, onSelectCell }: IssueItemProps) {
  const styles = useStyles();
  const { t } = useLang();
  const { sheet, cell } = issue;
  const address = sheet && cell ? `${sheet}!${cell}` : null;
  return (
    <li>
      {sheet && cell && address ? (
        <Link
          className={styles.address}
          aria-label={t.issues.goToCell(address)}
          onClick={() => onSelectCell(sheet, cell)}
        >
          {address}
        </Link>
      ) : null}
      {issue.message}
    </li>
  );
}
