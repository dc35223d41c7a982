import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, type FormEvent } from 'react';
import { GRADE_LABELS } from '../core/labels.js';
import { GRADE_CODES, type Lang } from '../core/model.js';
import { TieBreakList } from './TieBreakList.js';
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
  /** Unit names in roster order, for the leader and deputy pickers. */
  readonly units?: readonly string[];
  /** The workbook's language (the tie-break order is written in it). */
  readonly sheetLang?: Lang;
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
    case 'year':
      return t.settingsMore.yearInvalid;
    case 'required':
      return t.settingsMore.required;
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
  units = [],
  sheetLang,
}: SettingsFormProps) {
  const styles = useStyles();
  const { t, lang } = useLang();
  const tieId = useId();
  /** A picker over the roster; a name the sheet has that is not on the roster stays, marked as such. */
  const picker = (key: 'leader' | 'deputy' | 'nextLeader' | 'nextDeputy', blank: string) => {
    const current = draft[key];
    const names = current && !units.includes(current) ? [...units, current] : units;
    return (
      <Field label={t.settingsMore[key]}>
        <Select value={current} onChange={(_, d) => onChange({ [key]: d.value })}>
          <option value="">{blank}</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {units.includes(n) ? n : t.settingsMore.notInRoster(n)}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  const text = (key: 'bloc' | 'authority' | 'place') => (
    <Field label={t.settingsMore[key]} validationMessage={message(key)} validationState={state(key)}>
      <Input value={draft[key]} onChange={(_, d) => onChange({ [key]: d.value })} />
    </Field>
  );
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
        <legend className={styles.legend}>{t.settingsMore.blocGroup}</legend>
        <Field label={t.settingsMore.year} validationMessage={message('year')} validationState={state('year')}>
          <Input inputMode="numeric" value={draft.year} onChange={(_, d) => onChange({ year: d.value })} />
        </Field>
        {text('bloc')}
        {text('authority')}
        {text('place')}
        <Field label={t.settingsMore.blocDecision}>
          <Textarea
            rows={2}
            resize="vertical"
            value={draft.blocDecision}
            onChange={(_, d) => onChange({ blocDecision: d.value })}
          />
        </Field>
      </fieldset>
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
          label={{ children: t.settings.tieBreak, id: `${tieId}-label` }}
          validationMessage={message('tieBreak')}
          validationState={state('tieBreak')}
        >
          <TieBreakList
            value={draft.tieBreak}
            sheetLang={sheetLang ?? lang}
            labelledBy={`${tieId}-label`}
            onChange={(tieBreak) => onChange({ tieBreak })}
          />
        </Field>
        <Field
          label={t.settingsMore.bonusCap}
          validationMessage={message('bonusCapPercent')}
          validationState={state('bonusCapPercent')}
        >
          <Input
            inputMode="decimal"
            value={draft.bonusCapPercent}
            onChange={(_, d) => onChange({ bonusCapPercent: d.value })}
          />
        </Field>
        <Field label={t.settingsMore.awardGrade}>
          <Select
            value={draft.awardGrade}
            onChange={(_, d) => onChange({ awardGrade: GRADE_CODES.find((g) => g === d.value) ?? draft.awardGrade })}
          >
            {GRADE_CODES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABELS[g][lang]}
              </option>
            ))}
          </Select>
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
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.settingsMore.leadersGroup}</legend>
        {picker('leader', t.settingsMore.none)}
        {picker('deputy', t.settingsMore.none)}
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
        {picker('nextLeader', t.settingsMore.byRule)}
        {picker('nextDeputy', t.settingsMore.byRule)}
      </fieldset>
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
