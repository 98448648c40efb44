/**
 * Claiming an attempt with the Web Locks API: the recording tab holds an exclusive lock named
 * after the attempt for as long as it lives. The browser releases it when the tab closes,
 * reloads or crashes, so no claim ever outlives its tab. A later tab asks with `ifAvailable`,
 * so it learns at once that another tab records, and never queues for the lock: a queued
 * request would be granted to it when the recording tab closes, and a background tab the
 * browser has frozen would then hold the lock without knowing, and lock out the learner's
 * reloaded tab. Tabs that do not record look with `query()` instead, which holds nothing.
 */
import type { ClaimMethod } from './claim-method.ts';

export function webLocksClaim(locks: LockManager, name: string): ClaimMethod {
  let unlock: (() => void) | undefined;
  return {
    name: 'web-locks',
    claim: () =>
      new Promise<boolean>((resolve, reject) => {
        const held = new Promise<void>((release) => (unlock = release));
        // The callback's promise keeps the lock until `release()` or the end of the page.
        locks
          .request(name, { mode: 'exclusive', ifAvailable: true }, (lock) => {
            resolve(lock !== null);
            return lock ? held : undefined;
          })
          .catch(reject);
      }),
    async recorderPresent() {
      const { held = [] } = await locks.query();
      return held.some((lock) => lock.name === name);
    },
    release() {
      unlock?.();
    },
  };
}
