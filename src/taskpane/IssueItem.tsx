import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { IssueView } from '../excel/actions.js';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  address: {
    marginRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    // A visible focus ring, not only Fluent's double underline.
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '1px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface IssueItemProps {
  readonly issue: IssueView;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/**
 * An issue: its severity in words, its cell address and its message. In Excel the address is a link that
 * selects the cell; on the web page there is no sheet to go to, so it is plain text (the sheet is the
 * group's heading).
 */
export function IssueItem({ issue, onSelectCell }: IssueItemProps) {
  const styles = useStyles();
  const { t, host } = useLang();
  const { sheet, cell } = issue;
  const address = sheet && cell ? `${sheet}!${cell}` : null;
  return (
    <li data-severity={issue.severity}>
      <span className={styles.severity}>
        {issue.severity === 'error'
          ? t.flow.severityError
          : issue.severity === 'warning'
            ? t.flow.severityWarning
            : t.flow.severityInfo}
      </span>
      {sheet && cell && address && host === 'page' ? (
        <span className={styles.address} title={address}>
          {cell}
        </span>
      ) : sheet && cell && address ? (
        <Link
          as="button"
          className={styles.address}
          aria-label={t.issues.goToCell(address)}
          onClick={() => onSelectCell(sheet, cell)}
        >
          {cell}
        </Link>
      ) : null}
      {issue.message}
    </li>
  );
}
