/**
 * A session's votes in the LRS and its export, end to end through a listening server: phones
 * vote over sockets, the facilitator reveals, and the statements are there to read with the
 * xAPI API under the session's registration; the CSV and the printable summary come from the
 * routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, TEST_SECRET } from '../testing/test-lrs.ts';
import { LIVE_API } from './live-protocol.ts';
import { join, liveServer, type LiveServer, openSocket, startSession, type TestSocket } from './live-server.test-support.ts';

let server: LiveServer;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  server = await liveServer({ record: true });
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
});

const basic = `Basic ${Buffer.from(`${TEST_KEY}:${TEST_SECRET}`).toString('base64')}`;
const statementsOf = async (registration: string) => {
  await server.hub.recorded();
  const response = await fetch(`${server.url}/xapi/statements?registration=${registration}&ascending=true`, { headers: { authorization: basic, 'x-experience-api-version': '1.0.3' } });
  return ((await response.json()) as { statements: any[] }).statements;
};

describe('a live session recorded', () => {
  it('writes each revealed vote and each wall entry as a statement under the session’s registration, and exports the session', async () => {
    const login = await server.login('lotte');
    const { id, code } = await startSession(server, login, { moduleId: 'feedback', locale: 'en', recordAs: 'named' });
    const console = await openSocket(server.url, id, { type: 'hello', role: 'facilitator' }, { cookie: login.cookie });
    sockets.push(console);
    const phones: TestSocket[] = [];
    for (const name of ['Ann', '=HYPERLINK("x")']) {
      const joined = await join(server.url, code, name);
      const phone = await openSocket(server.url, id, { type: 'hello', role: 'participant', participantId: joined.body.participantId, token: joined.body.token });
      sockets.push(phone);
      phones.push(phone);
    }
    await console.request({ type: 'command', command: { type: 'start' } });
    await phones[0]!.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } });
    await phones[1]!.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'tell' } });
    expect(await statementsOf(id)).toEqual([]);
    await console.request({ type: 'command', command: { type: 'reveal' } });

    const votes = await statementsOf(id);
    expect(votes).toHaveLength(2);
    expect(votes.map((s) => s.actor.name).sort()).toEqual(['=HYPERLINK("x")', 'Ann']);
    expect(votes[0]).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: { id: expect.stringMatching(/^https:\/\/example\.org\/courses\/workmentor\/.*late-again.*start/) },
      context: { registration: id, instructor: { account: { name: 'lotte' } }, team: { objectType: 'Group' } },
      authority: { account: { name: 'live-sessions' } },
    });

    await console.request({ type: 'command', command: { type: 'follow' } });
    const csv = await (await fetch(`${server.url}${LIVE_API}/sessions/${id}/export.csv`, { headers: { cookie: login.cookie } })).text();
    expect(csv.split('\n').filter((line) => line.startsWith('vote')).length).toBe(2);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const summary = await fetch(`${server.url}${LIVE_API}/sessions/${id}/summary`, { headers: { cookie: login.cookie } });
    expect(summary.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await summary.text();
    expect(html).toContain('What happened?');
    expect(html).not.toContain('HYPERLINK');
  });
});
