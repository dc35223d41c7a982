import { issue, type Issue } from '../../core/issue.js';
import { issueText } from '../../core/messages.js';
import type { Lang } from '../../core/model.js';
import type { IssueView } from '../actions.js';

/** An issue as the pane shows it: the message (without its place) in `lang`, the place apart. */
export function toIssueView(i: Issue, lang: Lang): IssueView {
  return {
    severity: i.severity,
    code: i.code,
    message: issueText(i, lang),
    ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
    ...(i.cell !== undefined ? { cell: i.cell } : {}),
  };
}

export function toIssueViews(issues: readonly Issue[], lang: Lang): IssueView[] {
  return issues.map((i) => toIssueView(i, lang));
}

/** The `code` of an Office error (`RichApi.Error`), if it has one. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Whether Excel refused a request or response for its size (Excel on the web: 5 MB). */
export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code) || /payload/i.test(String((error as Error)?.message ?? ''));
}

/** An Office error as an issue the clerk can read. */
export function failureIssue(error: unknown): Issue {
  const reason = (error instanceof Error ? error.message : String(error)).trim().replace(/[.。]+$/, '');
  return issue('error', 'EXCEL_FAILED', { reason: reason.slice(0, 300), code: errorCode(error) });
}

/** Quoted sheet names for messages: `"Cấu hình", "Tiêu chí"`. */
export function quoteNames(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
