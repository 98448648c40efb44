/**
 * The register database's schema, as numbered forward-only migrations recorded in
 * `register_migrations` (the way the LRS and the accounts file do it): a register file is
 * created on first open and moved forward on later ones, and a file written by newer code is
 * refused rather than misread.
 *
 * One row per certificate, keyed by its verification code. UNIQUE (identifier_type,
 * identifier, course_version) is what makes a learner who passed twice, or a Moodle file
 * imported twice, register once. Each certificate owns one bit of the revocation status list
 * (status_index, unique). Revocation is kept, never deleted: when, why and by whom. Erasure
 * (a learner's data request) deletes the entry and keeps only a tombstone (migration 2).
 */
import type Database from 'better-sqlite3';

const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'entries and follower state',
    sql: `
      CREATE TABLE entries (
        code TEXT NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        identifier TEXT NOT NULL,
        identifier_type TEXT NOT NULL CHECK (identifier_type IN ('emailAddress', 'accountId', 'name')),
        awarded_on TEXT NOT NULL,
        awarded_at TEXT NOT NULL,
        language TEXT NOT NULL,
        course_version TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('lrs', 'moodle-csv')),
        source_ref TEXT NOT NULL,
        lrs_agent TEXT,
        status_index INTEGER NOT NULL UNIQUE CHECK (status_index >= 0),
        salt TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_reason TEXT,
        revoked_by TEXT,
        credential_jwt TEXT,
        search_text TEXT NOT NULL,
        UNIQUE (identifier_type, identifier, course_version)
      );
      CREATE INDEX entries_source_ref ON entries (source_ref);
      CREATE INDEX entries_newest ON entries (awarded_on DESC, created_at DESC);
      CREATE TABLE register_state (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    id: 2,
    name: 'certificates erased at the learner\'s request',
    // What stays of an erased certificate: its code (a verifier who has it learns it was
    // withdrawn), its status bit (set for good: freed, it could go to a new certificate and
    // make the erased credential, which the learner may still hold, verify again), and a
    // SHA-256 of the identity with the day, so an old Moodle export cannot register them again.
    sql: `
      CREATE TABLE erased (
        code TEXT NOT NULL PRIMARY KEY,
        status_index INTEGER NOT NULL UNIQUE CHECK (status_index >= 0),
        identity_sha256 TEXT NOT NULL,
        course_version TEXT NOT NULL,
        erased_at TEXT NOT NULL
      );
      CREATE INDEX erased_identity ON erased (identity_sha256, course_version);
      CREATE INDEX entries_lrs_agent ON entries (lrs_agent);
    `,
  },
];

export function migrateRegister(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS register_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM register_migrations').pluck().all() as number[]);
  const known = Math.max(...MIGRATIONS.map((m) => m.id));
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new Error(`${path}: has register migration ${newest}, newer than this code knows (${known}); run a newer lrs-stub, or restore the file from before the upgrade`);
  }
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO register_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}
