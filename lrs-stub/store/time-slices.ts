/**
 * Long work in slices: the LRS runs in one thread, so a loop over 20,000 statements that never
 * lets go holds every other client for as long as it runs (1.7 s for a 20,000-statement POST
 * before this existed). Loops over many items check `due()` after each item and, once a slice
 * of about SLICE_MS is used up, await `turn()`, which lets the event loop read sockets and
 * answer other requests before the loop goes on. It lives in store/, the lowest layer, because
 * every layer slices: the HTTP body checks, the statement rules and the group commit.
 */

/** Long enough that the turns cost little, short enough that nobody waits long. */
export const SLICE_MS = 10;

export interface TimeSlices {
  /** True once the current slice is used up. */
  due(): boolean;
  /** Lets the event loop run (I/O included, as setImmediate runs after polling) and starts a new slice. */
  turn(): Promise<void>;
}

export function timeSlices(sliceMs = SLICE_MS): TimeSlices {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= sliceMs,
    async turn() {
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    },
  };
}

/** `items.map(fn)` in slices: same results in the same order, the first error thrown as map throws it. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, slices: TimeSlices = timeSlices()): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i++) {
    results.push(fn(items[i]!, i));
    if (slices.due() && i < items.length - 1) await slices.turn();
  }
  return results;
}
