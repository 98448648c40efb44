import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.ts';
import { kindOfStatus, retryAfterSeconds } from './api-error.ts';
import { z } from 'zod';

describe('ApiError', () => {
  it('names each status by what the interface does about it', () => {
    expect([401, 403, 404, 400, 409, 429, 500, 503].map(kindOfStatus)).toEqual(['unauthorized', 'forbidden', 'not-found', 'invalid', 'invalid', 'throttled', 'server', 'server']);
  });

  it('reads the wait of a 429 from Retry-After, as seconds or a date, else from the message', () => {
    expect(retryAfterSeconds('30', undefined)).toBe(30);
    expect(retryAfterSeconds('Wed, 01 Jan 2031 00:01:00 GMT', undefined, Date.parse('2031-01-01T00:00:00Z'))).toBe(60);
    expect(retryAfterSeconds(null, 'login: too many failed attempts; try again in 12 s')).toBe(12);
    expect(retryAfterSeconds(null, 'nothing')).toBe(undefined);
  });
});

describe('ApiClient', () => {
  const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

  it('parses an answer with the contract’s schema and refuses one that does not match', async () => {
    const schema = z.object({ n: z.number() });
    await expect(new ApiClient({ fetch: answer({ n: 1 }) }).get('/x', schema)).resolves.toEqual({ n: 1 });
    await expect(new ApiClient({ fetch: answer({ n: 'one' }) }).get('/x', schema)).rejects.toMatchObject({ kind: 'unexpected', serverMessage: expect.stringContaining('n:') });
  });

  it('keeps the request id of a 500 and the server’s message of a 400', async () => {
    await expect(new ApiClient({ fetch: answer({ status: 500, message: 'x', requestId: 'abc' }, 500) }).get('/x', z.unknown())).rejects.toMatchObject({ kind: 'server', requestId: 'abc' });
    await expect(new ApiClient({ fetch: answer({ status: 400, message: 'from: a date is YYYY-MM-DD' }, 400) }).get('/x', z.unknown())).rejects.toMatchObject({ kind: 'invalid', serverMessage: 'from: a date is YYYY-MM-DD' });
  });

  it('sends the CSRF token, and only with POST and DELETE', async () => {
    const seen: RequestInit[] = [];
    const client = new ApiClient({ csrfToken: 't0k', fetch: async (_url, init) => (seen.push(init!), new Response(null, { status: 204 })) });
    await client.send('DELETE', '/x', { json: { confirm: 'a' } });
    await client.get('/y', z.unknown()).catch(() => undefined);
    expect((seen[0]!.headers as Record<string, string>)['x-csrf-token']).toBe('t0k');
    expect(seen[0]!.body).toBe('{"confirm":"a"}');
    expect((seen[1]!.headers as Record<string, string>)['x-csrf-token']).toBe(undefined);
    expect(seen.every((init) => init.credentials === 'same-origin')).toBe(true);
  });

  it('turns a failed fetch into a network error and lets an abort through', async () => {
    await expect(new ApiClient({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) }).get('/x', z.unknown())).rejects.toMatchObject({ kind: 'network' });
    await expect(new ApiClient({ fetch: async () => Promise.reject(new DOMException('aborted', 'AbortError')) }).get('/x', z.unknown())).rejects.toMatchObject({ name: 'AbortError' });
  });
});
