/**
 * Where an import stands in the source's statement stream, at millisecond precision: the
 * `stored` of the last statement taken, plus the ids taken that share that millisecond.
 *
 * Why the ids: `since` is exclusive and many statements can share one `stored` (an LRS
 * stamps a whole POSTed batch with one time). Resuming with `since=<last stored>` would skip
 * the rest of a batch cut by a page boundary or a crash, so the next query asks from one
 * millisecond earlier and drops the statements the cursor names. Precision is cut to the
 * millisecond because that is what every LRS keeps at least and what `Date` can do sums on;
 * a source that keeps microseconds may repeat a few statements, which the id check of the
 * writer then skips.
 */
import { timestampMillis } from '../../xapi/formats.ts';

export interface ImportCursor {
  /** ISO 8601 UTC with milliseconds: the source `stored` of the last statement taken. */
  stored: string;
  /** Ids (lower case) taken whose source `stored` falls in that millisecond; grown in place. */
  ids: Set<string>;
}

const millis = (stored: string) => {
  const value = timestampMillis(stored);
  if (Number.isNaN(value)) throw new Error(`not a timestamp: ${JSON.stringify(stored)}`);
  return value;
};

/** The `since` to ask for: one millisecond before the cursor, so its millisecond comes again. */
export function sinceOf(cursor: ImportCursor | undefined): string | undefined {
  return cursor && new Date(millis(cursor.stored) - 1).toISOString();
}

/** True when the statement was taken before, according to the cursor. */
export function isBehind(cursor: ImportCursor | undefined, statement: { id: string; stored: string }): boolean {
  if (!cursor) return false;
  const at = millis(statement.stored);
  const mark = millis(cursor.stored);
  return at < mark || (at === mark && cursor.ids.has(statement.id.toLowerCase()));
}

/** The cursor after taking `statement` (ascending order, so it never goes backwards). */
export function advance(cursor: ImportCursor | undefined, statement: { id: string; stored: string }): ImportCursor {
  const at = millis(statement.stored);
  const id = statement.id.toLowerCase();
  // In place: one millisecond can hold a 20,000-statement batch, and copying the set for
  // each of them would cost quadratic time.
  if (cursor && millis(cursor.stored) === at) {
    cursor.ids.add(id);
    return cursor;
  }
  if (cursor && millis(cursor.stored) > at) return cursor;
  return { stored: new Date(at).toISOString(), ids: new Set([id]) };
}

/**
 * True when the statement is at or after X-Experience-API-Consistent-Through: statements
 * stored from then on may still be on their way ("all Statements that have or will have a
 * stored property before that time are known ... to be available", xAPI 1.0.3
 * Communication, GET Statements), so the run stops there and the next one takes them.
 */
export function isUnsettled(consistentThrough: string | undefined, stored: string): boolean {
  return consistentThrough !== undefined && millis(stored) >= millis(consistentThrough);
}
