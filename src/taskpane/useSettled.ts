import { useEffect, useState } from 'react';

/**
 * The value `promise` resolves to, once it has (undefined before, and after a rejection: the caller shows its
 * own fallback). Plain state rather than Suspense, which throttles a reveal by 300 ms.
 *
 * @example const View = useSettled(viewPromise); return View ? <View /> : <Loading />;
 */
export function useSettled<T>(promise: Promise<T>): T | undefined {
  const [value, setValue] = useState<{ readonly v: T } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    promise.then(
      (v) => live && setValue({ v }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return value?.v;
}
