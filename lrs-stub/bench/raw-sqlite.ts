/**
 * The baseline the LRS is measured against: the same statements written with better-sqlite3
 * directly into the same schema (statements + statement_keys, same pragmas: WAL,
 * synchronous=FULL, 64 MiB cache), in the same transaction sizes, with no HTTP and no validation; and the
 * same filtered queries run directly. The ratio HTTP/raw is the cost of being an LRS.
 */
import Database from 'better-sqlite3';
import { migrate } from '../store/sqlite/migrations.ts';
import type { IndexKey } from '../xapi/statement-index.ts';

export interface RawRow {
  id: string;
  stored: string;
  json: string;
  keys: IndexKey[];
}

export function openRawDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -65536');
  migrate(db);
  return db;
}

/** Inserts rows in transactions of `batchSize`; returns rows per second. */
export function rawInsert(db: Database.Database, rows: readonly RawRow[], batchSize: number): number {
  const insertRow = db.prepare('INSERT INTO statements (id, stored, ref_target, keys, json) VALUES (?, ?, NULL, ?, ?)');
  const insertKey = db.prepare('INSERT OR IGNORE INTO statement_keys (kind, value, seq) VALUES (?, ?, ?)');
  const batch = db.transaction((slice: readonly RawRow[]) => {
    for (const row of slice) {
      const seq = Number(insertRow.run(row.id, row.stored, JSON.stringify(row.keys), row.json).lastInsertRowid);
      for (const key of row.keys) insertKey.run(key.kind, key.value, seq);
    }
  });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += batchSize) batch(rows.slice(i, i + batchSize));
  return rows.length / ((performance.now() - started) / 1000);
}

/** The statement query the store runs for one key filter (optionally since), run directly. */
export function rawQuery(db: Database.Database, key: IndexKey | undefined, since: string | undefined, limit: number): () => number {
  const where = ['voided = 0'];
  const params: unknown[] = [];
  if (key) {
    where.push('seq IN (SELECT seq FROM statement_keys WHERE kind = ? AND value = ?)');
    params.push(key.kind, key.value);
  }
  if (since !== undefined) {
    where.push('stored > ?');
    params.push(since);
  }
  const order = since === undefined ? 'seq DESC' : 'stored DESC, seq DESC';
  const statement = db.prepare(`SELECT seq, id, stored, voided, json FROM statements WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`);
  return () => (statement.all(...params, limit) as unknown[]).length;
}
