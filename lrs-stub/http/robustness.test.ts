/**
 * Bad input never hurts the LRS: oversized bodies get 413, malformed JSON and wrong content
 * types 400, SQL-looking values are just data, and after each bad request the server still
 * stores and serves statements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await testLrs({ sqlite: true, bodyLimit: 64 * 1024 });
});
afterAll(async () => {
  await lrs.close();
});

async function stillServes(): Promise<void> {
  const post = await lrs.request('POST', '/xapi/statements', { body: statement() });
  expect(post.status).toBe(200);
  const [id] = post.json<string[]>();
  expect((await lrs.request('GET', `/xapi/statements?statementId=${id}`)).status).toBe(200);
}

describe('bad requests', () => {
  it('answers 413 to a body over the configured limit, then keeps serving', async () => {
    const huge = Array.from({ length: 1000 }, () => statement());
    const response = await lrs.request('POST', '/xapi/statements', { body: huge });
    expect(response.status).toBe(413);
    expect(response.json().message).toContain('larger than the limit');
    await stillServes();
  });

  it('answers 400 to malformed JSON, saying it is not valid JSON, then keeps serving', async () => {
    const response = await lrs.request('POST', '/xapi/statements', { body: '{"actor": ', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('request body: is not valid JSON');
    await stillServes();
  });

  it('answers 400 to an empty statement body', async () => {
    expect((await lrs.request('POST', '/xapi/statements', { body: '', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });

  it('answers 400 to a wrong content type, naming the accepted ones', async () => {
    const response = await lrs.request('POST', '/xapi/statements', { body: 'actor=ana', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('use application/json');
    await stillServes();
  });

  it('treats SQL-looking values as plain data', async () => {
    const sneaky = "http://example.com/x');DROP/**/TABLE/**/statements;--";
    const post = await lrs.request('POST', '/xapi/statements', { body: statement({ verb: { id: sneaky } }) });
    expect(post.status).toBe(200);
    const found = await lrs.request('GET', `/xapi/statements?verb=${encodeURIComponent(sneaky)}`);
    expect(found.json().statements).toHaveLength(1);
    const injected = await lrs.request('GET', `/xapi/statements?registration=${encodeURIComponent("' OR 1=1 --")}`);
    expect(injected.status).toBe(400);
    await stillServes();
  });

  it('answers 400 to a more token it did not issue', async () => {
    expect((await lrs.request('GET', '/xapi/statements?more=%27%3B--')).status).toBe(400);
    await stillServes();
  });

  it('answers 400 to a repeated query parameter', async () => {
    expect((await lrs.request('GET', '/xapi/statements?limit=1&limit=2')).status).toBe(400);
  });

  it('answers 404 with a hint to an unknown path', async () => {
    const response = await lrs.request('GET', '/xapi/nothing-here');
    expect(response.status).toBe(404);
    expect(response.json().message).toContain('/xapi/');
  });

  it('answers 400 to deeply nested garbage without crashing', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const response = await lrs.request('POST', '/xapi/statements', { body: deep, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    await stillServes();
  });
});
