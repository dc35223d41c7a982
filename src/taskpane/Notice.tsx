import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useLang } from './i18n.js';

export interface NoticeProps {
  readonly intent: MessageBarIntent;
  readonly title?: string;
  readonly children?: ReactNode;
  /** Buttons under the message. */
  readonly actions?: ReactNode;
  readonly onDismiss?: () => void;
  readonly className?: string;
}

/** A MessageBar laid out for a narrow pane (always multi-line: the pane is too narrow for one line). */
export function Notice({ intent, title, children, actions, onDismiss, className }: NoticeProps) {
  const { t } = useLang();
  const dismiss = onDismiss ? (
    <Button
      aria-label={t.app.dismiss}
      appearance="transparent"
      size="small"
      icon={<DismissRegular />}
      onClick={onDismiss}
    />
  ) : undefined;
  return (
    <MessageBar intent={intent} layout="multiline" className={className}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
      {actions || dismiss ? <MessageBarActions containerAction={dismiss}>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
