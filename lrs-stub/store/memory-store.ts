/**
 * An in-memory store for tests and throw-away previews: same port and same behaviour as the
 * SQLite store (the contract suite checks both), nothing written to disk.
 */
import type {
  ActivityStore,
  AttachmentContent,
  DocumentScope,
  DocumentStore,
  IndexKey,
  LrsStore,
  OpenTransaction,
  StatementStore,
  StoredDocument,
  StoredStatement,
} from './store.ts';
import { attachmentShas } from './sqlite/sqlite-statements.ts';

interface Entry extends StoredStatement {
  ownKeys: IndexKey[];
  keys: Set<string>;
  refTarget?: string;
  voidsTarget?: string;
}

const keyString = (key: IndexKey) => `${key.kind}\u0000${key.value}`;

function memoryStatements(): StatementStore & { snapshot(): () => void } {
  let entries: Entry[] = [];
  let byId = new Map<string, Entry>();
  let attachments = new Map<string, AttachmentContent>();
  let seq = 0;
  return {
    /** Returns a function that restores the state as it is now (for rollback). */
    snapshot() {
      const saved = { entries: entries.map((e) => ({ ...e, keys: new Set(e.keys) })), attachments: new Map(attachments), seq };
      return () => {
        entries = saved.entries;
        byId = new Map(entries.map((e) => [e.id, e]));
        attachments = saved.attachments;
        seq = saved.seq;
      };
    },
    insert(statements, newAttachments) {
      for (const statement of statements) if (byId.has(statement.id)) throw new Error(`UNIQUE constraint failed: statements.id (${statement.id})`);
      for (const a of newAttachments) if (!attachments.has(a.sha2)) attachments.set(a.sha2, a);
      for (const statement of statements) {
        seq += 1;
        const voided = entries.some((other) => other.voidsTarget === statement.id);
        const entry: Entry = { seq, id: statement.id, stored: statement.stored, voided, json: statement.json, ownKeys: statement.keys, keys: new Set(statement.keys.map(keyString)) };
        if (statement.voidsTarget !== undefined) entry.voidsTarget = statement.voidsTarget;
        if (statement.refTarget !== undefined) {
          entry.refTarget = statement.refTarget;
          for (const key of byId.get(statement.refTarget)?.ownKeys ?? []) entry.keys.add(keyString(key));
        }
        for (const other of entries) if (other.refTarget === statement.id) for (const key of statement.keys) other.keys.add(keyString(key));
        entries.push(entry);
        byId.set(entry.id, entry);
        if (statement.voidsTarget !== undefined) {
          const target = byId.get(statement.voidsTarget);
          if (target) target.voided = true;
        }
      }
    },
    get(id) {
      const entry = byId.get(id);
      return entry && { seq: entry.seq, id: entry.id, stored: entry.stored, voided: entry.voided, json: entry.json };
    },
    query(filter) {
      const wanted = filter.keys.map((condition) => condition.kinds.map((kind) => keyString({ kind, value: condition.value })));
      const result: StoredStatement[] = [];
      const ordered = filter.ascending ? entries : [...entries].reverse();
      for (const e of ordered) {
        if (result.length >= filter.limit) break;
        if (e.voided) continue;
        if (!wanted.every((anyOf) => anyOf.some((k) => e.keys.has(k)))) continue;
        if (filter.since !== undefined && !(e.stored > filter.since)) continue;
        if (filter.until !== undefined && !(e.stored <= filter.until)) continue;
        if (filter.afterSeq !== undefined && (filter.ascending ? e.seq <= filter.afterSeq : e.seq >= filter.afterSeq)) continue;
        if (filter.maxSeq !== undefined && e.seq > filter.maxSeq) continue;
        result.push({ seq: e.seq, id: e.id, stored: e.stored, voided: e.voided, json: e.json });
      }
      return result;
    },
    lastSeq: () => seq,
    lastStored: () => entries.reduce<string | undefined>((max, e) => (max === undefined || e.stored > max ? e.stored : max), undefined),
    attachment: (sha2) => attachments.get(sha2),
    count: () => entries.length,
    eraseAgent(ifi) {
      const personal = [keyString({ kind: 'agent', value: ifi }), keyString({ kind: 'related-agent', value: ifi })];
      const erased = entries.filter((e) => e.ownKeys.some((own) => personal.includes(keyString(own))));
      const gone = new Set(erased.map((e) => e.id));
      entries = entries.filter((e) => !gone.has(e.id));
      for (const id of gone) byId.delete(id);
      for (const e of entries) for (const k of personal) e.keys.delete(k);
      const shas = new Set(erased.flatMap((e) => attachmentShas(e.json)));
      for (const sha2 of shas) if (!entries.some((e) => attachmentShas(e.json).includes(sha2))) attachments.delete(sha2);
      return erased.length;
    },
  };
}

function memoryDocuments(): DocumentStore & { snapshot(): () => void } {
  let docs = new Map<string, StoredDocument>();
  const scopeKey = (s: DocumentScope) => [s.kind, s.activityId, s.agent, s.registration].join('\u0000') + '\u0001';
  return {
    snapshot() {
      const saved = new Map(docs);
      return () => {
        docs = saved;
      };
    },
    get: (scope, id) => docs.get(scopeKey(scope) + id),
    put(scope, document) {
      docs.set(scopeKey(scope) + document.id, document);
    },
    delete(scope, id) {
      docs.delete(scopeKey(scope) + id);
    },
    ids(scope, since) {
      const prefix = scopeKey(scope);
      return [...docs.entries()]
        .filter(([key, d]) => key.startsWith(prefix) && (since === undefined || d.updated > since))
        .map(([, d]) => d.id)
        .sort();
    },
    deleteAll(scope) {
      const prefix = scopeKey(scope);
      for (const key of [...docs.keys()]) if (key.startsWith(prefix)) docs.delete(key);
    },
    ofAgent(ifi) {
      return [...docs.entries()]
        .map(([key, document]) => ({ parts: key.split('\u0000'), document }))
        .filter(({ parts }) => parts[2] === ifi)
        .map(({ parts, document }) => ({ scope: { kind: parts[0] as DocumentScope['kind'], activityId: parts[1]!, agent: ifi, registration: parts[3]!.replace(/\u0001.*$/s, '') }, document }))
        .sort((a, b) => `${a.scope.kind} ${a.scope.activityId} ${a.scope.registration} ${a.document.id}`.localeCompare(`${b.scope.kind} ${b.scope.activityId} ${b.scope.registration} ${b.document.id}`));
    },
    eraseAgent(ifi) {
      let erased = 0;
      for (const key of [...docs.keys()]) if (key.split('\u0000')[2] === ifi) (docs.delete(key), (erased += 1));
      return erased;
    },
  };
}

function memoryActivities(): ActivityStore & { snapshot(): () => void } {
  let activities = new Map<string, string>();
  return {
    snapshot() {
      const saved = new Map(activities);
      return () => {
        activities = saved;
      };
    },
    get: (id) => activities.get(id),
    put: (id, json) => void activities.set(id, json),
  };
}

export function openMemoryStore(): LrsStore {
  const statements = memoryStatements();
  const documents = memoryDocuments();
  const activities = memoryActivities();
  const snapshot = () => {
    const restore = [statements.snapshot(), documents.snapshot(), activities.snapshot()];
    return () => {
      for (const undo of restore) undo();
    };
  };
  let depth = 0;
  let open: { idle: Promise<void>; settle: () => void } | undefined;
  let stepping = 0;
  // As in the SQLite store: a write from outside the steps would join the open transaction.
  const assertWritable = (what: string) => {
    if (open && stepping === 0) throw new Error(`${what} while a transaction is open across turns: wait for store.idle() before writing outside its steps`);
  };
  const writable = <A extends unknown[]>(what: string, write: (...args: A) => void) => (...args: A) => {
    assertWritable(what);
    write(...args);
  };
  return {
    statements: { ...statements, insert: writable('statements.insert', statements.insert), eraseAgent: (ifi) => (assertWritable('statements.eraseAgent'), statements.eraseAgent(ifi)) },
    documents: { ...documents, put: writable('documents.put', documents.put), delete: writable('documents.delete', documents.delete), deleteAll: writable('documents.deleteAll', documents.deleteAll), eraseAgent: (ifi) => (assertWritable('documents.eraseAgent'), documents.eraseAgent(ifi)) },
    activities: { ...activities, put: writable('activities.put', activities.put) },
    // Reads see the open transaction's writes, so the group commit never leaves one open
    // across turns of the event loop here.
    isolatesOpenTransactions: false,
    transaction(work) {
      if (open && stepping === 0) throw new Error('transaction() while a transaction is open across turns: wait for store.idle()');
      if (depth > 0) return work();
      const restore = snapshot();
      depth += 1;
      try {
        return work();
      } catch (error) {
        restore();
        throw error;
      } finally {
        depth -= 1;
      }
    },
    begin(): OpenTransaction {
      if (open) throw new Error('begin(): a transaction is already open');
      const restore = snapshot();
      let settle = () => {};
      const idle = new Promise<void>((resolve) => (settle = resolve));
      open = { idle, settle };
      const close = () => {
        open = undefined;
        settle();
      };
      return {
        step(work) {
          depth += 1;
          stepping += 1;
          try {
            return work();
          } finally {
            depth -= 1;
            stepping -= 1;
          }
        },
        savepoint() {
          const undo = snapshot();
          return { release() {}, rollback: undo };
        },
        commit: close,
        rollback() {
          restore();
          close();
        },
      };
    },
    idle: () => open?.idle ?? Promise.resolve(),
    // Nothing is ever on disk: a memory store is for tests and throw-away runs.
    sync: () => Promise.resolve(),
    close() {},
  };
}
