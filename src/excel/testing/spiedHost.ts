import { vi } from 'vitest';
import type { ExcelHost } from '../_lib/host.js';
import type { MemoryExcel } from './memoryExcel.js';

/** A host over `excel` that counts the syncs of each run with a spy on `context.sync` (tests only). */
export function spied(excel: MemoryExcel): ExcelHost & { syncs: number[] } {
  const syncs: number[] = [];
  return {
    syncs,
    run: (batch) =>
      excel.run(async (context) => {
        const spy = vi.spyOn(context, 'sync');
        try {
          return await batch(context);
        } finally {
          syncs.push(spy.mock.calls.length);
        }
      }),
  };
}
