/**
 * How a running action shows itself, for the pane's tasks (useTask) and the web page's file opening alike:
 * busy only after a moment, and the message of a failure.
 */

/**
 * A run shows as busy (a spinner, its buttons disabled) only once it has taken this long: a faster one would
 * only flash it, and cost a render and a paint on the way to its result.
 */
export const BUSY_DELAY_MS = 150;

/** The message of a rejected action, for the pane (Office errors carry a message too). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}
