/**
 * One way of deciding which tab records an attempt. Two exist: Web Locks (web-locks-claim.ts),
 * exact and released by the browser itself when a tab closes or crashes, and a localStorage
 * heartbeat (storage-claim.ts) for browsers without Web Locks (Safari before 15.4, pages
 * served over plain http, where Web Locks do not exist).
 */
export interface ClaimMethod {
  readonly name: 'web-locks' | 'storage';
  /** Tries to become the recording tab; true when this tab records. Throws when the method does not work in this page. */
  claim(): Promise<boolean>;
  /** For a tab that does not record: whether some other tab records now. */
  recorderPresent(): Promise<boolean>;
  /**
   * For the recording tab, every heartbeat and when the page comes back from the back-forward
   * cache: false when another tab records now. Only a method that needs a heartbeat has it.
   */
  keepRecording?(): boolean;
  /** For the recording tab, on `pagehide`: let another tab claim at once (a reload must not find its own old claim). */
  stepAside?(): void;
  /** Gives up the claim for good. */
  release(): void;
}
