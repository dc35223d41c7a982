import { execFileSync } from 'node:child_process';
import { measurePair, type Row } from './harness.js';

/**
 * Start-up of the command as a clerk runs it: `node bin/blocrank.mjs --help` (the launcher checks the
 * bundle is fresh, then runs dist-cli/blocrank.mjs) against a bare `node -e 0`, measured alternately.
 */
export function benchCliStart(): Row[] {
  const node = (...args: string[]) => () => execFileSync(process.execPath, args, { stdio: 'ignore' });
  // The first run builds the bundle when it is missing or stale; that is not start-up.
  node('bin/blocrank.mjs', '--version')();
  const { fn, baseline } = measurePair(node('bin/blocrank.mjs', '--help'), node('-e', '0'), { runs: 15, warmup: 2 });
  return [{ section: 'cli-start', case: 'blocrank --help (compiled bundle) vs node -e 0', ms: fn.medianMs, baselineMs: baseline.medianMs, budget: '≤ 8× node -e 0' }];
}
