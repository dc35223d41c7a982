/**
 * What the adapter needs of Office: `Excel.run`, or a stand-in with the same shape (the in-memory host in
 * tests and the browser end-to-end run, or a wrapper that spies on `context.sync`).
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Tuning of the adapter; the defaults suit Excel on the web, the strictest host. */
export interface AdapterOptions {
  /**
   * Largest estimated payload of one request, and of one response, in bytes. Excel on the web refuses
   * either above 5 MB (RichApi.Error); the estimate counts JSON bytes plus an allowance per command.
   */
  readonly payloadBudget: number;
}

/** Under Excel on the web's 5 MB per request and per response, with room for what the estimate misses. */
export const WEB_PAYLOAD_BUDGET = 4_500_000;
/** Desktop Excel has no documented payload limit; requests are still kept to a size that stays responsive. */
export const DESKTOP_PAYLOAD_BUDGET = 48_000_000;

/**
 * The defaults for the host the pane runs in: the web budget in Excel on the web and wherever the
 * platform is unknown (tests, the in-memory host), the desktop budget in Excel on Windows and Mac.
 */
export function defaultAdapterOptions(): AdapterOptions {
  let platform: string | undefined;
  try {
    platform = typeof Office === 'undefined' ? undefined : String(Office.context?.platform ?? '');
  } catch {
    platform = undefined;
  }
  const desktop = platform === 'PC' || platform === 'Mac';
  return { payloadBudget: desktop ? DESKTOP_PAYLOAD_BUDGET : WEB_PAYLOAD_BUDGET };
}

/** The global `Excel.run`, looked up when an action runs (Office.js may load after this module). */
export const officeHost: ExcelHost = {
  run: (batch) => Excel.run(batch),
};
