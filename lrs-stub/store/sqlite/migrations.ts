/**
 * The SQLite schema as numbered, forward-only migrations, recorded in a `migrations` table.
 * A database is only ever moved forward: a migration, once released, is never edited; a change
 * is a new migration with the next number. Statements are stored as JSON plus index rows
 * (statement_keys) that the query filters match, the approach of yetanalytics' lrsql.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'statements, keys, attachments, documents, activities',
    sql: `
      CREATE TABLE statements (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        stored TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0,
        ref_target TEXT,
        keys TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX statements_stored ON statements (stored);
      CREATE INDEX statements_ref_target ON statements (ref_target) WHERE ref_target IS NOT NULL;
      CREATE TABLE statement_keys (
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (kind, value, seq)
      ) WITHOUT ROWID;
      CREATE TABLE attachments (
        sha2 TEXT PRIMARY KEY,
        content_type TEXT NOT NULL,
        content BLOB NOT NULL
      );
      CREATE TABLE documents (
        kind TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        agent TEXT NOT NULL,
        registration TEXT NOT NULL,
        id TEXT NOT NULL,
        content_type TEXT NOT NULL,
        content BLOB NOT NULL,
        etag TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (kind, activity_id, agent, registration, id)
      );
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: 'remember which statement a voiding statement voids, for targets that arrive later',
    sql: `
      ALTER TABLE statements ADD COLUMN voids_target TEXT;
      CREATE INDEX statements_voids_target ON statements (voids_target) WHERE voids_target IS NOT NULL;
    `,
  },
];

/** Applies every migration not yet recorded, each in its own transaction, in order. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.id));
  if (newest > known) {
    throw new Error(
      `The database has migration ${newest}, newer than this code knows (${known}). Run a newer lrs-stub, or point LRS_DB at another file.`,
    );
  }
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, new Date().toISOString());
    })();
    ran.push(migration.id);
  }
  return ran;
}
