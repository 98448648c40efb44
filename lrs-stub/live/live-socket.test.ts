/**
 * A live session over real sockets on a listening server: a facilitator and phones, as the
 * screens use them. What each screen is sent is the point: phones see no count before the
 * reveal, a reconnect is the same participant with the same vote, a late joiner lands where the
 * room is, and only the coordinator who runs the session gets the console.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from './live-protocol.ts';
import { isView, join, liveServer, type LiveServer, openSocket, startSession, type TestSocket } from './live-server.test-support.ts';

type View<T extends string> = Extract<ServerMessage, { type: T }>;
const facilitatorViewWhere = (check: (view: View<'facilitator-view'>['view']) => boolean) => (message: ServerMessage): message is View<'facilitator-view'> => message.type === 'facilitator-view' && check(message.view);
const phoneViewWhere = (check: (view: View<'participant-view'>['view']) => boolean) => (message: ServerMessage): message is View<'participant-view'> => message.type === 'participant-view' && check(message.view);

let server: LiveServer;
const sockets: TestSocket[] = [];
beforeEach(async () => {
  server = await liveServer();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
});

async function room(names: string[]) {
  const login = await server.login('lotte');
  const { id, code } = await startSession(server, login);
  const console = await openSocket(server.url, id, { type: 'hello', role: 'facilitator' }, { cookie: login.cookie });
  sockets.push(console);
  const phones: Record<string, { socket: TestSocket; participantId: string; token: string }> = {};
  for (const name of names) {
    const joined = await join(server.url, code, name);
    expect(joined.status).toBe(200);
    const socket = await openSocket(server.url, id, { type: 'hello', role: 'participant', participantId: joined.body.participantId, token: joined.body.token });
    sockets.push(socket);
    phones[name] = { socket, participantId: joined.body.participantId, token: joined.body.token };
  }
  return { id, code, login, console, phones };
}

describe('a live session over sockets', () => {
  it('plays a decision: votes reach the console live, phones see counts only after the reveal', async () => {
    const { console, phones } = await room(['Ann', 'Bo', 'Cy']);
    await console.next(facilitatorViewWhere((view) => view.participants.length === 3), 'three participants on the console');
    expect((await console.request({ type: 'command', command: { type: 'start' } })).ok).toBe(true);
    const voting = await phones.Ann!.socket.next(phoneViewWhere((view) => view.phase === 'voting'), 'the first decision on Ann’s phone');
    expect(voting.view.content).toMatchObject({ kind: 'dialogue', nodeId: 'start', choices: [{ id: 'ask' }, { id: 'tell' }] });

    expect((await phones.Ann!.socket.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } })).ok).toBe(true);
    expect((await phones.Bo!.socket.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } })).ok).toBe(true);
    const live = await console.next(facilitatorViewWhere((view) => view.votes.length === 2), 'two votes on the console');
    expect(live.view.live?.counts).toEqual([
      { key: 'ask', count: 2 },
      { key: 'tell', count: 0 },
    ]);
    // Cy's phone was sent nothing about the others' votes.
    expect(phones.Cy!.socket.messages.filter(isView('participant-view')).every((message) => !('results' in (message as View<'participant-view'>).view))).toBe(true);

    expect((await console.request({ type: 'command', command: { type: 'reveal' } })).ok).toBe(true);
    const revealed = await phones.Cy!.socket.next(phoneViewWhere((view) => view.phase === 'revealed'), 'the results on Cy’s phone');
    expect(revealed.view.results?.tally.counts).toEqual([
      { key: 'ask', count: 2 },
      { key: 'tell', count: 0 },
    ]);
    expect(revealed.view.myVote).toBeUndefined();
    const late = await phones.Cy!.socket.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'tell' } });
    expect(late).toMatchObject({ ok: false, error: { code: 'not-voting' } });
  });

  it('brings a phone that lost its connection back as the same participant, vote kept, never counted twice', async () => {
    const { id, console, phones } = await room(['Ann', 'Bo']);
    await console.request({ type: 'command', command: { type: 'start' } });
    await phones.Ann!.socket.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'tell' } });
    phones.Ann!.socket.drop();
    const back = await openSocket(server.url, id, { type: 'hello', role: 'participant', participantId: phones.Ann!.participantId, token: phones.Ann!.token });
    sockets.push(back);
    const view = await back.next(phoneViewWhere((v) => v.phase === 'voting'), 'Ann’s view after reconnecting');
    expect(view.view.myVote).toEqual({ kind: 'choice', choiceId: 'tell' });
    await back.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } });
    const counted = await console.next(facilitatorViewWhere((v) => v.live?.counts.find((c) => c.key === 'ask')?.count === 1), 'the changed vote');
    expect(counted.view.participants).toHaveLength(2);
    expect(counted.view.live?.voters).toBe(1);
  });

  it('refuses a phone with a wrong token, and lands a late joiner at the current step', async () => {
    const { id, code, console, phones } = await room(['Ann']);
    const stranger = await openSocket(server.url, id, { type: 'hello', role: 'participant', participantId: phones.Ann!.participantId, token: 'guessed' });
    expect(await stranger.next((m) => m.type === 'refused', 'a refusal')).toMatchObject({ code: 'rejoin-refused' });
    expect(await stranger.closed).toBe(4002);

    await console.request({ type: 'command', command: { type: 'start' } });
    await phones.Ann!.socket.request({ type: 'vote', answer: { kind: 'choice', choiceId: 'ask' } });
    await console.request({ type: 'command', command: { type: 'reveal' } });
    await console.request({ type: 'command', command: { type: 'follow' } });
    const joined = await join(server.url, code, 'Late Lou');
    const late = await openSocket(server.url, id, { type: 'hello', role: 'participant', participantId: joined.body.participantId, token: joined.body.token });
    sockets.push(late);
    const view = await late.next(isView('participant-view'), 'the late joiner’s first view');
    expect(view).toMatchObject({ view: { phase: 'voting', content: { kind: 'dialogue', nodeId: 'listen', followed: { id: 'ask' } } } });
  });

  it('gives the console and the projector only to the coordinator who runs the session, from this site', async () => {
    const { id, login } = await room([]);
    const anonymous = await openSocket(server.url, id, { type: 'hello', role: 'facilitator' });
    expect(await anonymous.next((m) => m.type === 'refused')).toMatchObject({ code: 'not-allowed' });
    const mira = await server.login('mira');
    const other = await openSocket(server.url, id, { type: 'hello', role: 'room' }, { cookie: mira.cookie });
    expect(await other.next((m) => m.type === 'refused')).toMatchObject({ code: 'not-allowed' });
    const crossSite = await openSocket(server.url, id, { type: 'hello', role: 'facilitator' }, { cookie: login.cookie, origin: 'https://evil.example' });
    expect(await crossSite.next((m) => m.type === 'refused')).toMatchObject({ code: 'not-allowed', message: expect.stringMatching(/evil\.example/) });
    const projector = await openSocket(server.url, id, { type: 'hello', role: 'room' }, { cookie: login.cookie });
    sockets.push(projector);
    const view = await projector.next(isView('room-view'), 'the projector view');
    expect(view).toMatchObject({ view: { joinCode: expect.stringMatching(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/), voted: 0 } });
    expect(JSON.stringify(view)).not.toMatch(/tokenHash|quality|feedback/);
    expect(await projector.request({ type: 'command', command: { type: 'start' } })).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
  });

  it('refuses a socket that says nothing sensible first, and a facilitator command a phone sends', async () => {
    const { id, phones } = await room(['Ann']);
    const junk = await openSocket(server.url, id, { type: 'hello', role: 'nobody' } as never);
    expect(await junk.next((m) => m.type === 'refused')).toMatchObject({ code: 'bad-hello' });
    const result = await phones.Ann!.socket.request({ type: 'command', command: { type: 'reveal' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-command' } });
  });
});
