import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useLang, type Strings } from './i18n.js';
import type { DraftError, DraftErrors, SettingsDraft } from './settingsDraft.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  band: { gridTemplateColumns: '5.5rem minmax(0, 1fr)' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SettingsFormProps {
  readonly draft: SettingsDraft;
  readonly errors: DraftErrors;
  /** There are valid changes to write. */
  readonly canSave: boolean;
  /** The draft differs from the sheet. */
  readonly canReset: boolean;
  readonly busy: boolean;
  readonly onChange: (patch: Partial<SettingsDraft>) => void;
  readonly onSubmit: () => void;
  readonly onReset: () => void;
}

function messageOf(t: Strings, error: DraftError | undefined): string | undefined {
  if (!error) return undefined;
  switch (error.kind) {
    case 'wholeNumber':
      return t.settings.wholeNumber;
    case 'percent':
      return t.settings.percent;
    case 'bandsOrder':
      return t.settings.bandsOrder;
    case 'tieBreakUnknown':
      return t.settings.tieBreakUnknown(error.parts);
  }
}

/** The key settings of the `Cấu hình` sheet, validated inline. */
export function SettingsForm({
  draft,
  errors,
  canSave,
  canReset,
  busy,
  onChange,
  onSubmit,
  onReset,
}: SettingsFormProps) {
  const styles = useStyles();
  const { t } = useLang();
  const message = (key: keyof SettingsDraft) => messageOf(t, errors[key]);
  const state = (key: keyof SettingsDraft) => (errors[key] ? 'error' : 'none');
  const invalid = Object.keys(errors).length > 0;
  // Enter in a field or on a switch never saves: only the Save button writes to the sheet.
  const noImplicitSubmit = (e: FormEvent) => e.preventDefault();
  const save = () => {
    if (canSave && !invalid && !busy) onSubmit();
  };
  return (
    <form className={styles.form} onSubmit={noImplicitSubmit} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.settings.awardsGroup}</legend>
        <Field
          label={t.settings.provincialFlags}
          validationMessage={message('provincialFlags')}
          validationState={state('provincialFlags')}
        >
          <Input
            inputMode="numeric"
            value={draft.provincialFlags}
            onChange={(_, d) => onChange({ provincialFlags: d.value })}
          />
        </Field>
        <Field hint={t.settings.certificatesAutoHint}>
          <Switch
            label={t.settings.certificatesAuto}
            checked={draft.certificatesAuto}
            onChange={(_, d) => onChange({ certificatesAuto: d.checked })}
          />
        </Field>
        <Field
          label={t.settings.certificates}
          validationMessage={message('certificates')}
          validationState={state('certificates')}
        >
          <Input
            inputMode="numeric"
            disabled={draft.certificatesAuto}
            value={draft.certificatesAuto ? '' : draft.certificates}
            placeholder={draft.certificatesAuto ? t.settings.auto : undefined}
            onChange={(_, d) => onChange({ certificates: d.value })}
          />
        </Field>
        <Field hint={t.settings.nominateHint}>
          <Switch
            label={t.settings.nominate}
            checked={draft.nominateGovernmentFlag}
            onChange={(_, d) => onChange({ nominateGovernmentFlag: d.checked })}
          />
        </Field>
        <Field hint={t.settings.withProvincialHint}>
          <Switch
            label={t.settings.withProvincial}
            checked={draft.governmentFlagWithProvincial}
            disabled={!draft.nominateGovernmentFlag}
            onChange={(_, d) => onChange({ governmentFlagWithProvincial: d.checked })}
          />
        </Field>
        <Field
          label={t.settings.tieBreak}
          hint={t.settings.tieBreakHint}
          validationMessage={message('tieBreak')}
          validationState={state('tieBreak')}
        >
          <Textarea
            rows={2}
            resize="vertical"
            value={draft.tieBreak}
            onChange={(_, d) => onChange({ tieBreak: d.value })}
          />
        </Field>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.settings.bands}</legend>
        <Field
          orientation="horizontal"
          className={styles.band}
          label={t.settings.excellent}
          validationMessage={message('excellent')}
          validationState={state('excellent')}
        >
          <Input inputMode="decimal" value={draft.excellent} onChange={(_, d) => onChange({ excellent: d.value })} />
        </Field>
        <Field
          orientation="horizontal"
          className={styles.band}
          label={t.settings.good}
          validationMessage={message('good')}
          validationState={state('good')}
        >
          <Input inputMode="decimal" value={draft.good} onChange={(_, d) => onChange({ good: d.value })} />
        </Field>
        <Field
          orientation="horizontal"
          className={styles.band}
          label={t.settings.complete}
          validationMessage={message('complete')}
          validationState={state('complete')}
        >
          <Input inputMode="decimal" value={draft.complete} onChange={(_, d) => onChange({ complete: d.value })} />
        </Field>
      </fieldset>
      <Field label={t.settings.leaderSelection}>
        <RadioGroup
          layout="horizontal"
          value={draft.leaderSelection}
          onChange={(_, d) => onChange({ leaderSelection: d.value === 'elect' ? 'elect' : 'rotate' })}
        >
          <Radio value="rotate" label={t.settings.rotate} />
          <Radio value="elect" label={t.settings.elect} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button type="button" appearance="primary" disabledFocusable={!canSave || invalid || busy} onClick={save}>
          {busy ? t.settings.saving : t.settings.save}
        </Button>
        <Button type="button" disabled={!canReset || busy} onClick={onReset}>
          {t.settings.reset}
        </Button>
      </div>
    </form>
  );
}
