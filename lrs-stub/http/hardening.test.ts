/**
 * What the run of ADL's conformance suite found besides conformance: JSON nested 5,000 deep
 * gave an unlogged 500, PATCH /xapi/statements a 404, and limit=999999999 was clamped without
 * a word. Each behaviour the fix promises, through the app as a client sees it. (Timeouts:
 * server-timeouts.test.ts; huge batches: huge-batch.test.ts; file modes: the store's tests.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../store/memory-store.ts';
import type { LrsStore } from '../store/store.ts';
import { multipartBody } from '../testing/multipart-body.ts';
import { AUTH, statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';
import type { ErrorLogEntry } from './error-log.ts';
import { MAX_JSON_DEPTH } from './json-body.ts';

let lrs: TestLrs;
let logged: ErrorLogEntry[];
beforeEach(async () => {
  logged = [];
  lrs = await testLrs({ sqlite: true, errorLog: (entry) => logged.push(entry) });
});
afterEach(async () => {
  await lrs.close();
});

/** `{"a":{"a":...1...}}`, `depth` objects deep, as text (JSON.stringify itself gives up near 5,000). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const withExtension = (value: string) =>
  `{"actor":{"mbox":"mailto:ana@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"object":{"id":"http://example.com/a"},"result":{"extensions":{"http://example.com/x":${value}}}}`;
const asJson = { 'content-type': 'application/json' };
const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:ana@example.com' }));
const stateUrl = `/xapi/activities/state?activityId=${encodeURIComponent('http://example.com/a')}&agent=${agent}&stateId=deep`;

function expectXapi400(response: { status: number; json<T>(): T }, says: string): void {
  expect(response.status).toBe(400);
  expect(response.json()).toMatchObject({ status: 400, error: 'Bad Request' });
  expect(response.json<{ message: string }>().message).toContain(says);
}

describe('JSON nested absurdly deep', () => {
  it('answers a statement extension nested 5,000 deep with a 400 naming the limit, stores nothing, logs nothing', async () => {
    const post = await lrs.request('POST', '/xapi/statements', { body: withExtension(nested(5_000)), headers: asJson });
    expectXapi400(post, `nested deeper than ${MAX_JSON_DEPTH} levels`);
    const put = await lrs.request('PUT', '/xapi/statements?statementId=7f6f2b5e-5b8e-4a3e-9f58-6f0b1c2d3e4f', { body: withExtension(nested(5_000)), headers: asJson });
    expectXapi400(put, 'nested deeper');
    expect(lrs.store.statements.count()).toBe(0);
    expect(logged).toEqual([]);
  });

  it('answers deep garbage of either bracket kind with 400', async () => {
    expectXapi400(await lrs.request('POST', '/xapi/statements', { body: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, headers: asJson }), 'nested deeper');
    expectXapi400(await lrs.request('POST', '/xapi/statements', { body: nested(100_000), headers: asJson }), 'nested deeper');
  });

  it('does not count brackets inside strings', async () => {
    const post = await lrs.request('POST', '/xapi/statements', { body: withExtension(JSON.stringify('[{'.repeat(5_000))), headers: asJson });
    expect(post.status).toBe(200);
  });

  it('accepts JSON nested exactly as deep as the limit, and refuses one level more', async () => {
    // statement → result → extensions: three levels above the extension value.
    const post = await lrs.request('POST', '/xapi/statements', { body: withExtension(nested(MAX_JSON_DEPTH - 3)), headers: asJson });
    expect(post.status).toBe(200);
    const [id] = post.json<string[]>();
    expect((await lrs.request('GET', `/xapi/statements?statementId=${id}`)).status).toBe(200);
    expectXapi400(await lrs.request('POST', '/xapi/statements', { body: withExtension(nested(MAX_JSON_DEPTH - 2)), headers: asJson }), 'nested deeper');
  });

  it('answers a state document nested 5,000 deep with 400, for PUT and POST', async () => {
    expectXapi400(await lrs.request('PUT', stateUrl, { body: nested(5_000), headers: asJson }), 'nested deeper');
    expectXapi400(await lrs.request('POST', stateUrl, { body: nested(5_000), headers: asJson }), 'nested deeper');
    expect((await lrs.request('GET', stateUrl)).status).toBe(404);
  });

  it('answers deep JSON in the statement part of a multipart body with 400', async () => {
    const { body, contentType } = multipartBody({}, []);
    const deep = Buffer.from(body.toString('utf8').replace('{}', withExtension(nested(5_000))));
    expectXapi400(await lrs.request('POST', '/xapi/statements', { body: deep, headers: { 'content-type': contentType } }), 'multipart part 1: JSON nested deeper');
  });

  it('answers deep JSON in the 1.0.3 alternate syntax with 400, statements and documents alike', async () => {
    const form = (fields: Record<string, string>) => ({
      body: new URLSearchParams({ Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', ...fields }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      anonymous: true,
      version: null,
    });
    expectXapi400(await lrs.request('POST', '/xapi/statements?method=POST', form({ content: withExtension(nested(5_000)) })), 'nested deeper');
    // The document rules parse this body themselves, past the depth check: the backstop still
    // makes it the client's 400, and logs it so the gap gets noticed.
    await lrs.request('PUT', stateUrl, { body: '{"a":1}', headers: asJson });
    const query = Object.fromEntries(new URL(stateUrl, 'http://x').searchParams);
    const merged = await lrs.request('POST', '/xapi/activities/state?method=POST', form({ ...query, 'Content-Type': 'application/json', content: nested(5_000) }));
    expectXapi400(merged, 'nested too deeply');
    expect(logged.map((entry) => [entry.status, entry.error.name])).toEqual([[400, 'RangeError']]);
  });
});

/** The memory store, with statement queries failing the way a broken disk would. */
function failingQueries(): LrsStore {
  const store = openMemoryStore();
  return {
    ...store,
    statements: {
      ...store.statements,
      query() {
        throw new Error('SQLITE_IOERR: disk I/O error reading /var/lib/lrs/lrs.sqlite');
      },
    },
  };
}

describe('unexpected errors', () => {
  it('logs a 500 with a request id, even with the request logger off, and the response carries the id and nothing internal', async () => {
    const entries: ErrorLogEntry[] = [];
    const broken = await testLrs({ store: failingQueries(), errorLog: (entry) => entries.push(entry) });
    try {
      const response = await broken.request('GET', `/xapi/statements?agent=${agent}`);
      expect(response.status).toBe(500);
      const body = response.json<{ status: number; message: string; requestId: string }>();
      expect(body.status).toBe(500);
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['x-request-id']).toBe(body.requestId);
      expect(body.message).toContain(body.requestId);
      expect(response.body).not.toMatch(/SQLITE|\/var\/lib|at .*\.ts/);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ level: 'error', requestId: body.requestId, method: 'GET', path: '/xapi/statements', status: 500 });
      expect(entries[0]!.error.message).toContain('SQLITE_IOERR');
      expect(entries[0]!.error.stack).toBeDefined();
      // The query string (learners' addresses) stays out of the log.
      expect(JSON.stringify(entries[0])).not.toContain('ana@example.com');
    } finally {
      await broken.close();
    }
  });

  it('gives every request its own id', async () => {
    const broken = await testLrs({ store: failingQueries(), errorLog: () => {} });
    try {
      const ids = new Set<string>();
      for (let i = 0; i < 3; i++) ids.add((await broken.request('GET', '/xapi/statements')).json<{ requestId: string }>().requestId);
      expect(ids.size).toBe(3);
    } finally {
      await broken.close();
    }
  });

  it('logs nothing for a client error', async () => {
    expect((await lrs.request('POST', '/xapi/statements', { body: '{"actor": ', headers: asJson })).status).toBe(400);
    expect((await lrs.request('GET', '/xapi/statements', { anonymous: true })).status).toBe(401);
    expect(logged).toEqual([]);
  });
});

describe('methods a resource does not take', () => {
  it('answers PATCH /xapi/statements with 405 and an Allow header listing its methods', async () => {
    const response = await lrs.request('PATCH', '/xapi/statements', { body: statement() });
    expect(response.status).toBe(405);
    expect(String(response.headers.allow).split(', ').sort()).toEqual(['GET', 'POST', 'PUT']);
    expect(response.json()).toMatchObject({ status: 405, error: 'Method Not Allowed' });
  });

  it('answers other unsupported methods on the xAPI resources with 405 too', async () => {
    expect((await lrs.request('TRACE', '/xapi/about')).status).toBe(405);
    expect((await lrs.request('DELETE', '/xapi/statements')).status).toBe(405);
    expect((await lrs.request('PATCH', '/xapi/activities/state')).status).toBe(405);
  });

  it('answers unsupported methods on the cmi5 routes with 405 and Allow', async () => {
    const response = await lrs.request('PATCH', '/cmi5/launches', { body: {} });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(response.json<{ message: string }>().message).toContain('/cmi5/launches');
    const fetch = await lrs.request('GET', '/cmi5/fetch/some-token');
    expect(fetch.status).toBe(405);
    expect(fetch.json<{ message: string }>().message).toContain('/cmi5/fetch/some-token');
  });

  it('still answers 404 for a path no route has', async () => {
    expect((await lrs.request('PATCH', '/xapi/nothing-here')).status).toBe(404);
  });
});

describe('limit above the maximum', () => {
  it('clamps limit=999999999 to the maximum and says so in X-LRS-Limit, with a more link to the rest', async () => {
    const small = await testLrs({ maxLimit: 3 });
    try {
      expect((await small.request('POST', '/xapi/statements', { body: Array.from({ length: 5 }, () => statement()) })).status).toBe(200);
      const clamped = await small.request('GET', '/xapi/statements?limit=999999999');
      expect(clamped.status).toBe(200);
      expect(clamped.headers['x-lrs-limit']).toBe('3');
      expect(clamped.json().statements).toHaveLength(3);
      const more = clamped.json<{ more: string }>().more;
      expect(more).not.toBe('');
      const rest = await small.request('GET', more);
      expect(rest.json().statements).toHaveLength(2);
      expect(rest.headers['x-lrs-limit']).toBe('3');
    } finally {
      await small.close();
    }
  });

  it('reports the limit asked for when it is within the maximum, and the maximum for limit=0', async () => {
    const small = await testLrs({ maxLimit: 3 });
    try {
      expect((await small.request('GET', '/xapi/statements?limit=2')).headers['x-lrs-limit']).toBe('2');
      expect((await small.request('GET', '/xapi/statements?limit=0')).headers['x-lrs-limit']).toBe('3');
      expect((await small.request('GET', '/xapi/statements')).headers['x-lrs-limit']).toBe('3');
    } finally {
      await small.close();
    }
  });

  it('clamps a limit of any length instead of refusing it', async () => {
    const response = await lrs.request('GET', '/xapi/statements?limit=99999999999999999999');
    expect(response.status).toBe(200);
    expect(response.headers['x-lrs-limit']).toBe('500');
  });

  it('lets browsers read the header (CORS)', async () => {
    const response = await lrs.request('GET', '/xapi/statements?limit=999999999');
    expect(String(response.headers['access-control-expose-headers'])).toContain('X-LRS-Limit');
  });
});
