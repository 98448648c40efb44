/** Migrations: numbered, forward-only, recorded, and refusing a database from the future. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite-store.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

describe('SQLite migrations', () => {
  it('applies every migration once and records it in the migrations table', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT id FROM migrations ORDER BY id').pluck().all()).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('applies only the new migrations to an existing database', () => {
    const db = new Database(':memory:');
    migrate(db);
    const next = { id: MIGRATIONS.length + 1, name: 'test column', sql: 'ALTER TABLE activities ADD COLUMN note TEXT' };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([next.id]);
  });

  it('refuses a database migrated by newer code', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (999, ?, ?)').run('future', new Date().toISOString());
    expect(() => migrate(db)).toThrowError(/newer than this code knows/);
  });

  it('opens a file database in WAL mode (creating its folder) and keeps data across reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lrs-sqlite-'));
    try {
      const path = join(dir, 'nested', 'lrs.sqlite');
      const store = openSqliteStore({ path });
      store.activities.put('http://a', '{}');
      store.close();
      const db = new Database(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
      const again = openSqliteStore({ path });
      expect(again.activities.get('http://a')).toBe('{}');
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
