import { createHash } from 'node:crypto';
import { issue, type Issue } from '../core/issue.js';
import { VERSION } from './version.js';

/**
 * A short id for an unexpected failure, the same for the same fault wherever it happens: drawn from the
 * error's kind and the two innermost frames of its stack with the machine's own folders taken out, so two clerks who hit
 * one bug report one id. Never random, never the clock.
 *
 * @example errorId(new TypeError('x')) // 'BR-3f9a1c07'
 */
export function errorId(error: unknown): string {
  const e = error instanceof Error ? error : new Error(String(error));
  const frames = (e.stack ?? '')
    .split('\n')
    .slice(1, 3)
    .map((line) => line.trim().replace(/\(?(?:file:\/\/)?[^\s()]*[\\/]/g, '('));
  return `BR-${createHash('sha256').update(`${e.name}\n${frames.join('\n')}`).digest('hex').slice(0, 8)}`;
}

/** The issue a clerk sees for an unexpected failure: its id, and what to send when reporting it. */
export function unexpectedFailure(error: unknown, argv: readonly string[]): Issue {
  const command = ['blocrank', ...argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))].join(' ');
  return issue('error', 'UNEXPECTED_FAILURE', { id: errorId(error), command, version: VERSION, node: process.version });
}

/** The technical details, only when BLOCRANK_DEBUG=1: never shown to a clerk otherwise. */
export function debugDetails(error: unknown): string | null {
  if (process.env.BLOCRANK_DEBUG !== '1') return null;
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
