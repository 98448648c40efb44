/**
 * State, Activity Profile and Agent Profile documents through the app: ETags, the
 * If-Match / If-None-Match rules (412, 409), JSON merge on POST, id lists and deletes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testLrs, type TestLrs } from '../testing/test-lrs.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs({ sqlite: true });
});
afterEach(async () => {
  await lrs.close();
});

const agent = encodeURIComponent(JSON.stringify({ objectType: 'Agent', mbox: 'mailto:ana@example.com' }));
const activity = encodeURIComponent('http://example.com/activities/1');
const stateUrl = (stateId?: string, extra = '') => `/xapi/activities/state?activityId=${activity}&agent=${agent}${stateId ? `&stateId=${stateId}` : ''}${extra}`;
const profileUrl = (profileId?: string) => `/xapi/activities/profile?activityId=${activity}${profileId ? `&profileId=${profileId}` : ''}`;
const agentProfileUrl = (profileId?: string) => `/xapi/agents/profile?agent=${agent}${profileId ? `&profileId=${profileId}` : ''}`;
const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
/** A PUT that creates a document the way every profile client must: with If-None-Match: *. */
const create = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'content-type': 'application/json', 'if-none-match': '*' } });

describe('State resource', () => {
  it('stores a document with PUT and returns it with its content type, ETag and Last-Modified', async () => {
    const put = await lrs.request('PUT', stateUrl('bookmark'), { body: 'page-3', headers: { 'content-type': 'text/plain' } });
    expect(put.status).toBe(204);
    const got = await lrs.request('GET', stateUrl('bookmark'));
    expect(got.status).toBe(200);
    expect(got.body).toBe('page-3');
    expect(got.headers['content-type']).toBe('text/plain');
    expect(got.headers.etag).toBe(put.headers.etag);
    expect(got.headers['last-modified']).toBeDefined();
  });

  it('overwrites with a plain PUT in 1.0.3, which has no State concurrency', async () => {
    await lrs.request('PUT', stateUrl('s'), json({ v: 1 }));
    expect((await lrs.request('PUT', stateUrl('s'), json({ v: 2 }))).status).toBe(204);
    expect((await lrs.request('GET', stateUrl('s'))).json()).toEqual({ v: 2 });
  });

  it('answers 409 to a PUT without If-Match or If-None-Match on an existing State in 2.0.0', async () => {
    await lrs.request('PUT', stateUrl('s'), { ...json({ v: 1 }), version: '2.0.0' });
    const response = await lrs.request('PUT', stateUrl('s'), { ...json({ v: 2 }), version: '2.0.0' });
    expect(response.status).toBe(409);
    expect(response.json().message).toContain('If-Match');
    expect((await lrs.request('GET', stateUrl('s'), { version: '2.0.0' })).json()).toEqual({ v: 1 });
  });

  it('answers 404 for a missing document', async () => {
    expect((await lrs.request('GET', stateUrl('nothing'))).status).toBe(404);
  });

  it('keeps documents of different registrations apart', async () => {
    const registration = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
    await lrs.request('PUT', stateUrl('s', `&registration=${registration}`), { body: 'with', headers: { 'content-type': 'text/plain' } });
    expect((await lrs.request('GET', stateUrl('s'))).status).toBe(404);
    expect((await lrs.request('GET', stateUrl('s', `&registration=${registration}`))).body).toBe('with');
  });

  it('merges JSON objects on POST (top-level properties)', async () => {
    await lrs.request('POST', stateUrl('progress'), json({ a: 1, b: { x: 1 } }));
    await lrs.request('POST', stateUrl('progress'), json({ b: { y: 2 }, c: 3 }));
    expect((await lrs.request('GET', stateUrl('progress'))).json()).toEqual({ a: 1, b: { y: 2 }, c: 3 });
  });

  it('refuses a POST merge when either document is not JSON', async () => {
    await lrs.request('PUT', stateUrl('text'), { body: 'plain', headers: { 'content-type': 'text/plain' } });
    const response = await lrs.request('POST', stateUrl('text'), json({ a: 1 }));
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('use PUT to replace');
  });

  it('refuses a POST of invalid JSON with application/json', async () => {
    const response = await lrs.request('POST', stateUrl('broken'), { body: '{"a":', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
  });

  it('lists the stateIds of a scope, filtered by since', async () => {
    await lrs.request('PUT', stateUrl('one'), json({}));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const mark = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await lrs.request('PUT', stateUrl('two'), json({}));
    expect((await lrs.request('GET', stateUrl())).json()).toEqual(['one', 'two']);
    expect((await lrs.request('GET', stateUrl(undefined, `&since=${encodeURIComponent(mark)}`))).json()).toEqual(['two']);
  });

  it('deletes every document of the scope on DELETE without stateId', async () => {
    await lrs.request('PUT', stateUrl('one'), json({}));
    await lrs.request('PUT', stateUrl('two'), json({}));
    expect((await lrs.request('DELETE', stateUrl())).status).toBe(204);
    expect((await lrs.request('GET', stateUrl())).json()).toEqual([]);
  });

  it('requires activityId and agent, naming the missing parameter', async () => {
    const response = await lrs.request('GET', `/xapi/activities/state?agent=${agent}&stateId=x`);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('query parameter activityId: is required');
  });

  it('refuses an agent parameter that is not a valid Agent', async () => {
    const response = await lrs.request('GET', `/xapi/activities/state?activityId=${activity}&agent=${encodeURIComponent('{"mbox":"ana"}')}&stateId=x`);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('agent.mbox');
  });

  it('refuses a registration that is not a UUID', async () => {
    expect((await lrs.request('GET', stateUrl('x', '&registration=abc'))).status).toBe(400);
  });
});

describe('Activity Profile and Agent Profile concurrency', () => {
  for (const [name, url] of [
    ['Activity Profile', profileUrl],
    ['Agent Profile', agentProfileUrl],
  ] as const) {
    describe(name, () => {
      it('creates with PUT and If-None-Match: *, then refuses a second create with 412', async () => {
        expect((await lrs.request('PUT', url('p'), { ...json({ v: 1 }), headers: { 'content-type': 'application/json', 'if-none-match': '*' } })).status).toBe(204);
        expect((await lrs.request('PUT', url('p'), { ...json({ v: 2 }), headers: { 'content-type': 'application/json', 'if-none-match': '*' } })).status).toBe(412);
      });

      it('answers 409 to a PUT without If-Match or If-None-Match on an existing document', async () => {
        await lrs.request('PUT', url('p'), create({ v: 1 }));
        const response = await lrs.request('PUT', url('p'), json({ v: 2 }));
        expect(response.status).toBe(409);
        expect((await lrs.request('GET', url('p'))).json()).toEqual({ v: 1 });
      });

      it('replaces with a matching If-Match and answers 412 to a stale one', async () => {
        const created = await lrs.request('PUT', url('p'), create({ v: 1 }));
        const etag = String(created.headers.etag);
        expect((await lrs.request('PUT', url('p'), { ...json({ v: 2 }), headers: { 'content-type': 'application/json', 'if-match': etag } })).status).toBe(204);
        expect((await lrs.request('PUT', url('p'), { ...json({ v: 3 }), headers: { 'content-type': 'application/json', 'if-match': etag } })).status).toBe(412);
        expect((await lrs.request('GET', url('p'))).json()).toEqual({ v: 2 });
      });

      it('answers 412 to If-Match on a document that does not exist', async () => {
        expect((await lrs.request('PUT', url('none'), { ...json({}), headers: { 'content-type': 'application/json', 'if-match': '"abc"' } })).status).toBe(412);
      });

      it('honours If-Match on DELETE', async () => {
        await lrs.request('PUT', url('p'), create({ v: 1 }));
        expect((await lrs.request('DELETE', url('p'), { headers: { 'if-match': '"stale"' } })).status).toBe(412);
        expect((await lrs.request('DELETE', url('p'))).status).toBe(204);
        expect((await lrs.request('GET', url('p'))).status).toBe(404);
      });

      it(`${name === 'Agent Profile' ? 'XAPI-00273' : 'XAPI-00287'}: refuses a PUT without If-Match or If-None-Match that would create a document (400), in both versions`, async () => {
        for (const version of ['1.0.3', '2.0.0']) {
          const response = await lrs.request('PUT', url(`new-${version}`), { ...json({ v: 1 }), version });
          expect(response.status).toBe(400);
          expect(response.json().message).toContain('If-None-Match');
          expect((await lrs.request('GET', url(`new-${version}`), { version })).status).toBe(404);
        }
      });

      it('lists profileIds when profileId is left out', async () => {
        await lrs.request('PUT', url('b'), create({}));
        await lrs.request('PUT', url('a'), create({}));
        expect((await lrs.request('GET', url())).json()).toEqual(['a', 'b']);
      });
    });
  }
});
