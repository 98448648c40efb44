/**
 * Claiming an attempt through localStorage, for browsers without Web Locks: the recording tab
 * writes `{ tab, at }` under the attempt's key and rewrites it every heartbeat. A claim not
 * renewed for `staleAfterMs` belongs to a tab that closed or crashed. Not exact like a lock:
 * two tabs claiming in the same instant both write, so a claim waits `settleMs` and reads
 * again, and the last writer wins; and a tab frozen in the background stops its heartbeat, so
 * it may find, back in front, that another tab took over (`keepRecording` says so).
 */
import type { ClaimMethod } from './claim-method.ts';
import type { TabPage, TabTimers } from './tab-page.ts';

export interface StorageClaimTiming {
  heartbeatMs: number;
  staleAfterMs: number;
  settleMs: number;
}

interface Claim {
  tab: string;
  at: number;
}

export function storageClaim(page: TabPage, key: string, tab: string, timers: TabTimers, timing: StorageClaimTiming): ClaimMethod {
  const storageKey = `${key}:recording-tab`;
  // Reads throw when storage is blocked; `claim` lets that through (the method does not work
  // here), the later calls treat it as "no claim".
  const read = (): Claim | undefined => {
    const raw = page.localStorage.getItem(storageKey);
    if (!raw) return undefined;
    try {
      const value = JSON.parse(raw) as Partial<Claim>;
      return typeof value.tab === 'string' && typeof value.at === 'number' ? { tab: value.tab, at: value.at } : undefined;
    } catch {
      return undefined;
    }
  };
  const readQuietly = (): Claim | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const write = (): void => page.localStorage.setItem(storageKey, JSON.stringify({ tab, at: timers.now() } satisfies Claim));
  const othersLive = (claim: Claim | undefined): boolean => !!claim && claim.tab !== tab && timers.now() - claim.at < timing.staleAfterMs;
  const removeMine = (): void => {
    try {
      if (read()?.tab === tab) page.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to remove from a storage that does not work.
    }
  };

  return {
    name: 'storage',
    async claim() {
      if (othersLive(read())) return false;
      write();
      await new Promise<void>((settled) => timers.setTimeout(settled, timing.settleMs));
      return read()?.tab === tab;
    },
    async recorderPresent() {
      return othersLive(readQuietly());
    },
    keepRecording() {
      if (othersLive(readQuietly())) return false;
      try {
        write();
      } catch {
        // Storage gone (full, or cleared by the browser): keep recording; never block a learner.
      }
      return true;
    },
    stepAside: removeMine,
    release: removeMine,
  };
}
