/**
 * WAL checkpoints on a worker thread. SQLite copies the WAL back into the database file
 * (a checkpoint, with an fsync before and after) by itself whenever a commit leaves the WAL
 * over 1,000 pages, and it does so inside that commit: on the event loop. A 20,000-statement
 * batch made that one commit hold every client for 130-250 ms, and in steady ingest it happened
 * every 4 MB of statements. So the store turns automatic checkpoints off, and a second
 * connection on a worker thread checkpoints every CHECKPOINT_EVERY_MS instead (PASSIVE: it
 * never waits for, or blocks, the writer). Durability does not depend on checkpoints: a commit
 * is durable once the WAL is fsynced, and the WAL is replayed after a crash.
 *
 * The worker's source is inline (eval) and CommonJS, so it runs the same under tsx, vitest
 * and plain node. If it cannot start, automatic checkpoints come back on: slower, never lost.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const CHECKPOINT_EVERY_MS = 1_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // SQLITE_BUSY and the like: the next round tries again.
  }
}, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  close(): void;
}

export function startWalCheckpointer(db: Database.Database, path: string): WalCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, everyMs: CHECKPOINT_EVERY_MS } });
  // The checkpointer must never keep the process alive on its own.
  worker.unref();
  let closed = false;
  worker.on('error', (error) => {
    if (closed || !db.open) return;
    db.pragma('wal_autocheckpoint = 1000');
    process.stderr.write(`lrs-stub: the WAL checkpoint worker stopped (${error.message}); checkpointing on the main thread again\n`);
  });
  return {
    close() {
      closed = true;
      // Its connection may close after the store's: whichever SQLite connection closes last
      // checkpoints and removes the WAL.
      worker.postMessage('close');
    },
  };
}
