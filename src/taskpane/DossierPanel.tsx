import { Button, Caption1, makeStyles, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BlocActions, DossierActions, DossierDocumentView, DossierRead, IssueView } from '../excel/actions.js';
import { formatNumber } from '../core/format.js';
import { useAnnounce } from './Announcer.js';
import { DOCX_MIME, downloadBytes } from './download.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { DOSSIER_TEXT, type DossierStrings } from './i18n/dossier.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { ProposalList, proposalState } from './ProposalList.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  docs: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  doc: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: '2px' },
  docButton: { textAlign: 'left', justifyContent: 'flex-start', width: '100%', height: 'auto', minHeight: '32px' },
  file: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', paddingLeft: tokens.spacingHorizontalS },
});

/** Re-read this long after the last edit of the sheets (the clerk types counts one after another). */
const REREAD_DELAY_MS = 400;

export interface DossierPanelProps {
  readonly actions: BlocActions;
  readonly dossier: DossierActions;
  /** The tab is shown: the dossier is read again on each visit and after each edit of the sheets. */
  readonly active: boolean;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

type Done =
  | { readonly kind: 'added'; readonly sheetName: string }
  | { readonly kind: 'notAdded'; readonly issues: readonly IssueView[] }
  | { readonly kind: 'downloaded'; readonly fileName: string }
  | { readonly kind: 'downloadBlocked' }
  | { readonly kind: 'notDownloaded'; readonly issues: readonly IssueView[] };

/** The label of a document's download button. */
export const documentLabel = (d: DossierStrings, doc: DossierDocumentView): string =>
  doc.kind === 'baoCao' ? d.kinds.baoCao(doc.unit ?? doc.fileName) : d.kinds[doc.kind];

/**
 * Hồ sơ: the proposals after the secret ballot with their status (đạt, không đạt, chờ bỏ phiếu), votes and
 * approval; without a `Bình bầu` sheet, the button that adds it pre-filled with the candidates; the ballot's
 * issues linking to their cells; one download per document (biên bản, tờ trình, each báo cáo thành tích).
 */
export function DossierPanel({ actions, dossier, active, onSelectCell }: DossierPanelProps) {
  const styles = useStyles();
  const { t, lang, format, host } = useLang();
  const d = DOSSIER_TEXT[lang];
  const blocked = host === 'page' ? d.downloadBlockedPage : d.downloadBlocked;
  const added = host === 'page' ? d.addedPage : d.added;
  const id = useId();
  const announce = useAnnounce();
  const lock = useRef(false);
  const reader = useTask(lock);
  const writer = useTask(lock);
  const [read, setRead] = useState<DossierRead | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [working, setWorking] = useState<'add' | 'download'>('add');

  const summaryOf = useCallback(
    (r: DossierRead) => {
      const count = (s: string) => format(r.proposals.filter((p) => proposalState(p) === s).length);
      if (r.proposals.length === 0) return d.none;
      if (r.ballotSheet === null) return d.summaryNoBallot(format(r.proposals.length));
      return d.summary(count('passed'), count('failed'), count('pending'));
    },
    [d, format],
  );

  // What the last read said: a re-read after an edit speaks only when the outcome changed (a count typed),
  // not after every write of the pane's own (adding the sheet fires the watcher too).
  const said = useRef<string | null>(null);
  const load = useCallback(
    async (say: 'always' | 'ifChanged' | 'never' = 'never') => {
      const result = await reader.run(() => dossier.read({ lang }));
      if (!result) return;
      setRead(result);
      const text = result.ok ? summaryOf(result) : d.notReady;
      if (say === 'always' || (say === 'ifChanged' && text !== said.current)) announce(text);
      said.current = text;
    },
    [announce, d, dossier, lang, reader.run, summaryOf],
  );

  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  // While the tab is shown, an edit of the bloc's sheets (a count typed in Bình bầu) is read again.
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stop: (() => Promise<void>) | null = null;
    let gone = false;
    actions
      .watch(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void loadRef.current('ifChanged'), REREAD_DELAY_MS);
      })
      .then(
        (unwatch) => (gone ? void unwatch() : (stop = unwatch)),
        () => undefined,
      );
    return () => {
      gone = true;
      if (timer) clearTimeout(timer);
      void stop?.();
    };
  }, [actions, active]);

  const add = async () => {
    const outcome = await writer.run(() => {
      setDone(null);
      setWorking('add');
      return dossier.addBallotSheet({ lang });
    });
    if (!outcome) return;
    if (outcome.ok && outcome.sheetName !== null) {
      setDone({ kind: 'added', sheetName: outcome.sheetName });
      announce(added(outcome.sheetName));
    } else {
      setDone({ kind: 'notAdded', issues: outcome.issues });
      announce(d.notAdded);
    }
    await load();
  };

  const download = async (doc: DossierDocumentView) => {
    const outcome = await writer.run(() => {
      setDone(null);
      setWorking('download');
      return dossier.documentDocx({ lang, fileName: doc.fileName });
    });
    if (!outcome) return;
    if (!outcome.ok || !outcome.bytes) {
      setDone({ kind: 'notDownloaded', issues: outcome.issues });
      announce(d.notDownloaded);
      return;
    }
    const next: Done = downloadBytes(outcome.bytes, outcome.fileName, DOCX_MIME)
      ? { kind: 'downloaded', fileName: outcome.fileName }
      : { kind: 'downloadBlocked' };
    setDone(next);
    announce(next.kind === 'downloaded' ? d.downloaded(next.fileName) : blocked);
  };

  const busy = reader.busy || writer.busy;
  const year = read?.year ?? null;
  return (
    <div className={styles.panel}>
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.title}>
          {year !== null ? d.title(String(year)) : t.app.tabDossier}
        </Subtitle2>
        <Button
          icon={<ArrowClockwiseRegular />}
          appearance="subtle"
          aria-label={d.refresh}
          title={d.refresh}
          disabledFocusable={busy}
          onClick={() => void load('always')}
        />
      </div>
      {reader.busy && !read ? <Spinner size="tiny" labelPosition="after" label={d.loading} /> : null}
      <ErrorBar message={reader.error} onDismiss={reader.clearError} />
      <ErrorBar message={writer.error} onDismiss={writer.clearError} />
      {read && !read.ok ? (
        <Notice intent="error" title={d.notReady}>
          {host === 'page' ? d.notReadyBodyPage : d.notReadyBody}
        </Notice>
      ) : null}
      {read?.ok && read.ballotSheet === null ? (
        <Notice
          intent="info"
          title={d.noBallotTitle}
          actions={
            <Button
              appearance="primary"
              icon={<DocumentTableRegular />}
              disabledFocusable={busy}
              onClick={() => void add()}
            >
              {d.addBallot}
            </Button>
          }
        >
          {d.noBallotBody(read.newBallotSheet)}
        </Notice>
      ) : null}
      {writer.busy ? (
        <Spinner size="tiny" labelPosition="after" label={working === 'add' ? d.adding : d.downloading} />
      ) : null}
      {done?.kind === 'added' ? (
        <Notice intent="success" onDismiss={() => setDone(null)}>
          {host === 'page' ? d.addedPage(done.sheetName) : `${d.added(done.sheetName)} ${d.addedUndo}`}
        </Notice>
      ) : null}
      {done?.kind === 'notAdded' ? <Notice intent="error" title={d.notAdded} /> : null}
      {done?.kind === 'downloaded' ? <Notice intent="success">{d.downloaded(done.fileName)}</Notice> : null}
      {done?.kind === 'downloadBlocked' ? <Notice intent="warning">{blocked}</Notice> : null}
      {done?.kind === 'notDownloaded' ? <Notice intent="error" title={d.notDownloaded} /> : null}
      {done?.kind === 'notAdded' || done?.kind === 'notDownloaded' ? (
        <IssueList issues={done.issues} onSelectCell={onSelectCell} />
      ) : null}
      {read ? <IssueList issues={read.issues} onSelectCell={onSelectCell} /> : null}
      {read?.ok ? (
        <section aria-labelledby={`${id}-proposals`} className={styles.panel}>
          <h3 id={`${id}-proposals`} className={styles.heading}>
            {d.proposals}
          </h3>
          {read.proposals.length > 0 ? <Text>{summaryOf(read)}</Text> : null}
          {read.ballotSheet !== null && read.thresholdPercent !== null && read.voters !== null ? (
            <Caption1 className={styles.note}>
              {d.ballotFrom(read.ballotSheet)}{' '}
              {d.threshold(formatNumber(read.thresholdPercent, lang, 2), format(read.voters))}
            </Caption1>
          ) : null}
          {read.proposals.length === 0 ? (
            <Text>{d.none}</Text>
          ) : (
            <ProposalList proposals={read.proposals} label={d.proposals} />
          )}
        </section>
      ) : null}
      {read?.ok && read.documents.length > 0 ? (
        <section aria-labelledby={`${id}-documents`} className={styles.panel}>
          <h3 id={`${id}-documents`} className={styles.heading}>
            {d.documents}
          </h3>
          <Caption1 className={styles.note}>{d.documentsNote}</Caption1>
          <ul className={styles.docs} aria-labelledby={`${id}-documents`}>
            {read.documents.map((doc) => (
              <li key={doc.fileName} className={styles.doc}>
                <Button
                  className={styles.docButton}
                  icon={<ArrowDownloadRegular />}
                  disabledFocusable={busy}
                  onClick={() => void download(doc)}
                >
                  {documentLabel(d, doc)}
                </Button>
                <Caption1 className={styles.file}>{doc.fileName}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
