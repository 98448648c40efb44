/**
 * A listening LRS with live sessions for the route, socket and two-instance tests: the small
 * test module as the catalog, a coordinator who logs in, and sockets that collect what the
 * server sends, with `next(predicate)` to wait for a message rather than for time.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { openAccounts, type Accounts } from '../accounts/accounts.ts';
import { hashPassword } from '../accounts/password-hashing.ts';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import { catalogOf } from './live-catalog.ts';
import { recordLiveChanges } from './live-recording.ts';
import type { LiveHub } from './live-hub.ts';
import { liveModule } from './live-module.test-support.ts';
import { LIVE_API, type Hello, type ServerMessage } from './live-protocol.ts';
import { mountLive, type MountLiveOptions } from './mount-live.ts';
import type { LiveStore } from './store/live-store.ts';
import { openSqliteLiveStore } from './store/sqlite-live-store.ts';

export const PASSWORD = 'correct horse battery';

/** The test module as a one-module course, in English. */
export const liveCatalog = catalogOf({ en: { locale: 'en', baseIri: 'https://example.org/courses/workmentor', version: '1.2.0', modules: [liveModule] } as unknown as CourseData }, { en: { feedback: { minutes: 30, questions: ['What did you notice?'], watchFor: ['Blame'] } } });

export interface LiveServer {
  app: FastifyInstance;
  hub: LiveHub;
  url: string;
  accounts: Accounts;
  login(username: string): Promise<{ cookie: string; csrfToken: string }>;
  close(): Promise<void>;
}

export interface LiveServerOptions {
  store?: LiveStore;
  /** An accounts file shared by instances; default a fresh one in memory with `lotte` and `mira`. */
  accounts?: Accounts;
  afterChange?: MountLiveOptions['afterChange'];
  /** Records the votes as statements in the app's LRS, as `npm run lrs` does. */
  record?: boolean;
}

/** Coordinators in a fresh accounts store: `lotte` runs sessions, `mira` is another coordinator. */
export async function testAccounts(path = ':memory:'): Promise<Accounts> {
  const accounts = openAccounts({ path });
  const hash = await hashPassword(PASSWORD);
  for (const username of ['lotte', 'mira']) if (!accounts.users.get(username)) accounts.users.add({ username, role: 'coordinator', passwordHash: hash });
  return accounts;
}

export async function liveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const accounts = options.accounts ?? (await testAccounts());
  const app = buildApp({ store: openMemoryStore(), credentials: [{ key: TEST_KEY, secret: TEST_SECRET }], accounts });
  const hub = await mountLive(app, {
    store: options.store ?? openSqliteLiveStore({ path: ':memory:' }),
    catalog: liveCatalog,
    accounts,
    publicUrl: 'http://127.0.0.1:9',
    retentionHours: 24,
    ...(options.afterChange ? { afterChange: options.afterChange } : {}),
    ...(options.record ? { afterChange: recordLiveChanges(app, { catalog: liveCatalog, publicUrl: 'http://127.0.0.1:9' }) } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    hub,
    url,
    accounts,
    async login(username) {
      const response = await fetch(`${url}${SESSION_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
      if (response.status !== 200) throw new Error(`login as ${username}: ${response.status}`);
      const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
      return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
    },
    close: () => app.close(),
  };
}

/** Starts a session as `lotte` through the route; returns its id and join code. */
export async function startSession(server: LiveServer, login: { cookie: string; csrfToken: string }, body: object = { moduleId: 'feedback', locale: 'en' }) {
  const response = await fetch(`${server.url}${LIVE_API}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: login.cookie, 'x-csrf-token': login.csrfToken }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`start: ${response.status} ${await response.text()}`);
  const screen = (await response.json()) as { view: { sessionId: string; joinCode: string } };
  return { id: screen.view.sessionId, code: screen.view.joinCode, screen };
}

export async function join(url: string, code: string, displayName: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${LIVE_API}/join`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ code, displayName }) });
  return { status: response.status, body: (await response.json()) as any };
}

export interface TestSocket {
  messages: ServerMessage[];
  /** The first message from now on (or already received and not yet taken) that matches. */
  next<T extends ServerMessage>(predicate: (message: ServerMessage) => message is T, what?: string): Promise<T>;
  next(predicate: (message: ServerMessage) => boolean, what?: string): Promise<ServerMessage>;
  send(message: object): void;
  /** Sends a message with a ref and waits for its result. */
  request(message: object): Promise<Extract<ServerMessage, { type: 'result' }>>;
  closed: Promise<number>;
  close(): void;
  /** Cuts the connection without a close handshake, as a phone losing its network does. */
  drop(): void;
}

let refs = 0;

export function openSocket(baseUrl: string, sessionId: string, hello: Hello, headers: Record<string, string> = {}): Promise<TestSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${LIVE_API}/sessions/${sessionId}/socket`, { headers });
  const messages: ServerMessage[] = [];
  let cursor = 0;
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as ServerMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => {
    resolve(code);
    for (const wake of waiters.splice(0)) wake();
  }));
  const next = async (predicate: (message: ServerMessage) => boolean, what = 'a message') => {
    for (;;) {
      while (cursor < messages.length) {
        const message = messages[cursor++]!;
        if (predicate(message)) return message;
      }
      if (socket.readyState === WebSocket.CLOSED) throw new Error(`socket closed while waiting for ${what}; got ${JSON.stringify(messages.slice(-3))}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(JSON.stringify(hello));
      resolve({
        messages,
        next: next as TestSocket['next'],
        send: (message) => socket.send(JSON.stringify(message)),
        async request(message) {
          const ref = ++refs;
          socket.send(JSON.stringify({ ...message, ref }));
          return (await next((m) => m.type === 'result' && m.ref === ref, `the result of ${JSON.stringify(message)}`)) as Extract<ServerMessage, { type: 'result' }>;
        },
        closed,
        close: () => socket.close(),
        drop: () => socket.terminate(),
      });
    });
  });
}

export const isView = (type: 'participant-view' | 'facilitator-view' | 'room-view') => (message: ServerMessage) => message.type === type;
