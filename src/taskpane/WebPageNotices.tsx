import type { IssueView } from '../excel/actions.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';

/**
 * The web page's error notices (a refused file with its issues, a blocked download): their own chunk, so
 * the page's first paint does not carry the message bar and the issue list.
 */
export function WebPageNotices({
  refused,
  refusedTitle,
  failed,
  onDismissFailed,
}: {
  readonly refused: readonly IssueView[] | null;
  readonly refusedTitle: string;
  readonly failed: string | null;
  readonly onDismissFailed: () => void;
}) {
  return (
    <>
      {failed ? (
        <Notice intent="error" onDismiss={onDismissFailed}>
          {failed}
        </Notice>
      ) : null}
      {refused ? (
        <Notice intent="error" title={refusedTitle}>
          <IssueList issues={refused} onSelectCell={() => undefined} />
        </Notice>
      ) : null}
    </>
  );
}
