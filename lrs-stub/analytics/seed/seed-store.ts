/**
 * Seeded statements written straight into a store, as the LRS would store them (prepared:
 * stored, authority, version; indexed for the query filters), in big transactions: how the
 * benchmark and tests fill a store with a cohort's worth of statements in seconds rather than
 * over HTTP. Validation is left out for speed; seed-cohort.test.ts checks the statements are
 * valid xAPI.
 */
import type { LrsStore, NewStatement } from '../../store/store.ts';
import { indexStatement } from '../../xapi/statement-index.ts';
import { prepareStatement } from '../../xapi/statement-prepare.ts';
import type { Statement } from '../../xapi/statement-schema.ts';

export const SEED_AUTHORITY = { objectType: 'Agent' as const, account: { homePage: 'urn:workmentor:lrs-stub', name: 'seed' } };

export interface SeedStoreOptions {
  /** Statements per transaction (default 20,000). */
  transaction?: number;
  /** Stop after this many statements. */
  limit?: number;
  /** `stored` of the first statement (default: now); each next one 1 ms later. */
  storedFrom?: number;
}

/** Inserts the statements of `batches` in order; returns how many were stored. */
export function insertStatements(store: LrsStore, batches: Iterable<readonly object[]>, options: SeedStoreOptions = {}): number {
  const size = options.transaction ?? 20_000;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let stored = options.storedFrom ?? Date.now();
  let pending: NewStatement[] = [];
  let count = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const rows = pending;
    store.transaction(() => store.statements.insert(rows, []));
    pending = [];
  };
  for (const batch of batches) {
    for (const statement of batch) {
      if (count >= limit) break;
      const prepared = prepareStatement(statement as Statement, { stored: new Date(stored++).toISOString(), authority: SEED_AUTHORITY, version: '1.0.3' });
      const index = indexStatement(prepared);
      pending.push({
        id: prepared.id,
        stored: prepared.stored!,
        json: JSON.stringify(prepared),
        keys: index.keys,
        ...(index.refTarget ? { refTarget: index.refTarget } : {}),
        ...(index.voidsTarget ? { voidsTarget: index.voidsTarget } : {}),
      });
      count += 1;
      if (pending.length >= size) flush();
    }
    if (count >= limit) break;
  }
  flush();
  return count;
}
