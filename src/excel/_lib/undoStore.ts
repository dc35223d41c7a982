import { jsonSize } from './payload.js';
import type { UndoSnapshot } from './session.js';

/**
 * Where the undo snapshot is kept between pane sessions: the document's add-in settings (saved inside the
 * workbook file, never in a sheet), bounded to `UNDO_SETTINGS_LIMIT` bytes of JSON (DOMAIN.md §4). A
 * larger snapshot lives only in memory: undo then lasts while the pane is open, and the pane says so.
 */
export const UNDO_SETTINGS_KEY = 'blocrank.undo';
/** DOMAIN.md §4: at most 1 MB of the document's add-in settings. */
export const UNDO_SETTINGS_LIMIT = 1_000_000;

/** Where the last ranking's undo lives: in the document (survives closing the pane), this session only, or none. */
export type UndoKeep = 'document' | 'session' | 'none';

/** The part of `Office.Settings` the store uses (so tests pass a fake or office-addin-mock). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message?: string } }) => void): void;
}

export interface UndoStore {
  /** The snapshot a previous pane session left in the document, if any (undefined when unreadable). */
  load(): UndoSnapshot | null;
  /** Keeps `snapshot` (null: forgets it). Resolves with where it is kept. */
  save(snapshot: UndoSnapshot | null): Promise<UndoKeep>;
}

/** A store that keeps nothing beyond the session (outside Office, or where settings are unavailable). */
export const sessionUndoStore: UndoStore = {
  load: () => null,
  save: async (snapshot) => (snapshot ? 'session' : 'none'),
};

/** UTF-8 bytes of `text`. */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

function isSnapshot(value: unknown): value is UndoSnapshot {
  const v = value as UndoSnapshot | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.sheet === 'string' &&
    Array.isArray(v.blocks) &&
    typeof v.cells === 'number'
  );
}

/**
 * The snapshot in the document's add-in settings (`Office.context.document.settings`), saved with
 * `saveAsync` so that it survives closing the pane and reopening the workbook. A snapshot whose JSON is
 * over `limit` bytes is not stored (and an older one is removed, so a stale snapshot never comes back).
 *
 * @example undoStoreIn(Office.context.document.settings).save(snapshot) // 'document' | 'session'
 */
export function undoStoreIn(settings: SettingsLike, limit = UNDO_SETTINGS_LIMIT): UndoStore {
  const persist = () =>
    new Promise<boolean>((resolve) => {
      try {
        settings.saveAsync((r) => resolve(r.status === 'succeeded'));
      } catch {
        resolve(false);
      }
    });
  return {
    load() {
      try {
        const raw = settings.get(UNDO_SETTINGS_KEY);
        const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
        return isSnapshot(value) ? value : null;
      } catch {
        return null;
      }
    },
    async save(snapshot) {
      try {
        // Sized first without building the text: a 10k-unit snapshot (several MB) is never stringified.
        const json = snapshot && jsonSize(snapshot) <= limit * 1.05 ? JSON.stringify(snapshot) : null;
        if (json !== null && utf8Bytes(json) <= limit) {
          settings.set(UNDO_SETTINGS_KEY, json);
          return (await persist()) ? 'document' : 'session';
        }
        const had = settings.get(UNDO_SETTINGS_KEY) !== null && settings.get(UNDO_SETTINGS_KEY) !== undefined;
        if (had) {
          settings.remove(UNDO_SETTINGS_KEY);
          await persist();
        }
        return snapshot ? 'session' : 'none';
      } catch {
        return snapshot ? 'session' : 'none';
      }
    },
  };
}

/** The document's settings store where Office offers one, else the session-only store. */
export function defaultUndoStore(): UndoStore {
  try {
    const settings =
      typeof Office === 'undefined' ? undefined : (Office.context?.document?.settings as SettingsLike | undefined);
    return settings && typeof settings.get === 'function' ? undoStoreIn(settings) : sessionUndoStore;
  } catch {
    return sessionUndoStore;
  }
}
