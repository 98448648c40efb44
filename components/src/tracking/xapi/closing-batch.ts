/**
 * The last request of a page: the statements an xAPI or cmi5 session still owes the LRS when
 * the page closes, sent as one batch so they arrive in order with the closing `terminated`
 * last (separate requests race each other). The browser lets requests outlive the page only
 * within 64 KB for all of them together (`keepalive`), some of it maybe taken by a request
 * still in flight, so the batch keeps to a share of it: the oldest leftovers that fit, then the
 * closing statements. What is left out stays in the reliable tracker's outbox and goes at the
 * next launch, where the same statement ids make a resend harmless.
 */
import type { Statement } from './xapi-statement.ts';

/** Bytes of JSON for the batch, and the most a resume state sent beside it may take. */
export const CLOSING_SHARE = 24_000;

export function closingBatch(leftovers: readonly Statement[], closing: readonly Statement[], budget = CLOSING_SHARE): Statement[] {
  const batch: Statement[] = [];
  // JSON.stringify of an array: brackets, then one comma between items.
  let size = 2 + closing.reduce((sum, s) => sum + JSON.stringify(s).length + 1, 0);
  for (const statement of leftovers) {
    size += JSON.stringify(statement).length + 1;
    if (size > budget) break;
    batch.push(statement);
  }
  return [...batch, ...closing];
}
