/** Where the CLI prints: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Exit codes: 0 done (warnings allowed), 1 data errors in the workbook (nothing written), 2 usage error or an
 * unreadable or refused file (input or output), 3 an unexpected failure (reported with an error id).
 */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, unexpected: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
