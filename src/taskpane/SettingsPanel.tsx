import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../core/model.js';
import type { BlocActions, EditableSettings, IssueView, SettingsRead, WorkbookState } from '../excel/actions.js';
import { useAnnounce } from './Announcer.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { changedSettings, parseDraft, toDraft, type SettingsDraft } from './settingsDraft.js';
import { SettingsForm } from './SettingsForm.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface SettingsPanelProps {
  readonly actions: BlocActions;
  /** The tab is shown: (re)read the sheet unless the clerk has unsaved edits. */
  readonly active: boolean;
  readonly onSelectCell: (sheet: string, cell: string) => void;
  /** Called after settings were written, with the workbook as the save read it back. */
  readonly onChanged?: (state: WorkbookState | null | undefined) => void;
}

type Saved =
  { readonly ok: true; readonly count: number } | { readonly ok: false; readonly issues: readonly IssueView[] };

/** Cài đặt: the key settings, read from and written to the `Cấu hình` sheet (its one source of truth). */
export function SettingsPanel({ actions, active, onSelectCell, onChanged }: SettingsPanelProps) {
  const styles = useStyles();
  const { t, lang, format } = useLang();
  const announce = useAnnounce();
  const lock = useRef(false);
  const reader = useTask(lock);
  const writer = useTask(lock);
  const [loaded, setLoaded] = useState<EditableSettings | null>(null);
  const [roster, setRoster] = useState<{ units: readonly string[]; lang: Lang | undefined }>({
    units: [],
    lang: undefined,
  });
  const [readIssues, setReadIssues] = useState<readonly IssueView[]>([]);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [read, setRead] = useState(false);

  const parsed = useMemo(() => (draft ? parseDraft(draft) : null), [draft]);
  const changes = useMemo(
    () => (loaded && parsed?.settings ? changedSettings(loaded, parsed.settings) : {}),
    [loaded, parsed],
  );
  // Dirty means "the values differ from the sheet", not "the text differs": after a language switch the
  // numbers are written differently (8,5 / 8.5) but mean the same.
  const dirty = useMemo(
    () => draft !== null && loaded !== null && (parsed?.settings ? Object.keys(changes).length > 0 : true),
    [draft, loaded, parsed, changes],
  );

  const show = useCallback(
    (result: SettingsRead) => {
      setLoaded(result.settings);
      setRoster({ units: result.units ?? [], lang: result.lang });
      setReadIssues(result.issues);
      setDraft(result.settings ? toDraft(result.settings, lang) : null);
      setRead(true);
    },
    [lang],
  );

  const load = useCallback(async () => {
    const result = await reader.run(() => actions.readSettings({ lang }));
    if (result) show(result);
  }, [actions, lang, reader.run, show]);

  useEffect(() => {
    if (active && !dirty) void load();
    // Re-read on each visit and language change; edits in progress are kept.
  }, [active, lang]);

  const save = async () => {
    if (Object.keys(changes).length === 0) return;
    const outcome = await writer.run(() => actions.writeSettings(changes, { lang }));
    if (!outcome) return;
    if (outcome.ok) {
      setSaved({ ok: true, count: Object.keys(changes).length });
      announce(t.flow.announceSaved);
      onChanged?.(outcome.state);
      // The save read the sheet back in its own request: show that, rather than reading it once more.
      if (outcome.settings) show(outcome.settings);
      else await load();
    } else setSaved({ ok: false, issues: outcome.issues });
  };

  return (
    <div className={styles.panel}>
      {reader.busy && !read ? <Spinner size="tiny" labelPosition="after" label={t.settings.loading} /> : null}
      <ErrorBar message={reader.error} onDismiss={reader.clearError} />
      <ErrorBar message={writer.error} onDismiss={writer.clearError} />
      {read && loaded === null ? <Notice intent="error" title={t.settings.unreadable} /> : null}
      <IssueList issues={readIssues} onSelectCell={onSelectCell} />
      {saved?.ok ? (
        <Notice intent="success" onDismiss={() => setSaved(null)}>
          {t.settings.saved(format(saved.count))}
        </Notice>
      ) : null}
      {saved && !saved.ok ? (
        <>
          <Notice intent="error" title={t.settings.notSaved} onDismiss={() => setSaved(null)} />
          <IssueList issues={saved.issues} onSelectCell={onSelectCell} />
        </>
      ) : null}
      {draft && parsed ? (
        <SettingsForm
          draft={draft}
          errors={parsed.errors}
          canSave={Object.keys(changes).length > 0}
          canReset={dirty}
          busy={writer.busy}
          onChange={(patch) => {
            setSaved(null);
            setDraft((d) => (d ? { ...d, ...patch } : d));
          }}
          onSubmit={() => void save()}
          onReset={() => loaded && setDraft(toDraft(loaded, lang))}
          units={roster.units}
          {...(roster.lang ? { sheetLang: roster.lang } : {})}
        />
      ) : null}
    </div>
  );
}
