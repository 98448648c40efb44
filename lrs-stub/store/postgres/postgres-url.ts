/**
 * LRS_DB as a PostgreSQL URL: `postgres://user:password@host:port/database?schema=lrs`.
 * `schema` is ours (default `public`): several LRSs, or a test file's throw-away store, can
 * share one database. Every other parameter (sslmode, ...) goes to pg as it is. What this
 * gives back for messages names the server, database and user, never the password.
 */

export interface PostgresTarget {
  /** The URL pg connects with (our `schema` parameter taken out). */
  connectionString: string;
  schema: string;
  /** `host:port/database as user`, for messages. */
  where: string;
  /** Only so error messages can be scrubbed of it; never printed. */
  password: string;
}

/** True when LRS_DB names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function parsePostgresUrl(value: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The URL may hold a password: say what is wrong without echoing it.
    throw new Error('LRS_DB is not a valid PostgreSQL URL; write it as postgres://user:password@host:5432/database (percent-encode special characters in the password)');
  }
  if (!isPostgresUrl(value)) throw new Error(`LRS_DB: ${url.protocol}// is not a PostgreSQL URL; write it as postgres://user:password@host:5432/database`);
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!PLAIN_NAME.test(schema)) {
    throw new Error(`LRS_DB: schema "${schema}" is not a plain PostgreSQL name; use letters, digits and _ (up to 63, not starting with a digit)`);
  }
  url.searchParams.delete('schema');
  const user = decodeURIComponent(url.username) || process.env.PGUSER || process.env.USER || 'postgres';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user;
  const where = `${url.hostname || 'localhost'}:${url.port || '5432'}/${database} as ${user}`;
  return { connectionString: url.toString(), schema, where, password: decodeURIComponent(url.password) };
}

/** LRS_DB for a log line: the URL with the password replaced by ***. */
export function redactPostgresUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
