import { describe, expect, it } from 'vitest';
import { JOIN_URL, requestJoin } from './join-request.ts';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const error = (code: string) => ({ error: { code, message: code } });
const body = { code: 'KMP-7RX', displayName: 'Ann' };

describe('requestJoin', () => {
  it('posts the code and name as JSON and returns the participant', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const joined = { sessionId: 's-1', participantId: 'p-1', token: 't' };
    const outcome = await requestJoin(async (url, init) => {
      seen = { url: String(url), init: init! };
      return new Response(JSON.stringify(joined), { status: 200 });
    }, body);
    expect(outcome).toEqual({ ok: true, joined });
    expect(seen!.url).toBe(JOIN_URL);
    expect(seen!.init.method).toBe('POST');
    expect(JSON.parse(String(seen!.init.body))).toEqual(body);
  });

  it('says what each refusal means for the person holding the phone', async () => {
    expect(await requestJoin(answer(404, error('no-session')), body)).toEqual({ ok: false, problem: { kind: 'no-session' } });
    expect(await requestJoin(answer(409, error('session-full')), body)).toEqual({ ok: false, problem: { kind: 'full' } });
    expect(await requestJoin(answer(409, error('session-finished')), body)).toEqual({ ok: false, problem: { kind: 'finished' } });
    expect(await requestJoin(answer(400, error('invalid-command')), body)).toEqual({ ok: false, problem: { kind: 'bad-name' } });
    expect(await requestJoin(answer(503, '<html>down</html>'), body)).toEqual({ ok: false, problem: { kind: 'unreachable' } });
    expect(await requestJoin(answer(200, { sessionId: 's-1' }), body), 'an answer that breaks the contract').toEqual({ ok: false, problem: { kind: 'unreachable' } });
    expect(await requestJoin(async () => Promise.reject(new TypeError('Failed to fetch')), body)).toEqual({ ok: false, problem: { kind: 'unreachable' } });
  });

  it('reads how long to wait from Retry-After, in seconds or as a date, else a minute', async () => {
    expect(await requestJoin(answer(429, error('throttled'), { 'retry-after': '12' }), body)).toEqual({ ok: false, problem: { kind: 'throttled', seconds: 12 } });
    const inAMinute = new Date(Date.now() + 90_000).toUTCString();
    const dated = await requestJoin(answer(429, error('throttled'), { 'retry-after': inAMinute }), body);
    expect(dated.ok === false && dated.problem.kind === 'throttled' && dated.problem.seconds).toBeGreaterThan(80);
    expect(await requestJoin(answer(429, error('throttled')), body)).toEqual({ ok: false, problem: { kind: 'throttled', seconds: 60 } });
  });
});
