import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BlocActions, IssueView, PledgePreview } from '../excel/actions.js';
import { DOCX_MIME, downloadBytes } from './download.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { PledgeView } from './PledgeView.js';
import { ReplaceSheetDialog } from './ReplaceSheetDialog.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface PledgePanelProps {
  readonly actions: BlocActions;
  /** The tab is shown: the preview is drafted again on each visit. */
  readonly active: boolean;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

/** What the last write or download did. */
type Done =
  | { readonly kind: 'written'; readonly sheetName: string }
  | { readonly kind: 'notWritten'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'downloaded'; readonly fileName: string }
  | { readonly kind: 'downloadBlocked' }
  | { readonly kind: 'notDownloaded'; readonly issues: readonly IssueView[] };

/** Giao ước năm N+1: preview, write the pledge sheet (asking before replacing one), download the .docx. */
export function PledgePanel({ actions, active, onSelectCell }: PledgePanelProps) {
  const styles = useStyles();
  const { t, lang } = useLang();
  const lock = useRef(false);
  const reader = useTask(lock);
  const writer = useTask(lock);
  const [preview, setPreview] = useState<PledgePreview | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState<'write' | 'download'>('write');

  const load = useCallback(async () => {
    const result = await reader.run(() => actions.previewPledge({ lang }));
    if (result) setPreview(result);
  }, [actions, lang, reader.run]);

  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const write = async (replace: boolean) => {
    setAsking(false);
    const outcome = await writer.run(() => {
      setDone(null);
      setWorking('write');
      return actions.writePledgeSheet({ lang, replace });
    });
    if (!outcome) return;
    setDone(
      outcome.ok && outcome.sheetName !== null
        ? { kind: 'written', sheetName: outcome.sheetName }
        : { kind: 'notWritten', issues: outcome.issues },
    );
    await load();
  };

  const download = async () => {
    const outcome = await writer.run(() => {
      setDone(null);
      setWorking('download');
      return actions.pledgeDocx({ lang });
    });
    if (!outcome) return;
    if (!outcome.ok || !outcome.bytes) return setDone({ kind: 'notDownloaded', issues: outcome.issues });
    setDone(
      downloadBytes(outcome.bytes, outcome.fileName, DOCX_MIME)
        ? { kind: 'downloaded', fileName: outcome.fileName }
        : { kind: 'downloadBlocked' },
    );
  };

  const sheetName = preview?.sheetName ?? null;
  const ready = preview?.ok === true && !reader.busy && !writer.busy;
  return (
    <div className={styles.panel}>
      {reader.busy && !preview ? <Spinner size="tiny" labelPosition="after" label={t.pledge.loading} /> : null}
      <ErrorBar message={reader.error} onDismiss={reader.clearError} />
      <ErrorBar message={writer.error} onDismiss={writer.clearError} />
      {preview && !preview.ok ? <Notice intent="error" title={t.pledge.notReady} /> : null}
      {preview ? <IssueList issues={preview.issues} onSelectCell={onSelectCell} /> : null}
      {preview ? (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabledFocusable={!ready}
            onClick={() => (preview.sheetExists ? setAsking(true) : void write(false))}
          >
            {t.pledge.write}
          </Button>
          <Button icon={<ArrowDownloadRegular />} disabled={!ready} onClick={() => void download()}>
            {t.pledge.download}
          </Button>
          <Button
            icon={<ArrowClockwiseRegular />}
            aria-label={t.pledge.refresh}
            title={t.pledge.refresh}
            disabled={reader.busy || writer.busy}
            onClick={() => void load()}
          />
        </div>
      ) : null}
      {preview?.ok && preview.sheetExists && sheetName ? (
        <Notice intent="info">{t.pledge.sheetExists(sheetName)}</Notice>
      ) : null}
      {writer.busy ? (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={working === 'write' ? t.pledge.writing : t.pledge.downloading}
        />
      ) : null}
      {done?.kind === 'written' ? <Notice intent="success">{t.pledge.written(done.sheetName)}</Notice> : null}
      {done?.kind === 'notWritten' ? <Notice intent="error" title={t.pledge.notWritten} /> : null}
      {done?.kind === 'downloaded' ? <Notice intent="success">{t.pledge.downloaded(done.fileName)}</Notice> : null}
      {done?.kind === 'downloadBlocked' ? <Notice intent="warning">{t.pledge.downloadBlocked}</Notice> : null}
      {done?.kind === 'notDownloaded' ? <Notice intent="error" title={t.pledge.notReady} /> : null}
      {done?.kind === 'notWritten' || done?.kind === 'notDownloaded' ? (
        <IssueList issues={done.issues} onSelectCell={onSelectCell} />
      ) : null}
      {preview?.ok ? <PledgeView preview={preview} /> : null}
      <ReplaceSheetDialog
        open={asking}
        sheetName={sheetName ?? ''}
        onReplace={() => void write(true)}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
