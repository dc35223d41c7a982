/**
 * BlocRank's Excel custom functions (namespace TDKT). Every top-level function tagged `@customfunction`
 * is picked up by scripts/customFunctionsPlugin.ts: its JSDoc becomes dist/functions.json, its
 * Vietnamese text comes from ./functions-vi.ts, and the build appends the `CustomFunctions.associate`
 * call. Functions are thin wrappers over core; they never call Excel APIs.
 */
import { version as packageVersion } from '../../package.json';

/**
 * The version of BlocRank that computes these functions. Quote it when asking for support.
 * Example: =TDKT.VERSION() returns "0.1.0".
 * @customfunction VERSION VERSION
 * @returns The BlocRank version, e.g. "0.1.0".
 */
export function version(): string {
  return packageVersion;
}
