import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Lang } from '../core/model.js';
import type { ActionOutcome, BlocActions } from '../excel/actions.js';
import { parseNumber } from '../grid/parseNumber.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { IssueList } from './IssueList.js';
import { Notice } from './Notice.js';
import { useTask } from './useTask.js';

/** The largest roster the pane creates at once. */
export const MAX_UNITS = 10_000;
export const DEFAULT_UNITS = 10;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CreateWorkbookProps {
  readonly actions: BlocActions;
  /** Existing sheets a new bloc workbook would take (from detect). */
  readonly conflicts: readonly string[];
  /** Bloc sheets still missing when some exist: offered as "Thêm các trang còn thiếu". */
  readonly missing?: readonly string[];
  /** This year (Năm is filled with it); the clock is read by the caller. */
  readonly year?: number;
  /** The sheets were added. */
  readonly onCreated: () => void;
  /** Detect the workbook again (after the clerk renamed the conflicting sheets). */
  readonly onRecheck: () => void;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}

function unitsOf(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.kind === 'value' && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= MAX_UNITS
    ? parsed.value
    : null;
}

/** Not a bloc workbook: explain, and offer to add the three sheets from the preset. */
export function CreateWorkbook({
  actions,
  conflicts,
  missing = [],
  year = new Date().getFullYear(),
  onCreated,
  onRecheck,
  onSelectCell,
}: CreateWorkbookProps) {
  const styles = useStyles();
  const { t, lang, format, host } = useLang();
  const task = useTask();
  const [units, setUnits] = useState(String(DEFAULT_UNITS));
  const [sheetLang, setSheetLang] = useState<Lang>(lang);
  const [refused, setRefused] = useState<ActionOutcome | null>(null);
  const count = unitsOf(units);
  // Only some bloc sheets: add the missing ones instead of a dead end.
  const partial = missing.length > 0;
  const blocked = conflicts.length > 0 && !partial;

  // The example follows the sheet language chosen: Vietnamese (Bắc Ninh 2018) or English (Tham mưu 2025).
  const example = async () => {
    setRefused(null);
    const outcome = await task.run(() => actions.openExample({ lang, sheetLang }));
    if (!outcome) return;
    if (outcome.ok) onCreated();
    else setRefused(outcome);
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (count === null || blocked) return;
    setRefused(null);
    const outcome = await task.run(() =>
      actions.createWorkbook({ lang: sheetLang, units: count, year, ...(partial ? { missingOnly: true } : {}) }),
    );
    if (!outcome) return;
    if (outcome.ok) onCreated();
    else setRefused(outcome);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void create(e)} noValidate>
      <Subtitle2 as="h2">{partial ? t.flow.missingTitle : t.start.title}</Subtitle2>
      <Body1>{partial ? t.flow.missingBody(missing) : t.start.body}</Body1>
      {blocked ? (
        <Notice
          intent="warning"
          title={t.start.conflictsTitle}
          actions={
            // On the web page the copy does not change under the page: checking it again would change nothing.
            host === 'page' ? undefined : (
              <Button type="button" size="small" onClick={onRecheck}>
                {t.start.recheck}
              </Button>
            )
          }
        >
          <div>{t.start.conflictsBody(conflicts)}</div>
        </Notice>
      ) : null}
      <Field
        label={t.start.units}
        hint={t.start.unitsHint}
        validationMessage={count === null ? t.start.unitsInvalid(format(MAX_UNITS)) : undefined}
        validationState={count === null ? 'error' : 'none'}
      >
        <Input inputMode="numeric" value={units} onChange={(_, d) => setUnits(d.value)} />
      </Field>
      {partial ? null : (
        <Field label={t.start.sheetLanguage}>
          <RadioGroup
            layout="horizontal"
            value={sheetLang}
            onChange={(_, d) => setSheetLang(d.value === 'en' ? 'en' : 'vi')}
          >
            <Radio value="vi" label={t.start.vietnamese} />
            <Radio value="en" label={t.start.english} />
          </RadioGroup>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={task.busy || blocked || count === null}>
          {task.busy ? t.start.creating : partial ? t.flow.addMissing : t.start.create}
        </Button>
        {partial ? null : (
          <Button
            type="button"
            disabledFocusable={task.busy || blocked}
            title={t.flow.openExampleHint}
            onClick={() => void example()}
          >
            {t.flow.openExample}
          </Button>
        )}
      </div>
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      {refused ? (
        <>
          <Notice intent="error" title={t.start.notCreated} />
          <IssueList issues={refused.issues} onSelectCell={onSelectCell} />
        </>
      ) : null}
    </form>
  );
}
