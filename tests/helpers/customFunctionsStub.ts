// A small stand-in for Excel's `CustomFunctions` runtime global (CustomFunctionsRuntime 1.2): the Error class
// and the ErrorCode enum, enough to call the worksheet functions as plain functions in tests and benches.

/** The error codes, with the values Excel's runtime gives them. */
export enum StubErrorCode {
  invalidValue = '#VALUE!',
  notAvailable = '#N/A',
  divisionByZero = '#DIV/0!',
  invalidNumber = '#NUM!',
  nullReference = '#NULL!',
  invalidName = '#NAME?',
  invalidReference = '#REF!',
}

/** What `new CustomFunctions.Error(code, message)` makes. */
export class StubError {
  constructor(
    readonly code: StubErrorCode,
    readonly message?: string,
  ) {}
}

/**
 * Installs the stub on globalThis (once; later calls keep the first one, so `instanceof` stays true).
 *
 * @example installCustomFunctionsStub(); new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, 'x')
 */
export function installCustomFunctionsStub(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = {
    Error: StubError,
    ErrorCode: StubErrorCode,
    associate: () => undefined,
  };
}

/** An Excel error as the stub makes it, for `toEqual`. */
export function excelError(code: '#VALUE!' | '#N/A', message?: string | RegExp): unknown {
  return expectLike(code, message);
}

function expectLike(code: string, message?: string | RegExp): unknown {
  return {
    asymmetricMatch: (actual: unknown) =>
      actual instanceof StubError &&
      actual.code === code &&
      (message === undefined ||
        (typeof message === 'string' ? actual.message === message : message.test(actual.message ?? ''))),
    toString: () => `ExcelError(${code}${message ? `, ${String(message)}` : ''})`,
    toAsymmetricMatcher: () => `ExcelError(${code}${message ? `, ${String(message)}` : ''})`,
  };
}

installCustomFunctionsStub();
