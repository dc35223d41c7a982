import type { ReactNode } from 'react';
import { useLang } from './i18n.js';
import { Notice } from './Notice.js';

export interface ErrorBarProps {
  /** The message of a rejected action; nothing is shown for null. */
  readonly message: string | null;
  readonly onDismiss?: () => void;
  readonly actions?: ReactNode;
}

/** A rejected action, said plainly: errors are never swallowed. */
export function ErrorBar({ message, onDismiss, actions }: ErrorBarProps) {
  const { t } = useLang();
  if (message === null) return null;
  return (
    <Notice intent="error" title={t.app.errorTitle} onDismiss={onDismiss} actions={actions}>
      {message}
    </Notice>
  );
}
