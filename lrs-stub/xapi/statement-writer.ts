/**
 * Storing statements (PUT and POST /statements): validate every statement, refuse batches that
 * repeat an id, treat an existing id as success when the content is the same and as a conflict
 * otherwise, refuse to void a voiding statement, check attachments and signatures, prepare
 * (id, stored, authority, version) and write the request's statements all or nothing through
 * the group commit, answering only once they are durable. Knowing what is still on its way to
 * disk, it also says how far reads are complete (X-Experience-API-Consistent-Through).
 *
 * A big batch is worked through in time slices (validation, preparation, insert), so that a
 * 20,000-statement POST does not hold every other client for seconds; it is still checked and
 * stored as one unit, all or nothing, in order.
 */
import type { GroupCommit } from '../store/group-commit.ts';
import type { AttachmentContent, LrsStore, NewStatement } from '../store/store.ts';
import { mapInSlices, timeSlices, type TimeSlices } from '../store/time-slices.ts';
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
  /**
   * The X-Experience-API-Consistent-Through time: every statement stored before it is
   * readable now, and no statement will ever get a `stored` before it.
   */
  consistentThrough(): string;
}

/**
 * A batch of more statements is worked in time slices, and inserted in steps of this many.
 * 250 statements take about 10 ms to validate, to prepare and to insert; smaller requests (by
 * far the most) run straight through, exactly as before slicing existed.
 */
const BIG_BATCH = 250;

interface PendingStatement {
  json: string;
  stored: string;
  voiding: boolean;
  /** Set while the statement waits for its group commit. */
  committed?: Promise<void>;
}

interface Enqueued {
  ids: string[];
  /** Resolves once this request's rows are durable; undefined when it had none to write. */
  committed?: Promise<void>;
  /** Commits of identical statements still on their way to disk. */
  earlier: Promise<void>[];
}

export function statementWriter(store: LrsStore, now: () => string, commits: GroupCommit): StatementWriter {
  // Statements accepted but not yet committed: later requests must see them for conflict and
  // voiding checks, exactly as if they were stored already.
  const pending = new Map<string, PendingStatement>();
  const lookup = (id: string): PendingStatement | undefined => {
    const queued = pending.get(id);
    if (queued) return queued;
    const row = store.statements.get(id);
    return row && { json: row.json, stored: row.stored, voiding: (JSON.parse(row.json) as Statement).verb.id === VOIDED_VERB };
  };
  // From stamping `stored` to enqueueing the rows, one request at a time: a big batch's
  // preparation takes turns of the event loop, and a request stamped meanwhile must neither
  // commit before it (stored order is seq order) nor miss its statements in the conflict checks.
  // A small request with nobody before it runs at once; otherwise it queues behind them.
  let preparing: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const inTurn = (request: WriteRequest, statements: Statement[], attachments: AttachmentContent[], root: (i: number) => string): Enqueued | Promise<Enqueued> => {
    if (queued === 0 && statements.length <= BIG_BATCH) {
      const steps = enqueue(request, statements, attachments, root, timeSlices(Infinity));
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    }
    queued += 1;
    const turn = preparing
      .then(async () => {
        const slices = timeSlices();
        const steps = enqueue(request, statements, attachments, root, slices);
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          await slices.turn();
        }
      })
      .finally(() => {
        queued -= 1;
      });
    preparing = turn.catch(() => undefined);
    return turn;
  };

  /**
   * Stamps `stored`, checks each statement against what is stored or pending, prepares the
   * rows and enqueues them; yields whenever a time slice is used up, for inTurn to take a turn.
   */
  const enqueue = function* (request: WriteRequest, statements: Statement[], attachments: AttachmentContent[], root: (i: number) => string, slices: TimeSlices): Generator<void, Enqueued> {
    const stored = now();
    const rows: NewStatement[] = [];
    const ids: string[] = [];
    const accepted: Statement[] = [];
    const earlier: Promise<void>[] = [];
    // Pending from the moment they are stamped, so a Consistent-Through computed between two
    // slices cannot pass them; taken back if the batch is refused.
    const entries: PendingStatement[] = [];
    const batchVoiding = new Set(statements.filter((s) => s.verb.id === VOIDED_VERB && s.id !== undefined).map((s) => s.id!.toLowerCase()));
    try {
      for (const [i, statement] of statements.entries()) {
        if (slices.due()) yield;
        if (statement.id !== undefined) statement.id = statement.id.toLowerCase();
        const existing = statement.id === undefined ? undefined : lookup(statement.id);
        if (existing) {
          const same = sameStatement(JSON.parse(existing.json) as object, statement, { ignoreTimestamp: statement.timestamp === undefined });
          if (!same) throw new XapiError('conflict', `${root(i)}.id: a different statement with id ${statement.id} is already stored; statements are immutable, so use a new id`);
          // Same statement still on its way to disk: acknowledge only once it is there.
          if (existing.committed) earlier.push(existing.committed);
          ids.push(statement.id!);
          continue;
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
        const entry: PendingStatement = { json: row.json, stored, voiding: row.voidsTarget !== undefined };
        pending.set(row.id, entry);
        entries.push(entry);
      }
    } catch (error) {
      for (const row of rows) pending.delete(row.id);
      throw error;
    }
    if (rows.length === 0) return { ids, earlier };
    const write = () => {
      store.statements.insert(rows, attachments);
      recordActivityDefinitions(store.activities, accepted);
    };
    // A big batch is written in steps; between them the group commit lets others be served.
    const writeInSteps = function* () {
      for (let start = 0; start < rows.length; start += BIG_BATCH) {
        store.statements.insert(rows.slice(start, start + BIG_BATCH), start === 0 ? attachments : []);
        yield;
      }
      for (let start = 0; start < accepted.length; start += BIG_BATCH) {
        recordActivityDefinitions(store.activities, accepted.slice(start, start + BIG_BATCH));
        yield;
      }
    };
    const committed = commits.enqueue(rows.length > BIG_BATCH ? writeInSteps : write);
    for (const entry of entries) entry.committed = committed;
    return { ids, committed, earlier };
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
      } else if (Array.isArray(request.body) && request.body.length > BIG_BATCH) {
        statements = await mapInSlices(request.body, (item, index) => validateStatement(item, request.version, `statements[${index}]`));
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

      const { ids, committed, earlier } = await inTurn(request, statements, attachments, root);
      if (committed === undefined) {
        await Promise.all(earlier);
        return ids;
      }
      try {
        await committed;
        await Promise.all(earlier);
      } finally {
        for (const id of ids) if (pending.get(id)?.committed === committed) pending.delete(id);
      }
      return ids;
    },
    consistentThrough() {
      // The writer acknowledges only after the commit, so everything stamped so far is
      // readable except what still waits for its commit: through the oldest of those, or else
      // through the clock itself, which never stamps a later statement earlier than it answers.
      // Reporting the last stored time instead made ADL's conformance suite stall: it waits up
      // to 10 × (Date − Consistent-Through) before each query, which grows without new writes.
      let oldest: string | undefined;
      for (const { stored } of pending.values()) if (oldest === undefined || stored < oldest) oldest = stored;
      return oldest ?? now();
    },
  };
}
