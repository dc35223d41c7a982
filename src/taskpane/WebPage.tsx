import { Button, Caption1, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular, InfoRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type DragEvent } from 'react';
import { flushSync } from 'react-dom';
import type { BlocActions, IssueView, WorkbookState } from '../excel/actions.js';
import type { Lang } from '../core/model.js';
import { useLang } from './i18n.js';
import { WEB_STRINGS } from './i18n/web.js';
import { LazyRankingTable } from './lazyParts.js';
import { Loading } from './Loading.js';
import { BUSY_DELAY_MS, errorMessage } from './taskFeedback.js';
import { useSettled } from './useSettled.js';
import type { WorkbookViewProps } from './WorkbookView.js';

/** Error notices: only when a file is refused or a download blocked (their own chunk). */
const LazyNotices = lazy(() => import('./WebPageNotices.js').then((m) => ({ default: m.WebPageNotices })));

/** The workbook the page holds (the page's file host, src/web, keeps it). */
export interface PageWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Something was written since the file was opened. */
  readonly changed: boolean;
  readonly macroEnabled: boolean;
}

/** The pane's actions over a file, and the file as it is now. */
export interface PageActions extends BlocActions {
  current(): PageWorkbook;
  subscribe(listener: (book: PageWorkbook) => void): () => void;
}

/** What the page asks of its file host (src/web/main.tsx gives it; tests give fakes). */
export interface PageHost {
  /** Reads and opens a chosen file; unreadable and refused files give issues and no actions. */
  open(file: File, lang: Lang): Promise<{ readonly actions: PageActions | null; readonly issues: readonly IssueView[] }>;
  /** A new bloc workbook from the preset. */
  template(lang: Lang, year: number): Promise<Uint8Array>;
  /** The download name of the current workbook (`<name>.ranked.xlsx`, as `blocrank rank` names it). */
  downloadName(book: PageWorkbook): string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  lead: { ...typographyStyles.body1, margin: 0 },
  /** The privacy note: a plain box rather than a message bar (kept out of the first paint's JavaScript). */
  note: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...typographyStyles.body1,
  },
  noteIcon: { flexShrink: 0, fontSize: '20px', color: tokens.colorNeutralForeground2 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  name: { overflowWrap: 'anywhere', flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  failed: { ...typographyStyles.body1, margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * BlocRank trên trình duyệt: choose or drop a bloc workbook, then the pane's sections over it (the same
 * WorkbookView with the file host's actions), and the download of the updated copy. Says that the file
 * stays on the computer and that the page works offline.
 */
export function WebPage({ host, view }: { readonly host: PageHost; readonly view: Promise<ComponentType<WorkbookViewProps>> }) {
  const styles = useStyles();
  const { lang } = useLang();
  const w = WEB_STRINGS[lang];
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<{ actions: PageActions; id: number; state?: WorkbookState } | null>(null);
  const [refused, setRefused] = useState<readonly IssueView[] | null>(null);
  const [book, setBook] = useState<PageWorkbook | null>(null);
  const [failed, setFailed] = useState(false);
  const count = useRef(0);
  const opening = useRef(false);
  const next = useRef<File | null>(null);
  const settledView = useSettled(view);
  const View = settledView.state === 'done' ? settledView.value : null;

  useEffect(() => {
    document.title = w.title;
  }, [w.title]);
  // The book is set with `opened` (one render); later changes (rank, undo, sheets added) come from here.
  useEffect(() => opened?.actions.subscribe(setBook), [opened]);

  const open = useCallback(
    async (file: File) => {
      // A file chosen while another opens is opened next (the last one chosen wins).
      if (opening.current) {
        next.current = file;
        return;
      }
      opening.current = true;
      // The ring only for a file that takes a while: a flash of it would cost a render and a paint.
      const slow = setTimeout(() => setBusy(true), BUSY_DELAY_MS);
      try {
        const result = await host.open(file, lang);
        // The first detection while opening: the sections show in the same render as the file's name.
        const state = result.actions ? await result.actions.detect({ lang }).catch(() => undefined) : undefined;
        // Rendered at once rather than in a later task: the sections appear in the next frame.
        flushSync(() => {
          setRefused(result.actions ? null : result.issues);
          setOpened(result.actions ? { actions: result.actions, id: ++count.current, ...(state ? { state } : {}) } : null);
          setBook(result.actions ? result.actions.current() : null);
        });
      } catch (error) {
        // The page's own code failed (a part of it not loaded, say): said, never swallowed.
        setRefused([{ severity: 'error', code: 'PAGE_OPEN_FAILED', message: w.openError(errorMessage(error)) }]);
      } finally {
        clearTimeout(slow);
        opening.current = false;
        setBusy(false);
      }
      const queued = next.current;
      next.current = null;
      // Through the ref: the latest `open`, in the language chosen meanwhile.
      if (queued) await openLatest.current(queued);
    },
    [host, lang, w],
  );
  const openLatest = useRef(open);
  openLatest.current = open;

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };
  const save = (bytes: Uint8Array, name: string, macro = false) =>
    void import('./download.js').then((d) => setFailed(!d.downloadBytes(bytes, name, macro ? XLSM_MIME : XLSX_MIME)));

  return (
    <>
      <section className={styles.intro} aria-labelledby="web-title">
        <h2 id="web-title" className={styles.title}>
          {w.title}
        </h2>
        <p className={styles.lead}>{w.lead}</p>
        <div className={styles.note} role="note">
          <InfoRegular className={styles.noteIcon} aria-hidden />
          <p className={styles.lead}>
            <span className={styles.strong}>{w.privacyTitle}.</span> {w.privacy} {w.offline}
          </p>
        </div>
        <div
          className={mergeClasses(styles.drop, over && styles.over)}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label={w.chooseLabel}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void open(file);
            }}
          />
          <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()} disabled={busy}>
            {opened ? w.openAnother : w.choose}
          </Button>
          <Caption1>{over ? w.dropHere : w.drop}</Caption1>
          <Button
            icon={<DocumentAddRegular />}
            onClick={() => void host.template(lang, new Date().getFullYear()).then((b) => save(b, w.templateName))}
          >
            {w.template}
          </Button>
        </div>
      </section>
      {busy ? <Loading /> : null}
      {failed || refused ? (
        <Suspense fallback={null}>
          <LazyNotices
            refused={refused}
            refusedTitle={w.openFailed}
            failed={failed ? w.downloadFailed : null}
            onDismissFailed={() => setFailed(false)}
          />
        </Suspense>
      ) : null}
      {opened && book ? (
        <>
          <div className={styles.bar}>
            <p className={mergeClasses(styles.lead, styles.name)}>{w.fileLine(book.name)}</p>
            {book.changed ? (
              <Button
                appearance="primary"
                icon={<ArrowDownloadRegular />}
                onClick={() => save(book.bytes, host.downloadName(book), book.macroEnabled)}
              >
                {w.download}
              </Button>
            ) : null}
          </div>
          <Caption1 className={styles.hint}>{book.changed ? w.downloadHint : w.notChanged}</Caption1>
          {View ? (
            <View key={opened.id} actions={opened.actions} {...(opened.state ? { initial: opened.state } : {})} />
          ) : settledView.state === 'failed' ? (
            // The sections' code did not load (offline before the first full visit, or a release replaced it).
            <p role="alert" className={styles.failed}>
              {w.openError(errorMessage(settledView.error))}
            </p>
          ) : (
            <Loading />
          )}
        </>
      ) : null}
      {/* Loads the ranking table's chunk (a lazy part of the pane) before the first ranking, rather than
          behind a Suspense fallback then. */}
      <Suspense fallback={null}>
        <div hidden>
          <LazyRankingTable rows={[]} />
        </div>
      </Suspense>
    </>
  );
}
