/**
 * The live sessions' HTTP routes as the screens call them: starting a session, the catalog,
 * the QR code, and joining with a code, including the refusals a phone meets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_API } from './live-protocol.ts';
import { join, liveServer, type LiveServer, startSession } from './live-server.test-support.ts';

let server: LiveServer;
let lotte: { cookie: string; csrfToken: string };
beforeAll(async () => {
  server = await liveServer();
  lotte = await server.login('lotte');
});
afterAll(() => server.close());

const get = (path: string, cookie?: string) => fetch(`${server.url}${LIVE_API}${path}`, { headers: cookie ? { cookie } : {} });

describe('live session routes', () => {
  it('offers a coordinator the modules a room can run, by language, and nothing to anyone else', async () => {
    expect((await get('/catalog')).status).toBe(401);
    const catalog = await (await get('/catalog', lotte.cookie)).json();
    expect(catalog).toEqual({ locales: ['en'], modules: [{ id: 'feedback', byLocale: { en: { title: 'Feedback', steps: 5 } } }] });
  });

  it('starts a session with a readable code, a join URL, the notes and when it will be deleted', async () => {
    const { id, screen } = await startSession(server, lotte, { moduleId: 'feedback', locale: 'en', recordAs: 'named' });
    expect(screen).toMatchObject({
      view: { phase: 'waiting', participants: [], facilitator: 'lotte' },
      moduleTitle: 'Feedback',
      notes: { questions: ['What did you notice?'] },
      joinUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/live\?code=[34679ACDEFHJKMNPRTWXY]{6}$/),
    });
    const deleteAfter = Date.parse((screen as unknown as { deleteAfter: string }).deleteAfter) - Date.parse((screen as unknown as { view: { updatedAt: string } }).view.updatedAt);
    expect(deleteAfter).toBe(24 * 3_600_000);
    const listed = await (await get('/sessions', lotte.cookie)).json();
    expect(listed.sessions.map((s: { id: string }) => s.id)).toContain(id);
    const qr = await get(`/sessions/${id}/qr.svg`, lotte.cookie);
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg[^>]*viewBox/);
  });

  it('refuses a start without the CSRF token, for an unknown module, and with a bad body, saying what to send', async () => {
    const post = (body: string, headers: Record<string, string>) => fetch(`${server.url}${LIVE_API}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: lotte.cookie, ...headers }, body });
    expect((await post('{"moduleId":"feedback","locale":"en"}', {})).status).toBe(403);
    const unknown = await post('{"moduleId":"nope","locale":"en"}', { 'x-csrf-token': lotte.csrfToken });
    expect(unknown.status).toBe(404);
    const bad = await post('{"moduleId":"feedback","locale":"en","recordAs":"loud"}', { 'x-csrf-token': lotte.csrfToken });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/new live session: recordAs: /);
  });

  it('shows another coordinator’s session as one that does not exist', async () => {
    const { id } = await startSession(server, lotte);
    const mira = await server.login('mira');
    expect((await get(`/sessions/${id}`, mira.cookie)).status).toBe(404);
    expect((await get(`/sessions/${id}/qr.svg`, mira.cookie)).status).toBe(404);
    expect((await get(`/sessions/${id}`, lotte.cookie)).status).toBe(200);
  });

  it('lets a phone join with the code as typed, and refuses an empty or controlling name', async () => {
    const { code } = await startSession(server, lotte);
    const typed = ` ${code.toLowerCase().replace('-', ' – ')} `;
    const joined = await join(server.url, typed, '<img src=x onerror=alert(1)>');
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual({ sessionId: expect.any(String), participantId: expect.any(String), token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect((await join(server.url, code, '   ')).status).toBe(400);
    expect((await join(server.url, code, 'Sam\u202E')).body.message).toMatch(/control characters/);
    const crossSite = await join(server.url, code, 'Eve', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });

  it('answers wrong codes with 404, and after ten from one address with 429 and when to try again', async () => {
    const fresh = await liveServer();
    try {
      for (let i = 0; i < 10; i += 1) {
        const wrong = await join(fresh.url, 'AAA-AAA', 'Guesser');
        expect(wrong).toMatchObject({ status: 404, body: { code: 'no-session', message: expect.stringMatching(/check the code on the screen/) } });
      }
      const blocked = await fetch(`${fresh.url}${LIVE_API}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":"AAA-AAA","displayName":"Guesser"}' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });
});
