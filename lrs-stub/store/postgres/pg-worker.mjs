/**
 * The PostgreSQL store's worker thread. The store port is synchronous (store.ts says why) and
 * pg is asynchronous, so the main thread calls in here through synckit, which blocks it with
 * Atomics.wait until the answer comes; this thread's own event loop does the network work.
 *
 * synckit starts one worker per worker file in a process, so this one thread serves every
 * PostgreSQL store the process opens: each gets a handle and a connection of its own
 * (pg-session.mjs). The operations are the port's (insert a batch, query, put a document...),
 * never single SQL statements, so every store method costs the main thread one blocking call.
 *
 * Requests (postgres-connection.ts builds them):
 *   { op: 'open', target, migrations }          -> { handle, migrated, lastStored }
 *   { op: 'close', handle }
 *   { op: 'dropSchema', target }                (tests' throw-away schemas)
 *   { op: <operation>, handle, control, args }  -> the operation's result
 *   { op: 'control', handle, control }          (transaction control only: COMMIT, ROLLBACK)
 */
import { runAsWorker } from 'synckit';
import { documentOperations } from './pg-documents.mjs';
import { migrate } from './pg-migrate.mjs';
import { PgSession, quoteIdent } from './pg-session.mjs';
import { statementOperations } from './pg-statements.mjs';

const OPERATIONS = { ...statementOperations, ...documentOperations, control: undefined };
const sessions = new Map();
let nextHandle = 0;

async function open({ target, migrations }) {
  const session = new PgSession(target);
  const client = await session.connect();
  try {
    const migrated = await migrate(client, target.schema, migrations);
    const lastStored = await statementOperations.lastStored.run(client);
    nextHandle += 1;
    sessions.set(nextHandle, session);
    return { handle: nextHandle, migrated, lastStored };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function dropSchema({ target }) {
  const session = new PgSession(target);
  const client = await session.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(target.schema)} CASCADE`);
  } finally {
    await session.close();
  }
}

runAsWorker(async (request) => {
  switch (request.op) {
    case 'open':
      return open(request);
    case 'dropSchema':
      return dropSchema(request);
    case 'close': {
      const session = sessions.get(request.handle);
      sessions.delete(request.handle);
      await session?.close();
      return undefined;
    }
    default: {
      const session = sessions.get(request.handle);
      if (!session) throw new Error(`PostgreSQL store: ${request.op} on a store that is closed`);
      if (!(request.op in OPERATIONS)) throw new Error(`PostgreSQL store: no operation named ${request.op}`);
      return session.run(request.control ?? [], OPERATIONS[request.op], request.args);
    }
  }
});
