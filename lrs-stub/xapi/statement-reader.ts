/**
 * Reading statements (GET /statements): one statement by statementId or voidedStatementId, or a
 * StatementResult for a filtered query with `more` paging. Voided statements never appear in
 * query results; statements that target a matching statement do (the store indexes them so).
 * The `more` link carries the query and the position, and pins the newest seq seen so later
 * inserts never shift the pages a client is walking through.
 */
import type { KeyCondition, LrsStore, StatementFilter, StoredStatement } from '../store/store.ts';
import { ifiKey } from './agent-ifi.ts';
import { timestampMillis } from './formats.ts';
import { formatStatement, type StatementFormat } from './statement-format.ts';
import type { StatementQuery } from './statement-query.ts';
import type { Statement } from './statement-schema.ts';
import { XapiError, invalid } from './xapi-error.ts';

export interface ReaderOptions {
  /** Largest page; limit=0 or above this is clamped to it. */
  maxLimit: number;
  /** Path of the statements resource, for `more` links, e.g. "/xapi/statements". */
  statementsPath: string;
}

export interface ReadResult {
  body: Statement | { statements: Statement[]; more: string };
  /** Attachment hashes referenced by the returned statements (for attachments=true). */
  attachmentShas: string[];
  /** `stored` of the single statement, or the newest one returned, for Last-Modified. */
  lastModified?: string;
  /** A query's page size: the `limit` asked for, or maxLimit when that was 0 or larger (clamped). */
  limit?: number;
}

interface Cursor {
  keys: KeyCondition[];
  since?: string;
  until?: string;
  ascending: boolean;
  limit: number;
  format: StatementFormat;
  attachments: boolean;
  afterSeq: number;
  maxSeq: number;
}

const normalizeTime = (value: string) => new Date(timestampMillis(value)).toISOString();

function shasOf(statements: readonly Statement[]): string[] {
  const shas = new Set<string>();
  const visit = (s: Record<string, unknown>) => {
    for (const a of (s.attachments as Array<{ sha2: string; fileUrl?: string }> | undefined) ?? []) shas.add(a.sha2.toLowerCase());
    const object = s.object as Record<string, unknown> | undefined;
    if (object?.objectType === 'SubStatement') visit(object);
  };
  statements.forEach((s) => visit(s as unknown as Record<string, unknown>));
  return [...shas];
}

export function statementReader(store: LrsStore, options: ReaderOptions) {
  const page = (cursor: Cursor, languages: readonly string[]): ReadResult => {
    const filter: StatementFilter = { keys: cursor.keys, ascending: cursor.ascending, limit: cursor.limit + 1, maxSeq: cursor.maxSeq };
    if (cursor.since !== undefined) filter.since = cursor.since;
    if (cursor.until !== undefined) filter.until = cursor.until;
    if (cursor.afterSeq > 0) filter.afterSeq = cursor.afterSeq;
    const rows: StoredStatement[] = store.statements.query(filter);
    const hasMore = rows.length > cursor.limit;
    const shown = rows.slice(0, cursor.limit);
    const statements = shown.map((row) => formatStatement(JSON.parse(row.json) as Statement, cursor.format, languages));
    let more = '';
    if (hasMore) {
      const next: Cursor = { ...cursor, afterSeq: shown[shown.length - 1]!.seq };
      more = `${options.statementsPath}?more=${Buffer.from(JSON.stringify(next)).toString('base64url')}`;
    }
    const result: ReadResult = { body: { statements, more }, attachmentShas: cursor.attachments ? shasOf(statements) : [], limit: cursor.limit };
    const newest = shown.reduce<string | undefined>((max, row) => (max === undefined || row.stored > max ? row.stored : max), undefined);
    if (newest !== undefined) result.lastModified = newest;
    return result;
  };

  return {
    read(query: StatementQuery, languages: readonly string[]): ReadResult {
      if (query.more !== undefined) {
        let cursor: Cursor;
        try {
          cursor = JSON.parse(Buffer.from(query.more, 'base64url').toString('utf8')) as Cursor;
          if (!Array.isArray(cursor.keys) || typeof cursor.afterSeq !== 'number') throw new Error('shape');
        } catch {
          throw invalid('query parameter more: is not a link this LRS issued; follow the "more" IRL of a StatementResult as given');
        }
        return page(cursor, languages);
      }
      const single = query.statementId ?? query.voidedStatementId;
      if (single !== undefined) {
        const row = store.statements.get(single.toLowerCase());
        const wantVoided = query.voidedStatementId !== undefined;
        if (!row || row.voided !== wantVoided) {
          throw new XapiError('not-found', wantVoided ? `no voided statement has id ${single}` : `no statement has id ${single}${row?.voided ? ' (it is voided: ask with voidedStatementId)' : ''}`);
        }
        const statement = formatStatement(JSON.parse(row.json) as Statement, query.format, languages);
        return { body: statement, attachmentShas: query.attachments ? shasOf([statement]) : [], lastModified: row.stored };
      }
      const keys: KeyCondition[] = [];
      if (query.agent !== undefined) {
        const ifi = ifiKey(query.agent);
        if (ifi === undefined) throw invalid('query parameter agent: an anonymous Group cannot be used as a filter; give an Agent or identified Group');
        keys.push({ kinds: query.related_agents ? ['agent', 'related-agent'] : ['agent'], value: ifi });
      }
      if (query.verb !== undefined) keys.push({ kinds: ['verb'], value: query.verb });
      if (query.activity !== undefined) keys.push({ kinds: query.related_activities ? ['activity', 'related-activity'] : ['activity'], value: query.activity });
      if (query.registration !== undefined) keys.push({ kinds: ['registration'], value: query.registration.toLowerCase() });
      const limit = query.limit === 0 || query.limit > options.maxLimit ? options.maxLimit : query.limit;
      const cursor: Cursor = { keys, ascending: query.ascending, limit, format: query.format, attachments: query.attachments, afterSeq: 0, maxSeq: store.statements.lastSeq() };
      if (query.since !== undefined) cursor.since = normalizeTime(query.since);
      if (query.until !== undefined) cursor.until = normalizeTime(query.until);
      return page(cursor, languages);
    },
  };
}

export type StatementReader = ReturnType<typeof statementReader>;
