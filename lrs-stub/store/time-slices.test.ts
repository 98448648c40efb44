/** Long loops in slices: same results as a plain loop, with turns of the event loop between slices. */
import { describe, expect, it } from 'vitest';
import { mapInSlices, timeSlices } from './time-slices.ts';

/** Runs `work` and reports whether a callback queued before it ran before it finished. */
async function othersServedDuring(work: () => Promise<unknown>): Promise<boolean> {
  let finished = false;
  const other = new Promise<boolean>((resolve) => setImmediate(() => resolve(!finished)));
  await work();
  finished = true;
  return other;
}

describe('mapInSlices', () => {
  it('gives map\'s results in map\'s order', async () => {
    const items = Array.from({ length: 1_000 }, (_, i) => i);
    expect(await mapInSlices(items, (n, i) => n * 2 + i, timeSlices(0))).toEqual(items.map((n, i) => n * 2 + i));
  });

  it('throws the first error, as map does, and stops there', async () => {
    const seen: number[] = [];
    const mapping = mapInSlices([1, 2, 3, 4], (n) => {
      seen.push(n);
      if (n >= 2) throw new Error(`bad ${n}`);
      return n;
    }, timeSlices(0));
    await expect(mapping).rejects.toThrow('bad 2');
    expect(seen).toEqual([1, 2]);
  });

  it('lets other callbacks run between slices, and runs straight through while the slice lasts', async () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(await othersServedDuring(() => mapInSlices(items, (n) => n, timeSlices(0)))).toBe(true);
    expect(await othersServedDuring(() => mapInSlices(items, (n) => n, timeSlices(Infinity)))).toBe(false);
  });
});
