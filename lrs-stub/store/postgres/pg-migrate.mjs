/**
 * Applies the store's migrations (migrations.ts, handed over by the main thread) to its schema,
 * inside the worker thread: creates the schema when missing, refuses a schema migrated by newer
 * code, runs each missing migration in its own transaction and records it. An advisory lock
 * keyed by the schema makes two LRS processes starting at once take turns instead of both
 * creating the same tables.
 */
import { quoteIdent } from './pg-session.mjs';

/** @returns {Promise<number[]>} the ids of the migrations applied now */
export async function migrate(client, schema, migrations) {
  const lock = `workmentor-lrs-migrate:${schema}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await client.query('SELECT id FROM migrations')).rows.map((row) => row.id));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.id));
    if (newest > known) {
      throw new Error(`The PostgreSQL schema "${schema}" has migration ${newest}, newer than this code knows (${known}). Run a newer lrs-stub, or point LRS_DB at another schema (?schema=...).`);
    }
    const ran = [];
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (applied.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [migration.id, migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`PostgreSQL migration ${migration.id} (${migration.name}) failed in schema "${schema}": ${error instanceof Error ? error.message : String(error)}`);
      }
      ran.push(migration.id);
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
  }
}
