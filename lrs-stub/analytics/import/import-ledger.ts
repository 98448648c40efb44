/**
 * What the importer keeps beside the LRS database: per source, the cursor (resume point), and
 * per imported statement, the source and the source's `stored`.
 *
 * Why the source's `stored` is kept here and not in the statement: the local writer stamps
 * its own `stored`, as the spec asks ("The LRS MUST set stored"; 2.0: "shall"), and as the
 * local query API needs: `since`, `more` and X-Experience-API-Consistent-Through rely on
 * `stored` growing with insertion order, which imported history would break. Analytics that
 * want the source's time join this table (README.md shows how).
 *
 * Why a separate SQLite file (`<db>-import.sqlite`, mode 0600 like the database): the store
 * port has no place for it and belongs to the LRS; a file of its own needs no migration of
 * the LRS schema and can be dropped to forget imports. It is not in the statements'
 * transaction, so the order is: statements durably written first, then the ledger
 * (provenance and cursor in one transaction). A crash between the two re-reads that page next
 * time; its statements are found present with the same content, skipped, and recorded then.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { createPrivateFile } from '../../store/private-file.ts';
import type { ImportCursor } from './import-cursor.ts';

export interface Provenance {
  id: string;
  /** `stored` as the source gave it. */
  sourceStored: string;
}

export interface ImportLedger {
  cursor(source: string): ImportCursor | undefined;
  /** Records provenance and moves the cursor, together or not at all. */
  savePage(source: string, cursor: ImportCursor | undefined, imported: readonly Provenance[]): void;
  /** The source's `stored` of an imported statement. */
  sourceStored(id: string): string | undefined;
  close(): void;
}

const CursorIdsSchema = z.array(z.string());

/** Opens (creating 0600 when new) the ledger at `path`, or an in-memory one for ':memory:'. */
export function openImportLedger(path: string): ImportLedger {
  if (path !== ':memory:') {
    mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
    createPrivateFile(path);
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS import_cursors (
      source TEXT PRIMARY KEY,
      stored TEXT NOT NULL,
      ids TEXT NOT NULL,
      updated TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS imported_statements (
      id TEXT PRIMARY KEY,
      source TEXT NOT NULL,
      source_stored TEXT NOT NULL,
      imported TEXT NOT NULL
    );
  `);
  const getCursor = db.prepare<[string], { stored: string; ids: string }>('SELECT stored, ids FROM import_cursors WHERE source = ?');
  const putCursor = db.prepare('INSERT INTO import_cursors (source, stored, ids, updated) VALUES (?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET stored = excluded.stored, ids = excluded.ids, updated = excluded.updated');
  // OR IGNORE: the first import of an id is its provenance; a statement found again later
  // (resumed page, second source holding a copy) keeps what was recorded first.
  const putProvenance = db.prepare('INSERT OR IGNORE INTO imported_statements (id, source, source_stored, imported) VALUES (?, ?, ?, ?)');
  const getProvenance = db.prepare<[string], string>('SELECT source_stored FROM imported_statements WHERE id = ?').pluck();
  const savePage = db.transaction((source: string, cursor: ImportCursor | undefined, imported: readonly Provenance[]) => {
    const now = new Date().toISOString();
    for (const row of imported) putProvenance.run(row.id, source, row.sourceStored, now);
    if (cursor) putCursor.run(source, cursor.stored, JSON.stringify([...cursor.ids]), now);
  });

  return {
    cursor(source) {
      const row = getCursor.get(source);
      return row && { stored: row.stored, ids: new Set(CursorIdsSchema.parse(JSON.parse(row.ids))) };
    },
    savePage: (source, cursor, imported) => savePage(source, cursor, imported),
    sourceStored: (id) => getProvenance.get(id.toLowerCase()),
    close: () => db.close(),
  };
}

/** The ledger file beside an LRS database: `.data/lrs.sqlite` → `.data/lrs-import.sqlite`. */
export function ledgerPathFor(databasePath: string): string {
  return databasePath === ':memory:' ? ':memory:' : `${databasePath.replace(/\.sqlite3?$/, '')}-import.sqlite`;
}
