import { useEffect, useState } from 'react';

/** Where a promise is: still pending, resolved with its value, or rejected with its error. */
export type Settled<T> =
  | { readonly state: 'pending' }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: unknown };

/**
 * What `promise` has settled to, as state (plain state rather than Suspense, which throttles a reveal by
 * 300 ms); a rejection is a state the caller shows, never swallowed.
 *
 * @example const view = useSettled(viewPromise); if (view.state === 'done') return <view.value />;
 */
export function useSettled<T>(promise: Promise<T>): Settled<T> {
  const [settled, setSettled] = useState<Settled<T>>({ state: 'pending' });
  useEffect(() => {
    let live = true;
    promise.then(
      (value) => live && setSettled({ state: 'done', value }),
      (error: unknown) => live && setSettled({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return settled;
}
