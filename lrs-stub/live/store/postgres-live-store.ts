/**
 * Live sessions in PostgreSQL, in the LRS's own database and schema, for server processes that
 * share one PostgreSQL store (two instances behind one address). A change is stored with a
 * compare-and-set on `revision` and announced with NOTIFY in the same statement, so the
 * notification goes out exactly when the change commits; every instance LISTENs on one
 * dedicated connection and reads the session again when a newer revision is announced.
 *
 * NOTIFY's payload is only `id revision`: the state itself (tens of kilobytes with a full room)
 * could pass the 8000-byte payload limit, and a listener that holds the revision already does
 * not need it at all.
 */
import pg from 'pg';
import type { LiveSession } from '../session-schema.ts';
import { parsePostgresUrl } from '../../store/postgres/postgres-url.ts';
import type { LiveChange, LiveStore } from './live-store.ts';
import { isRunning, parseStoredSession } from './stored-session.ts';

export const LIVE_CHANNEL = 'workmentor_live';

const schemaSql = (schema: string) => `
  CREATE SCHEMA IF NOT EXISTS "${schema}";
  CREATE TABLE IF NOT EXISTS "${schema}".live_sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL,
    facilitator TEXT NOT NULL,
    running BOOLEAN NOT NULL,
    revision INTEGER NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    state TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS live_running_code ON "${schema}".live_sessions (join_code) WHERE running;
  CREATE INDEX IF NOT EXISTS live_by_facilitator ON "${schema}".live_sessions (facilitator, created_at);
  CREATE INDEX IF NOT EXISTS live_by_update ON "${schema}".live_sessions (updated_at);
`;

export async function openPostgresLiveStore(url: string): Promise<LiveStore> {
  const target = parsePostgresUrl(url);
  const table = `"${target.schema}".live_sessions`;
  // One channel per schema: two LRSs sharing a database must not wake each other's sessions.
  const channel = `${LIVE_CHANNEL}_${target.schema}`.slice(0, 63);
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 4 });
  const scrub = (error: unknown) => new Error(`live sessions in PostgreSQL at ${target.where}: ${String((error as Error).message).replaceAll(target.password || '\0', '***')}`);
  try {
    // Two processes opening at once may both try to create the table: one waits for the other.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [table]);
      await client.query(schemaSql(target.schema));
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [table]);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw scrub(error);
  }

  const listeners = new Set<(change: LiveChange) => void>();
  const announce = (change: LiveChange) => {
    for (const listener of listeners) listener(change);
  };
  const listener = new pg.Client({ connectionString: target.connectionString });
  await listener.connect();
  listener.on('notification', (message) => {
    const [id, revision] = (message.payload ?? '').split(' ');
    if (id && revision) announce({ id, revision: Number(revision) });
  });
  // A dropped listening connection would silently stop the fan-out: say so loudly.
  listener.on('error', (error) => console.error(`live sessions: the LISTEN connection to ${target.where} failed (${error.message}); restart the server to hear other instances again`));
  await listener.query(`LISTEN "${channel}"`);

  const rowsOf = (rows: { id: string; state: string }[]) => rows.map((row) => parseStoredSession(row.state, `${target.where} session ${row.id}`));

  return {
    async create(session: LiveSession) {
      try {
        // INSERT and NOTIFY in one statement: the notice leaves with the commit, or not at all.
        await pool.query(
          `WITH added AS (INSERT INTO ${table} (id, join_code, facilitator, running, revision, created_at, updated_at, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
           SELECT pg_notify('${channel}', $1 || ' ' || $5::text) FROM added`,
          [session.id, session.joinCode, session.facilitator, isRunning(session), session.revision, session.createdAt, session.updatedAt, JSON.stringify(session)],
        );
        return 'created';
      } catch (error) {
        if ((error as { code?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'live_running_code') return 'code-taken';
        throw scrub(error);
      }
    },
    async get(id) {
      return rowsOf((await pool.query(`SELECT id, state FROM ${table} WHERE id = $1`, [id])).rows)[0];
    },
    async byJoinCode(joinCode) {
      return rowsOf((await pool.query(`SELECT id, state FROM ${table} WHERE join_code = $1 AND running`, [joinCode])).rows)[0];
    },
    async ofFacilitator(username) {
      return rowsOf((await pool.query(`SELECT id, state FROM ${table} WHERE facilitator = $1 ORDER BY created_at DESC`, [username])).rows);
    },
    async update(next, expectedRevision) {
      const result = await pool.query(
        `WITH changed AS (UPDATE ${table} SET running = $2, revision = $3, updated_at = $4, state = $5 WHERE id = $1 AND revision = $6 RETURNING id)
         SELECT pg_notify('${channel}', $1 || ' ' || $3::text) FROM changed`,
        [next.id, isRunning(next), next.revision, next.updatedAt, JSON.stringify(next), expectedRevision],
      );
      return result.rowCount === 1;
    },
    async deleteChangedBefore(instant) {
      return (await pool.query(`DELETE FROM ${table} WHERE updated_at < $1`, [instant])).rowCount ?? 0;
    },
    onChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    async close() {
      listeners.clear();
      await listener.end().catch(() => {});
      await pool.end();
    },
  };
}
