import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../tests/helpers/fakeActions';
import { changedSettings, parseDraft, toDraft } from './settingsDraft';

describe('settings draft', () => {
  it('round-trips the settings through the form fields, numbers written as the language writes them', () => {
    const s = { ...SETTINGS, certificates: 4, bands: { excellent: 92.5, good: 70, complete: 50 } };
    const vi = toDraft(s, 'vi');
    expect(vi.excellent).toBe('92,5');
    expect(toDraft(s, 'en').excellent).toBe('92.5');
    expect(parseDraft(vi)).toEqual({ settings: s, errors: {} });
    expect(changedSettings(s, parseDraft(vi).settings!)).toEqual({});
  });

  it('keeps "auto" certificates and offers 3 when the clerk switches to a number', () => {
    const d = toDraft(SETTINGS, 'vi');
    expect(d.certificatesAuto).toBe(true);
    expect(d.certificates).toBe('3');
    expect(parseDraft(d).settings?.certificates).toBe('auto');
    expect(parseDraft({ ...d, certificatesAuto: false }).settings?.certificates).toBe(3);
  });

  it('reports each invalid field', () => {
    const d = toDraft(SETTINGS, 'vi');
    expect(parseDraft({ ...d, provincialFlags: '-1', certificatesAuto: false, certificates: 'ba' }).errors).toEqual({
      provincialFlags: { kind: 'wholeNumber' },
      certificates: { kind: 'wholeNumber' },
    });
    expect(parseDraft({ ...d, complete: '101' }).errors).toEqual({ complete: { kind: 'percent' } });
    expect(parseDraft({ ...d, good: '95' }).errors).toEqual({ good: { kind: 'bandsOrder' } });
    expect(parseDraft({ ...d, complete: '70' }).errors).toEqual({ complete: { kind: 'bandsOrder' } });
    expect(parseDraft({ ...d, tieBreak: 'Nhóm B; Phiếu bầu; Điểm trừ' }).errors).toEqual({
      tieBreak: { kind: 'tieBreakUnknown', parts: ['Phiếu bầu'] },
    });
    expect(parseDraft({ ...d, tieBreak: 'Không' }).errors).toEqual({});
    expect(parseDraft({ ...d, tieBreak: '' }).errors).toEqual({});
  });

  it('lists only the changed fields; the bands go as one', () => {
    const next = { ...SETTINGS, nominateGovernmentFlag: false, bands: { ...SETTINGS.bands, complete: 45 } };
    expect(changedSettings(SETTINGS, next)).toEqual({
      nominateGovernmentFlag: false,
      bands: { excellent: 90, good: 70, complete: 45 },
    });
    expect(changedSettings(SETTINGS, { ...SETTINGS, tieBreak: ` ${SETTINGS.tieBreak} ` })).toEqual({});
  });
});
