/**
 * Live group sessions on an LRS app in one call: the WebSocket plugin, the hub that runs the
 * sessions in this process, the HTTP routes and the socket, the sessions' votes recorded as
 * xAPI statements through the LRS's own writer, and the deletion of old sessions.
 *
 * Call after buildApp() and before the app listens. The store decides how far the sessions
 * reach: SQLite in one process or several on one machine, PostgreSQL across machines.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { Accounts } from '../accounts/accounts.ts';
import { type Change, LiveHub } from './live-hub.ts';
import type { LiveCatalog } from './live-catalog.ts';
import { mountLiveRoutes } from './live-routes.ts';
import { MAX_MESSAGE_BYTES, mountLiveSocket } from './live-socket.ts';
import type { LiveStore } from './store/live-store.ts';

export interface MountLiveOptions {
  store: LiveStore;
  catalog: LiveCatalog;
  accounts: Accounts;
  /** Where phones reach this server (the join URL, the QR code, the statements' account pages). */
  publicUrl: string;
  retentionHours: number;
  /** Records a change (the xAPI statements); see live-recording.ts. */
  afterChange?: (change: Change) => Promise<void> | void;
  now?: () => string;
  newId?: () => string;
}

/** How often old sessions are looked for; they go within this long after their time is up. */
const SWEEP_MS = 60 * 60 * 1000;

export async function mountLive(app: FastifyInstance, options: MountLiveOptions): Promise<LiveHub> {
  await app.register(websocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  const hub = new LiveHub({
    store: options.store,
    catalog: options.catalog,
    ...(options.afterChange ? { afterChange: options.afterChange } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.newId ? { newId: options.newId } : {}),
  });
  const retentionMs = options.retentionHours * 3_600_000;
  mountLiveRoutes(app, { hub, accounts: options.accounts, publicUrl: options.publicUrl, retentionMs });
  mountLiveSocket(app, { hub, accounts: options.accounts });

  const sweep = () =>
    options.store.deleteChangedBefore(new Date(Date.now() - retentionMs).toISOString()).catch((error: unknown) => {
      console.error(`live sessions: deleting sessions older than ${options.retentionHours} h failed: ${(error as Error).message}`);
      return 0;
    });
  await sweep();
  const timer = setInterval(() => void sweep(), SWEEP_MS);
  timer.unref();
  // Before the LRS's own store closes (its onClose hook), the last votes reach it.
  app.addHook('preClose', async () => {
    await hub.recorded();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    hub.close();
    await options.store.close();
  });
  return hub;
}
