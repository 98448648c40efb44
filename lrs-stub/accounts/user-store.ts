/**
 * Where coordinator logins are kept: `lrs-accounts.sqlite`, a SQLite file of its own beside
 * the LRS database (mode 0600, like the database and the generated key).
 *
 * Why not a table in the LRS database: its one writing connection may hold a transaction open
 * across turns of the event loop for a huge batch (store/sqlite-store.ts), and a login written
 * meanwhile would either land inside that transaction or wait on its lock with the event loop
 * blocked; and the CLI, a second process, would contend for the statements' write lock. A file
 * of its own has neither problem and keeps passwords out of statement backups. Its schema is
 * versioned the same way (numbered, forward-only, recorded in `account_migrations`), so the
 * file can be created on open and moved forward safely.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createPrivateFile } from '../store/private-file.ts';
import { RoleSchema, type CohortScope, type Role, type User, type UserWithHash } from './user-schema.ts';

export const ACCOUNTS_FILE = 'lrs-accounts.sqlite';

/** The accounts file for an LRS database path; `:memory:` stays in memory. */
export function accountsPathFor(lrsDbPath: string): string {
  return lrsDbPath === ':memory:' ? ':memory:' : join(dirname(lrsDbPath), ACCOUNTS_FILE);
}

const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'users',
    sql: `
      CREATE TABLE users (
        username TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'viewer')),
        created TEXT NOT NULL,
        disabled TEXT
      );
    `,
  },
  {
    id: 2,
    name: 'cohorts a coordinator follows',
    // Users from before this migration followed every learner; they keep doing so.
    sql: `
      ALTER TABLE users ADD COLUMN all_cohorts INTEGER NOT NULL DEFAULT 1 CHECK (all_cohorts IN (0, 1));
      CREATE TABLE user_cohorts (
        username TEXT NOT NULL COLLATE NOCASE REFERENCES users (username) ON DELETE CASCADE,
        cohort TEXT NOT NULL,
        PRIMARY KEY (username, cohort)
      );
    `,
  },
];

function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS account_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT id FROM account_migrations').pluck().all() as number[]);
  const known = Math.max(...MIGRATIONS.map((m) => m.id));
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new Error(`${path}: has accounts migration ${newest}, newer than this code knows (${known}); run a newer lrs-stub`);
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO account_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}

interface UserRow {
  username: string;
  password_hash: string;
  role: string;
  created: string;
  disabled: string | null;
  all_cohorts: number;
}

export interface UserStore {
  /** Where the users are kept (a path, or :memory:), for messages. */
  readonly path: string;
  /** Adds a user (following every cohort unless told otherwise); false when the name (compared case-insensitively) is taken. */
  add(user: { username: string; role: Role; passwordHash: string; cohorts?: CohortScope }, now?: Date): boolean;
  get(username: string): UserWithHash | undefined;
  list(): User[];
  count(): number;
  /** False when there is no such user. */
  disable(username: string, now?: Date): boolean;
  /** False when there is no such user. */
  setPasswordHash(username: string, passwordHash: string): boolean;
  /** Replaces the cohorts the user follows; false when there is no such user. */
  setCohorts(username: string, cohorts: CohortScope): boolean;
  close(): void;
}

export function openUserStore(options: { path: string }): UserStore {
  const { path } = options;
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    createPrivateFile(path);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The CLI and the running LRS are two processes on one file.
  db.pragma('busy_timeout = 5000');
  migrate(db, path);
  const insert = db.prepare('INSERT INTO users (username, password_hash, role, created, disabled) VALUES (?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING');
  const select = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username');
  const disable = db.prepare('UPDATE users SET disabled = ? WHERE username = ? AND disabled IS NULL');
  const exists = db.prepare('SELECT 1 FROM users WHERE username = ?').pluck();
  const setHash = db.prepare('UPDATE users SET password_hash = ? WHERE username = ?');
  const cohortsOf = db.prepare<[string], string>('SELECT cohort FROM user_cohorts WHERE username = ? ORDER BY cohort').pluck();
  const setAll = db.prepare('UPDATE users SET all_cohorts = ? WHERE username = ?');
  const clearCohorts = db.prepare('DELETE FROM user_cohorts WHERE username = ?');
  const addCohort = db.prepare('INSERT OR IGNORE INTO user_cohorts (username, cohort) VALUES (?, ?)');
  const writeCohorts = db.transaction((username: string, cohorts: CohortScope): boolean => {
    if (setAll.run(cohorts === 'all' ? 1 : 0, username).changes !== 1) return false;
    clearCohorts.run(username);
    if (cohorts !== 'all') for (const cohort of cohorts) addCohort.run(username, cohort);
    return true;
  });
  const toUser = (row: UserRow): User => ({
    username: row.username,
    role: RoleSchema.parse(row.role),
    cohorts: row.all_cohorts === 1 ? 'all' : cohortsOf.all(row.username),
    created: row.created,
    disabled: row.disabled,
  });
  return {
    path,
    add: db.transaction((user: { username: string; role: Role; passwordHash: string; cohorts?: CohortScope }, now: Date = new Date()): boolean => {
      if (insert.run(user.username, user.passwordHash, user.role, now.toISOString()).changes !== 1) return false;
      writeCohorts(user.username, user.cohorts ?? 'all');
      return true;
    }),
    get(username) {
      const row = select.get(username);
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    list: () => all.all().map(toUser),
    count: () => db.prepare('SELECT count(*) FROM users').pluck().get() as number,
    disable(username, now = new Date()) {
      if (exists.get(username) === undefined) return false;
      disable.run(now.toISOString(), username);
      return true;
    },
    setPasswordHash: (username, passwordHash) => setHash.run(passwordHash, username).changes === 1,
    setCohorts: (username, cohorts) => writeCohorts(username, cohorts),
    close: () => db.close(),
  };
}
