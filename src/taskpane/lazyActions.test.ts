import { describe, expect, it, vi } from 'vitest';
import { fakeActions, fakeDossier } from '../../tests/helpers/fakeActions';
import { lazyActions } from './lazyActions';

describe('actions fetched on first use', () => {
  it('loads the implementation once, at once, and delegates every action to it', async () => {
    const real = fakeActions();
    const load = vi.fn(async () => real);
    const actions = lazyActions(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(actions.canUndo()).toBe(false);
    expect(await actions.detect()).toMatchObject({ kind: 'bloc' });
    await actions.rank({ lang: 'en' });
    await actions.selectCell('Chấm điểm', 'C5');
    expect(real.rank).toHaveBeenCalledWith({ lang: 'en' });
    expect(real.selectCell).toHaveBeenCalledWith('Chấm điểm', 'C5');
    expect(actions.canUndo()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load is reported by the action that needed it and retried by the next', async () => {
    const real = fakeActions();
    const load = vi
      .fn<() => Promise<typeof real>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(real);
    const actions = lazyActions(load);
    await expect(actions.detect()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(await actions.detect()).toMatchObject({ kind: 'bloc' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('delegates the dossier’s actions; a host without them gets no `dossier` (no Hồ sơ tab)', async () => {
    const real = fakeActions({ dossier: fakeDossier() });
    const actions = lazyActions(async () => real);
    expect((await actions.dossier!.read({ lang: 'vi' })).ok).toBe(true);
    await actions.dossier!.documentDocx({ lang: 'vi', fileName: 'bien-ban-binh-xet-2018.docx' });
    expect(real.dossier!.documentDocx).toHaveBeenCalledWith({ lang: 'vi', fileName: 'bien-ban-binh-xet-2018.docx' });
    expect(lazyActions(async () => fakeActions(), { dossier: false }).dossier).toBeUndefined();
  });
});
