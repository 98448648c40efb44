/**
 * The PostgreSQL schema as numbered, forward-only migrations, recorded in a `migrations` table
 * of the store's schema: the same rules as SQLite's (sqlite/migrations.ts), a released
 * migration is never edited, a change is a new migration with the next number. The worker
 * thread applies them (it holds the connection); they live here, in TypeScript, so the schema
 * sits beside the SQLite one and the tests can hand the worker a list of their own.
 *
 * The tables are SQLite's, with PostgreSQL types. Two choices matter for behaving like SQLite:
 * - Text that is compared or sorted (ids, `stored`, index values, document ids) uses the "C"
 *   collation, i.e. byte order like SQLite's BINARY; a database's default collation (en_US
 *   and the like) would order `ids()` and compare `stored` bounds by language rules.
 * - `seq` comes from a named sequence that, like SQLite's AUTOINCREMENT, never goes back, so
 *   lastSeq() stays a safe paging bound after an erasure.
 * `keys` (a statement's own index keys) is JSONB, so a StatementRef's copies of its target's
 * keys are made in SQL; `json` is TEXT, the statement exactly as the LRS serialized it.
 */

export interface PostgresMigration {
  id: number;
  name: string;
  sql: string;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    id: 1,
    name: 'statements, keys, attachments, documents, activities',
    sql: `
      CREATE SEQUENCE statements_seq AS BIGINT;
      CREATE TABLE statements (
        seq BIGINT PRIMARY KEY DEFAULT nextval('statements_seq'),
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        stored TEXT COLLATE "C" NOT NULL,
        voided BOOLEAN NOT NULL DEFAULT false,
        ref_target TEXT COLLATE "C",
        voids_target TEXT COLLATE "C",
        keys JSONB NOT NULL,
        json TEXT NOT NULL
      );
      ALTER SEQUENCE statements_seq OWNED BY statements.seq;
      CREATE INDEX statements_stored ON statements (stored, seq);
      CREATE INDEX statements_ref_target ON statements (ref_target) WHERE ref_target IS NOT NULL;
      CREATE INDEX statements_voids_target ON statements (voids_target) WHERE voids_target IS NOT NULL;
      CREATE TABLE statement_keys (
        kind TEXT COLLATE "C" NOT NULL,
        value TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (kind, value, seq)
      );
      CREATE TABLE attachments (
        sha2 TEXT COLLATE "C" PRIMARY KEY,
        content_type TEXT NOT NULL,
        content BYTEA NOT NULL
      );
      CREATE TABLE documents (
        kind TEXT COLLATE "C" NOT NULL,
        activity_id TEXT COLLATE "C" NOT NULL,
        agent TEXT COLLATE "C" NOT NULL,
        registration TEXT COLLATE "C" NOT NULL,
        id TEXT COLLATE "C" NOT NULL,
        content_type TEXT NOT NULL,
        content BYTEA NOT NULL,
        etag TEXT NOT NULL,
        updated TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, activity_id, agent, registration, id)
      );
      CREATE INDEX documents_agent ON documents (agent);
      CREATE TABLE activities (
        id TEXT COLLATE "C" PRIMARY KEY,
        json TEXT NOT NULL
      );
    `,
  },
];
