import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useLang } from './i18n.js';

export interface ReplaceSheetDialogProps {
  readonly open: boolean;
  readonly sheetName: string;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before an existing pledge sheet is replaced. Opened without a DialogTrigger, so it puts focus back
 * itself: on the control that had it when the dialog opened (never lost to the page's body).
 */
export function ReplaceSheetDialog({ open, sheetName, onReplace, onCancel }: ReplaceSheetDialogProps) {
  const { t } = useLang();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const target = opener.current;
    opener.current = null;
    if (!target) return;
    // After the dialog's own focus handling has run.
    const timer = setTimeout(() => target.isConnected && target.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.pledge.replaceTitle}</DialogTitle>
          <DialogContent>{t.pledge.replaceBody(sheetName)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {t.pledge.replace}
            </Button>
            <Button onClick={onCancel}>{t.pledge.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
