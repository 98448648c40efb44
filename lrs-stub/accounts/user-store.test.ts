import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openUserStore } from './user-store.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wm-users-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps users made before cohorts existed following every cohort, as they did', () => {
  const path = join(dir, 'lrs-accounts.sqlite');
  // The file as the first release left it: migration 1 only.
  const old = new Database(path);
  old.exec(`
    CREATE TABLE account_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
    INSERT INTO account_migrations VALUES (1, 'users', '2026-11-01T00:00:00.000Z');
    CREATE TABLE users (username TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, password_hash TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('coordinator', 'viewer')), created TEXT NOT NULL, disabled TEXT);
    INSERT INTO users VALUES ('coordinator', '$argon2id$x', 'coordinator', '2026-11-01T00:00:00.000Z', NULL);
  `);
  old.close();
  const users = openUserStore({ path });
  try {
    expect(users.get('coordinator')).toMatchObject({ role: 'coordinator', cohorts: 'all', passwordHash: '$argon2id$x' });
    expect(users.add({ username: 'lotte', role: 'coordinator', passwordHash: 'h', cohorts: ['Retail'] })).toBe(true);
    expect(users.list().map((u) => [u.username, u.cohorts])).toEqual([
      ['coordinator', 'all'],
      ['lotte', ['Retail']],
    ]);
    // A name taken in another case is refused whole: no cohorts are written for it either.
    expect(users.add({ username: 'LOTTE', role: 'coordinator', passwordHash: 'h', cohorts: ['Bakery'] })).toBe(false);
    expect(users.get('lotte')!.cohorts).toEqual(['Retail']);
    expect(users.setCohorts('nobody', 'all')).toBe(false);
  } finally {
    users.close();
  }
});
