import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useLang } from './i18n.js';

export interface ReplaceSheetDialogProps {
  readonly open: boolean;
  readonly sheetName: string;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/** Asks before an existing pledge sheet is replaced. */
export function ReplaceSheetDialog({ open, sheetName, onReplace, onCancel }: ReplaceSheetDialogProps) {
  const { t } = useLang();
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
