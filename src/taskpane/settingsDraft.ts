/**
 * The settings form as text fields: from EditableSettings, validated back into EditableSettings, and the
 * difference that writeSettings receives (only the fields the clerk changed).
 */
import { foldText } from '../core/foldText.js';
import { formatNumber } from '../core/format.js';
import type { GradeCode, Lang, LeaderSelection } from '../core/model.js';
import { parseTieBreakOrder } from '../core/tieBreakers.js';
import type { EditableSettings } from '../excel/actions.js';
import { parseNumber } from '../grid/parseNumber.js';

export interface SettingsDraft {
  readonly provincialFlags: string;
  readonly certificatesAuto: boolean;
  readonly certificates: string;
  readonly nominateGovernmentFlag: boolean;
  readonly governmentFlagWithProvincial: boolean;
  readonly tieBreak: string;
  readonly excellent: string;
  readonly good: string;
  readonly complete: string;
  readonly leaderSelection: LeaderSelection;
  readonly year: string;
  readonly bloc: string;
  readonly authority: string;
  readonly place: string;
  readonly leader: string;
  readonly deputy: string;
  readonly nextLeader: string;
  readonly nextDeputy: string;
  readonly blocDecision: string;
  readonly bonusCapPercent: string;
  readonly awardGrade: GradeCode;
}

/** Text items of the draft, written as typed. */
export const TEXT_ITEMS = [
  'bloc',
  'authority',
  'place',
  'leader',
  'deputy',
  'nextLeader',
  'nextDeputy',
  'blocDecision',
] as const;

/** Why a field is invalid; the form turns these into messages in the pane's language. */
export type DraftError =
  | { readonly kind: 'wholeNumber' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'bandsOrder' }
  | { readonly kind: 'tieBreakUnknown'; readonly parts: readonly string[] }
  | { readonly kind: 'year' }
  | { readonly kind: 'required' };

export type DraftErrors = Partial<Record<keyof SettingsDraft, DraftError>>;

/** Certificates when the settings say `auto` and the clerk switches to a number: the preset's 3. */
const CERTIFICATES_FALLBACK = 3;
/** Tie-break texts meaning "no chain" (as readSettings accepts them). */
const NO_CHAIN = new Set(['khong', 'none', 'no']);

export function toDraft(s: EditableSettings, lang: Lang): SettingsDraft {
  const n = (value: number) => formatNumber(value, lang, 6);
  return {
    provincialFlags: n(s.provincialFlags),
    certificatesAuto: s.certificates === 'auto',
    certificates: n(s.certificates === 'auto' ? CERTIFICATES_FALLBACK : s.certificates),
    nominateGovernmentFlag: s.nominateGovernmentFlag,
    governmentFlagWithProvincial: s.governmentFlagWithProvincial,
    tieBreak: s.tieBreak,
    excellent: n(s.bands.excellent),
    good: n(s.bands.good),
    complete: n(s.bands.complete),
    leaderSelection: s.leaderSelection,
    year: s.year === null ? '' : String(s.year),
    bloc: s.bloc,
    authority: s.authority,
    place: s.place,
    leader: s.leader,
    deputy: s.deputy,
    nextLeader: s.nextLeader,
    nextDeputy: s.nextDeputy,
    blocDecision: s.blocDecision,
    bonusCapPercent: n(s.bonusCapPercent),
    awardGrade: s.awardGrade,
  };
}

function numberOf(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.kind === 'value' ? parsed.value : null;
}

/** The draft as settings, or the errors of its fields. */
export function parseDraft(d: SettingsDraft): {
  readonly settings: EditableSettings | null;
  readonly errors: DraftErrors;
} {
  const errors: { -readonly [K in keyof SettingsDraft]?: DraftError } = {};
  const whole = (key: 'provincialFlags' | 'certificates'): number => {
    const v = numberOf(d[key]);
    if (v === null || !Number.isInteger(v) || v < 0) errors[key] = { kind: 'wholeNumber' };
    return v ?? 0;
  };
  const percent = (key: 'excellent' | 'good' | 'complete' | 'bonusCapPercent'): number => {
    const v = numberOf(d[key]);
    if (v === null || v < 0 || v > 100) errors[key] = { kind: 'percent' };
    return v ?? 0;
  };
  const provincialFlags = whole('provincialFlags');
  const certificates = d.certificatesAuto ? 'auto' : whole('certificates');
  const excellent = percent('excellent');
  const good = percent('good');
  const complete = percent('complete');
  if (!errors.excellent && !errors.good && !errors.complete) {
    if (!(excellent > good)) errors.good = { kind: 'bandsOrder' };
    else if (!(good > complete)) errors.complete = { kind: 'bandsOrder' };
  }
  const bonusCapPercent = percent('bonusCapPercent');
  const yearValue = numberOf(d.year);
  const year = d.year.trim() === '' ? null : yearValue;
  if (d.year.trim() !== '' && (year === null || !Number.isInteger(year) || year < 1900 || year > 2999))
    errors.year = { kind: 'year' };
  if (d.bloc.trim() === '') errors.bloc = { kind: 'required' };
  const tieBreak = d.tieBreak.trim();
  if (!NO_CHAIN.has(foldText(tieBreak))) {
    const { unknown } = parseTieBreakOrder(tieBreak);
    if (unknown.length > 0) errors.tieBreak = { kind: 'tieBreakUnknown', parts: unknown };
  }
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    settings: {
      provincialFlags,
      certificates,
      nominateGovernmentFlag: d.nominateGovernmentFlag,
      governmentFlagWithProvincial: d.governmentFlagWithProvincial,
      tieBreak,
      bands: { excellent, good, complete },
      leaderSelection: d.leaderSelection,
      year,
      bloc: d.bloc.trim(),
      authority: d.authority.trim(),
      place: d.place.trim(),
      leader: d.leader.trim(),
      deputy: d.deputy.trim(),
      nextLeader: d.nextLeader.trim(),
      nextDeputy: d.nextDeputy.trim(),
      blocDecision: d.blocDecision.trim(),
      bonusCapPercent,
      awardGrade: d.awardGrade,
    },
    errors,
  };
}

/** The fields of `next` that differ from `before`; `bands` goes whole when any threshold changed. */
export function changedSettings(before: EditableSettings, next: EditableSettings): Partial<EditableSettings> {
  const changes: { -readonly [K in keyof EditableSettings]?: EditableSettings[K] } = {};
  if (next.provincialFlags !== before.provincialFlags) changes.provincialFlags = next.provincialFlags;
  if (next.certificates !== before.certificates) changes.certificates = next.certificates;
  if (next.nominateGovernmentFlag !== before.nominateGovernmentFlag)
    changes.nominateGovernmentFlag = next.nominateGovernmentFlag;
  if (next.governmentFlagWithProvincial !== before.governmentFlagWithProvincial)
    changes.governmentFlagWithProvincial = next.governmentFlagWithProvincial;
  if (next.tieBreak.trim() !== before.tieBreak.trim()) changes.tieBreak = next.tieBreak;
  const b = before.bands;
  const n = next.bands;
  if (n.excellent !== b.excellent || n.good !== b.good || n.complete !== b.complete) changes.bands = n;
  if (next.leaderSelection !== before.leaderSelection) changes.leaderSelection = next.leaderSelection;
  if (next.year !== before.year && next.year !== null) changes.year = next.year;
  for (const key of TEXT_ITEMS) if (next[key] !== before[key]) changes[key] = next[key];
  if (next.bonusCapPercent !== before.bonusCapPercent) changes.bonusCapPercent = next.bonusCapPercent;
  if (next.awardGrade !== before.awardGrade) changes.awardGrade = next.awardGrade;
  return changes;
}
