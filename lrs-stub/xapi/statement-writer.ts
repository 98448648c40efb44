/**
 * Storing statements (PUT and POST /statements): validate every statement, refuse batches that
 * repeat an id, treat an existing id as success when the content is the same and as a conflict
 * otherwise, refuse to void a voiding statement, check attachments and signatures, prepare
 * (id, stored, authority, version) and write the request's statements all or nothing through
 * the group commit, answering only once they are durable.
 */
import type { GroupCommit } from '../store/group-commit.ts';
import type { LrsStore, NewStatement } from '../store/store.ts';
import { recordActivityDefinitions } from './activity-definitions.ts';
import { checkAttachments, type AttachmentPart } from './statement-attachments.ts';
import { sameStatement } from './statement-compare.ts';
import { indexStatement } from './statement-index.ts';
import { prepareStatement } from './statement-prepare.ts';
import { VOIDED_VERB, type Actor, type Statement } from './statement-schema.ts';
import { validateStatement, validateStatementBody } from './statement-validation.ts';
import type { XapiVersion } from './versions.ts';
import { XapiError, invalid } from './xapi-error.ts';

export interface WriteRequest {
  body: unknown;
  version: XapiVersion;
  authority: Actor;
  parts: readonly AttachmentPart[];
  multipart: boolean;
  /** PUT: the statementId parameter; the body must be one statement with this id (or none). */
  statementId?: string;
}

export interface StatementWriter {
  /** Resolves with the ids once the statements are durably stored. */
  write(request: WriteRequest): Promise<string[]>;
}

interface PendingStatement {
  json: string;
  voiding: boolean;
  /** Set while the statement waits for its group commit. */
  committed?: Promise<void>;
}

export function statementWriter(store: LrsStore, now: () => string, commits: GroupCommit): StatementWriter {
  // Statements accepted but not yet committed: later requests must see them for conflict and
  // voiding checks, exactly as if they were stored already.
  const pending = new Map<string, PendingStatement>();
  const lookup = (id: string): PendingStatement | undefined => {
    const queued = pending.get(id);
    if (queued) return queued;
    const row = store.statements.get(id);
    return row && { json: row.json, voiding: (JSON.parse(row.json) as Statement).verb.id === VOIDED_VERB };
  };
  return {
    async write(request) {
      const isPut = request.statementId !== undefined;
      let statements: Statement[];
      if (isPut) {
        if (Array.isArray(request.body)) throw invalid('statement: PUT takes exactly one statement object, not an array; use POST for a batch');
        statements = [validateStatement(request.body, request.version)];
        const own = statements[0]!.id;
        if (own !== undefined && own.toLowerCase() !== request.statementId!.toLowerCase()) {
          throw invalid(`statement.id: "${own}" differs from the statementId parameter "${request.statementId}"; make them equal or drop statement.id`);
        }
        statements[0]!.id = request.statementId;
      } else {
        statements = validateStatementBody(request.body, request.version);
      }
      const root = (i: number) => (Array.isArray(request.body) ? `statements[${i}]` : 'statement');
      const seen = new Map<string, number>();
      statements.forEach((s, i) => {
        if (s.id === undefined) return;
        const first = seen.get(s.id.toLowerCase());
        if (first !== undefined) throw invalid(`${root(i)}.id: repeats the id of statements[${first}] in the same batch; give every statement its own id`);
        seen.set(s.id.toLowerCase(), i);
      });
      const attachments = checkAttachments(statements, request.parts, request.multipart, root);

      const stored = now();
      const rows: NewStatement[] = [];
      const ids: string[] = [];
      const accepted: Statement[] = [];
      const earlier: Promise<void>[] = [];
      const batchVoiding = new Set(statements.filter((s) => s.verb.id === VOIDED_VERB && s.id !== undefined).map((s) => s.id!.toLowerCase()));
      statements.forEach((statement, i) => {
        if (statement.id !== undefined) statement.id = statement.id.toLowerCase();
        const existing = statement.id === undefined ? undefined : lookup(statement.id);
        if (existing) {
          const same = sameStatement(JSON.parse(existing.json) as object, statement, { ignoreTimestamp: statement.timestamp === undefined });
          if (!same) throw new XapiError('conflict', `${root(i)}.id: a different statement with id ${statement.id} is already stored; statements are immutable, so use a new id`);
          // Same statement still on its way to disk: acknowledge only once it is there.
          if (existing.committed) earlier.push(existing.committed);
          ids.push(statement.id!);
          return;
        }
        if (statement.verb.id === VOIDED_VERB) {
          const targetId = (statement.object as { id: string }).id.toLowerCase();
          const targetIsVoiding = batchVoiding.has(targetId) || lookup(targetId)?.voiding === true;
          if (targetIsVoiding) throw invalid(`${root(i)}.object.id: targets a voiding statement (${targetId}); a voiding statement cannot be voided`);
        }
        const prepared = prepareStatement(statement, { stored, authority: request.authority, version: request.version });
        const index = indexStatement(prepared);
        const row: NewStatement = { id: prepared.id, stored, json: JSON.stringify(prepared), keys: index.keys };
        if (index.refTarget !== undefined) row.refTarget = index.refTarget.toLowerCase();
        if (index.voidsTarget !== undefined) row.voidsTarget = index.voidsTarget.toLowerCase();
        rows.push(row);
        ids.push(prepared.id);
        accepted.push(prepared);
      });
      if (rows.length === 0) {
        await Promise.all(earlier);
        return ids;
      }
      const committed = commits.enqueue(() => {
        store.statements.insert(rows, attachments);
        recordActivityDefinitions(store.activities, accepted);
      });
      for (const row of rows) pending.set(row.id, { json: row.json, voiding: row.voidsTarget !== undefined, committed });
      try {
        await committed;
        await Promise.all(earlier);
      } finally {
        for (const row of rows) pending.delete(row.id);
      }
      return ids;
    },
  };
}
