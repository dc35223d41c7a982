import { useCallback, useRef, useState, type RefObject } from 'react';
import { BUSY_DELAY_MS, errorMessage } from './taskFeedback.js';

export interface Task {
  /** A run has been under way for `BUSY_DELAY_MS` or more. */
  readonly busy: boolean;
  /** The message of the last rejected run, shown in a MessageBar; never swallowed. */
  readonly error: string | null;
  readonly clearError: () => void;
  /**
   * Runs `fn` unless a run (of this task, or of another sharing its lock) is under way; resolves with its
   * value, or with undefined when refused or after recording a rejection in `error`. State that belongs to
   * the run is set inside `fn`, so that a refused run changes nothing.
   */
  readonly run: <T>(fn: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * One action at a time: busy flag (after `BUSY_DELAY_MS`) plus the error of its last run. Tasks of one panel
 * (its reader and its writer) pass the same `lock`: while the buttons are not yet shown busy, one still
 * refuses to start while the other runs.
 */
export function useTask(lock?: RefObject<boolean>): Task {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = useRef(false);
  const running = lock ?? own;
  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    const slow = setTimeout(() => setBusy(true), BUSY_DELAY_MS);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(errorMessage(e));
      return undefined;
    } finally {
      clearTimeout(slow);
      running.current = false;
      setBusy(false);
    }
  }, [running]);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
