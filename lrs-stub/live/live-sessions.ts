/**
 * Live sessions as `npm run lrs` runs them: the session store beside the LRS's (the PostgreSQL
 * database when the LRS uses one, so instances on several machines share sessions; otherwise
 * `lrs-live.sqlite` beside the store file), the authored course as the catalog, and the votes
 * recorded as xAPI statements in this LRS. A course that does not load turns live sessions
 * off with the loader's message; the LRS itself still starts.
 */
import type { FastifyInstance } from 'fastify';
import type { Accounts } from '../accounts/accounts.ts';
import { loadLiveCatalog } from './live-catalog.ts';
import type { LiveHub } from './live-hub.ts';
import { recordLiveChanges } from './live-recording.ts';
import { mountLive } from './mount-live.ts';
import { openPostgresLiveStore } from './store/postgres-live-store.ts';
import { livePathFor, openSqliteLiveStore } from './store/sqlite-live-store.ts';

export interface LiveSessionsOptions {
  /** LRS_DB: a SQLite file, :memory:, or a PostgreSQL URL. */
  db: string;
  postgres: boolean;
  /** The path the sidecar files are named after. */
  sidecar: string;
  accounts: Accounts;
  publicUrl: string;
  retentionHours: number;
  courseVersion?: string;
  contentDir?: string;
}

export async function mountLiveSessions(app: FastifyInstance, options: LiveSessionsOptions): Promise<LiveHub | undefined> {
  let catalog;
  try {
    catalog = await loadLiveCatalog(options.contentDir);
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
  const store = options.postgres ? await openPostgresLiveStore(options.db) : openSqliteLiveStore({ path: livePathFor(options.sidecar) });
  const afterChange = recordLiveChanges(app, { catalog, publicUrl: options.publicUrl, ...(options.courseVersion ? { courseVersion: options.courseVersion } : {}) });
  return mountLive(app, { store, catalog, accounts: options.accounts, publicUrl: options.publicUrl, retentionHours: options.retentionHours, afterChange });
}
