/**
 * Live sessions in SQLite: a file beside the LRS store (`lrs-live.sqlite`), which every server
 * process on the machine can open, or `:memory:` for one process. Each change also goes into
 * `live_changes` in the same transaction; every open store polls that table for rows after the
 * last it saw, which is how a change made by another process reaches this one (SQLite has no
 * notifications across processes). Changes made through this store object are announced at
 * once, without waiting for the poll.
 */
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile } from '../../store/private-file.ts';
import type { LiveSession } from '../session-schema.ts';
import { LIVE_FILE, type LiveChange, type LiveStore } from './live-store.ts';
import { isRunning, parseStoredSession } from './stored-session.ts';

export interface SqliteLiveStoreOptions {
  path: string;
  /** How often to look for other processes' changes. Default 50 ms; 0 turns polling off. */
  pollMs?: number;
}

/** The live-session file for an LRS store file, or ':memory:' beside an in-memory store. */
export function livePathFor(lrsDbPath: string): string {
  return lrsDbPath === ':memory:' ? ':memory:' : join(dirname(lrsDbPath), LIVE_FILE);
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS live_sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL,
    facilitator TEXT NOT NULL,
    running INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS live_running_code ON live_sessions (join_code) WHERE running = 1;
  CREATE INDEX IF NOT EXISTS live_by_facilitator ON live_sessions (facilitator, created_at);
  CREATE INDEX IF NOT EXISTS live_by_update ON live_sessions (updated_at);
  CREATE TABLE IF NOT EXISTS live_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, revision INTEGER NOT NULL);
`;

/** Poll rows kept for processes that fell behind; older ones are pruned as new ones come. */
const CHANGES_KEPT = 10_000;

export function openSqliteLiveStore(options: SqliteLiveStoreOptions): LiveStore {
  const { path } = options;
  if (path !== ':memory:') createPrivateFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const where = (id: string) => `${path} session ${id}`;

  const insert = db.prepare('INSERT INTO live_sessions (id, join_code, facilitator, running, revision, created_at, updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const codeTaken = db.prepare('SELECT 1 FROM live_sessions WHERE join_code = ? AND running = 1');
  const byId = db.prepare<[string], { state: string }>('SELECT state FROM live_sessions WHERE id = ?');
  const byCode = db.prepare<[string], { id: string; state: string }>('SELECT id, state FROM live_sessions WHERE join_code = ? AND running = 1');
  const byFacilitator = db.prepare<[string], { id: string; state: string }>('SELECT id, state FROM live_sessions WHERE facilitator = ? ORDER BY created_at DESC');
  const compareAndSet = db.prepare('UPDATE live_sessions SET running = ?, revision = ?, updated_at = ?, state = ? WHERE id = ? AND revision = ?');
  const logChange = db.prepare('INSERT INTO live_changes (id, revision) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM live_changes WHERE seq <= ?');
  const changesAfter = db.prepare<[number], { seq: number; id: string; revision: number }>('SELECT seq, id, revision FROM live_changes WHERE seq > ? ORDER BY seq');
  const lastChange = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM live_changes');
  const oldSessions = db.prepare<[string], { id: string }>('SELECT id FROM live_sessions WHERE updated_at < ?');
  const deleteSession = db.prepare('DELETE FROM live_sessions WHERE id = ?');

  const listeners = new Set<(change: LiveChange) => void>();
  const announce = (change: LiveChange) => {
    for (const listener of listeners) listener(change);
  };
  let seen = lastChange.get()?.seq ?? 0;
  const record = db.transaction((change: LiveChange) => {
    const seq = Number(logChange.run(change.id, change.revision).lastInsertRowid);
    if (seq % 1000 === 0) prune.run(seq - CHANGES_KEPT);
  });
  const poll = () => {
    for (const row of changesAfter.all(seen)) {
      seen = row.seq;
      announce({ id: row.id, revision: row.revision });
    }
  };
  const pollMs = options.pollMs ?? 50;
  const timer = pollMs > 0 && path !== ':memory:' ? setInterval(poll, pollMs) : undefined;
  timer?.unref();

  const createTx = db.transaction((session: LiveSession): 'created' | 'code-taken' => {
    if (codeTaken.get(session.joinCode)) return 'code-taken';
    insert.run(session.id, session.joinCode, session.facilitator, isRunning(session) ? 1 : 0, session.revision, session.createdAt, session.updatedAt, JSON.stringify(session));
    record({ id: session.id, revision: session.revision });
    return 'created';
  });
  const updateTx = db.transaction((next: LiveSession, expected: number): boolean => {
    const changed = compareAndSet.run(isRunning(next) ? 1 : 0, next.revision, next.updatedAt, JSON.stringify(next), next.id, expected).changes;
    if (changed === 1) record({ id: next.id, revision: next.revision });
    return changed === 1;
  });

  return {
    async create(session) {
      const result = createTx(session);
      if (result === 'created') announce({ id: session.id, revision: session.revision });
      return result;
    },
    async get(id) {
      const row = byId.get(id);
      return row ? parseStoredSession(row.state, where(id)) : undefined;
    },
    async byJoinCode(joinCode) {
      const row = byCode.get(joinCode);
      return row ? parseStoredSession(row.state, where(row.id)) : undefined;
    },
    async ofFacilitator(username) {
      return byFacilitator.all(username).map((row) => parseStoredSession(row.state, where(row.id)));
    },
    async update(next, expectedRevision) {
      const stored = updateTx(next, expectedRevision);
      if (stored) announce({ id: next.id, revision: next.revision });
      return stored;
    },
    async deleteChangedBefore(instant) {
      return db.transaction(() => {
        const ids = oldSessions.all(instant).map((row) => row.id);
        for (const id of ids) deleteSession.run(id);
        return ids.length;
      })();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (timer) clearInterval(timer);
      listeners.clear();
      db.close();
    },
  };
}
