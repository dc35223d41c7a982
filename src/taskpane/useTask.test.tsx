// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSY_DELAY_MS } from './taskFeedback';
import { useTask } from './useTask';

afterEach(() => vi.useRealTimers());

const deferred = <T,>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('useTask', () => {
  it('shows busy only after BUSY_DELAY_MS, and refuses a second run meanwhile', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useTask());
    const job = deferred<number>();
    let first!: Promise<number | undefined>;
    act(() => void (first = result.current.run(() => job.promise)));
    expect(result.current.busy).toBe(false);
    const second = vi.fn(async () => 2);
    let refused!: Promise<number | undefined>;
    act(() => void (refused = result.current.run(second)));
    expect(await refused).toBeUndefined();
    expect(second).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(BUSY_DELAY_MS));
    expect(result.current.busy).toBe(true);
    await act(async () => job.resolve(1));
    expect(await first).toBe(1);
    expect(result.current.busy).toBe(false);
  });

  it('a fast run never shows busy', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useTask());
    await act(async () => void (await result.current.run(async () => 1)));
    act(() => void vi.advanceTimersByTime(BUSY_DELAY_MS * 2));
    expect(result.current.busy).toBe(false);
  });

  it("tasks sharing a lock (a panel's reader and writer) never run at once", async () => {
    const { result } = renderHook(() => {
      const lock = useRef(false);
      return { reader: useTask(lock), writer: useTask(lock) };
    });
    const read = deferred<string>();
    let reading!: Promise<string | undefined>;
    act(() => void (reading = result.current.reader.run(() => read.promise)));
    const write = vi.fn(async () => 'written');
    let writing!: Promise<string | undefined>;
    act(() => void (writing = result.current.writer.run(write)));
    expect(await writing).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
    await act(async () => read.resolve('read'));
    expect(await reading).toBe('read');
    await act(async () => expect(await result.current.writer.run(write)).toBe('written'));
  });

  it('records a rejection as its message, never swallowed', async () => {
    const { result } = renderHook(() => useTask());
    await act(async () => void (await result.current.run(() => Promise.reject(new Error('Excel said no')))));
    expect(result.current.error).toBe('Excel said no');
  });
});
