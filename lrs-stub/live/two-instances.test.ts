/**
 * One session served by two server processes behind one address (here: two apps on two ports
 * sharing the live-session store): a phone on either reaches the facilitator on the other.
 * With SQLite the change crosses by the store's polling; with PostgreSQL (when
 * LRS_TEST_POSTGRES_URL is set) by LISTEN/NOTIFY.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTGRES_TEST_URL, freshSchemaName, withSchema } from '../store/postgres/postgres-test-schema.ts';
import { dropPostgresSchema } from '../store/postgres/postgres-store.ts';
import type { ServerMessage } from './live-protocol.ts';
import { join, liveServer, openSocket, startSession, testAccounts } from './live-server.test-support.ts';
import type { LiveStore } from './store/live-store.ts';
import { openPostgresLiveStore } from './store/postgres-live-store.ts';
import { openSqliteLiveStore } from './store/sqlite-live-store.ts';

const dir = mkdtempSync(joinPath(tmpdir(), 'wm-live-two-'));
const schemas: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const url of schemas) dropPostgresSchema(url);
});

async function playAcross(openStore: () => Promise<LiveStore>) {
  const accountsFile = joinPath(dir, `accounts-${Math.random().toString(36).slice(2)}.sqlite`);
  const a = await liveServer({ store: await openStore(), accounts: await testAccounts(accountsFile) });
  const b = await liveServer({ store: await openStore(), accounts: await testAccounts(accountsFile) });
  const sockets: { close(): void }[] = [];
  try {
    const login = await b.login('lotte');
    const { id, code } = await startSession(b, login);
    const console = await openSocket(b.url, id, { type: 'hello', role: 'facilitator' }, { cookie: login.cookie });
    const ann = await join(a.url, code, 'Ann (on A)');
    const bo = await join(b.url, code, 'Bo (on B)');
    const annPhone = await openSocket(a.url, id, { type: 'hello', role: 'participant', participantId: ann.body.participantId, token: ann.body.token });
    const boPhone = await openSocket(b.url, id, { type: 'hello', role: 'participant', participantId: bo.body.participantId, token: bo.body.token });
    sockets.push(console, annPhone, boPhone);

    expect((await console.request({ type: 'command', command: { type: 'start' } })).ok).toBe(true);
    await annPhone.next((m) => m.type === 'participant-view' && m.view.phase === 'voting', 'the start on A');
    expect((await annPhone.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'tell' } })).ok).toBe(true);
    expect((await boPhone.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } })).ok).toBe(true);
    const both = (await console.next((m) => m.type === 'facilitator-view' && m.view.votes.length === 2, 'both votes on B’s console')) as Extract<ServerMessage, { type: 'facilitator-view' }>;
    expect(both.view.participants.map((p) => p.displayName).sort()).toEqual(['Ann (on A)', 'Bo (on B)']);

    expect((await console.request({ type: 'command', command: { type: 'reveal' } })).ok).toBe(true);
    const onA = (await annPhone.next((m) => m.type === 'participant-view' && m.view.phase === 'revealed', 'the reveal on A')) as Extract<ServerMessage, { type: 'participant-view' }>;
    expect(onA.view.results?.tally.counts).toEqual([
      { key: 'ask', count: 1 },
      { key: 'tell', count: 1 },
    ]);
    expect(onA.view.myVote).toEqual({ kind: 'choice', choiceId: 'tell' });
  } finally {
    for (const socket of sockets) socket.close();
    await a.close();
    await b.close();
  }
}

describe('one live session on two server instances', () => {
  it('SQLite file: votes on instance A reach the console on B, the reveal on B reaches phones on A', async () => {
    const path = joinPath(dir, 'live.sqlite');
    await playAcross(async () => openSqliteLiveStore({ path, pollMs: 20 }));
  });

  it.skipIf(!POSTGRES_TEST_URL)('PostgreSQL (LISTEN/NOTIFY): the same across two instances', async () => {
    const url = withSchema(POSTGRES_TEST_URL!, freshSchemaName());
    schemas.push(url);
    await playAcross(() => openPostgresLiveStore(url));
  });
});
