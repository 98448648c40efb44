/**
 * State, Activity Profile and Agent Profile documents in one SQLite table, keyed by kind,
 * activity, agent IFI, registration and document id ('' where a kind has no such part).
 */
import type Database from 'better-sqlite3';
import type { ActivityStore, DocumentScope, DocumentStore, StoredDocument } from '../store.ts';

export function sqliteDocuments(db: Database.Database): DocumentStore {
  const scopeWhere = 'kind = ? AND activity_id = ? AND agent = ? AND registration = ?';
  const getOne = db.prepare(`SELECT id, content_type AS contentType, content, etag, updated FROM documents WHERE ${scopeWhere} AND id = ?`);
  const upsert = db.prepare(
    `INSERT INTO documents (kind, activity_id, agent, registration, id, content_type, content, etag, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, activity_id, agent, registration, id) DO UPDATE SET content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated = excluded.updated`,
  );
  const deleteOne = db.prepare(`DELETE FROM documents WHERE ${scopeWhere} AND id = ?`);
  const deleteScope = db.prepare(`DELETE FROM documents WHERE ${scopeWhere}`);
  const idsAll = db.prepare(`SELECT id FROM documents WHERE ${scopeWhere} ORDER BY id`).pluck();
  const idsSince = db.prepare(`SELECT id FROM documents WHERE ${scopeWhere} AND updated > ? ORDER BY id`).pluck();
  const deleteAgent = db.prepare('DELETE FROM documents WHERE agent = ?');
  const byAgent = db.prepare('SELECT kind, activity_id, registration, id, content_type, content, etag, updated FROM documents WHERE agent = ? ORDER BY kind, activity_id, registration, id');
  const scopeParams = (s: { kind: string; activityId: string; agent: string; registration: string }) => [s.kind, s.activityId, s.agent, s.registration];
  return {
    get: (scope, id) => getOne.get(...scopeParams(scope), id) as StoredDocument | undefined,
    put(scope, d) {
      upsert.run(...scopeParams(scope), d.id, d.contentType, d.content, d.etag, d.updated);
    },
    delete(scope, id) {
      deleteOne.run(...scopeParams(scope), id);
    },
    ids: (scope, since) => (since === undefined ? idsAll.all(...scopeParams(scope)) : idsSince.all(...scopeParams(scope), since)) as string[],
    deleteAll(scope) {
      deleteScope.run(...scopeParams(scope));
    },
    eraseAgent: (ifi) => deleteAgent.run(ifi).changes,
    ofAgent: (ifi) =>
      (byAgent.all(ifi) as { kind: DocumentScope['kind']; activity_id: string; registration: string; id: string; content_type: string; content: Buffer; etag: string; updated: string }[]).map((r) => ({
        scope: { kind: r.kind, activityId: r.activity_id, agent: ifi, registration: r.registration },
        document: { id: r.id, contentType: r.content_type, content: r.content, etag: r.etag, updated: r.updated },
      })),
  };
}

export function sqliteActivities(db: Database.Database): ActivityStore {
  const getOne = db.prepare('SELECT json FROM activities WHERE id = ?').pluck();
  const upsert = db.prepare('INSERT INTO activities (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json');
  return {
    get: (id) => getOne.get(id) as string | undefined,
    put(id, json) {
      upsert.run(id, json);
    },
  };
}
