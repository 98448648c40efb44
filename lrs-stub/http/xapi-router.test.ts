/**
 * The request pipeline every resource shares: credentials, the version header, CORS, the
 * 1.0.3 alternate request syntax and methods a resource does not have.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs();
});
afterEach(async () => {
  await lrs.close();
});

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate when credentials are missing', async () => {
    const response = await lrs.request('GET', '/xapi/statements', { anonymous: true });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('Basic');
  });

  it('answers 401 to a wrong secret', async () => {
    const wrong = `Basic ${Buffer.from('test-key:nope').toString('base64')}`;
    expect((await lrs.request('GET', '/xapi/statements', { anonymous: true, headers: { authorization: wrong } })).status).toBe(401);
  });

  it('guards every resource but About', async () => {
    for (const path of ['/xapi/statements', '/xapi/activities?activityId=http://a.example.com', '/xapi/agents?agent=%7B%7D', '/xapi/activities/state', '/xapi/activities/profile', '/xapi/agents/profile']) {
      expect((await lrs.request('GET', path, { anonymous: true })).status, path).toBe(401);
    }
  });

  it('accepts any of several configured credentials', async () => {
    const two = await testLrs({ credentials: [{ key: 'a', secret: '1' }, { key: 'b', secret: '2' }] });
    const b = `Basic ${Buffer.from('b:2').toString('base64')}`;
    expect((await two.request('GET', '/xapi/statements', { anonymous: true, headers: { authorization: b } })).status).toBe(200);
    await two.close();
  });
});

describe('X-Experience-API-Version', () => {
  it('refuses a request without the header with 400', async () => {
    const response = await lrs.request('GET', '/xapi/statements', { version: null });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('X-Experience-API-Version header: is required');
  });

  it('refuses an unsupported version with 400', async () => {
    expect((await lrs.request('GET', '/xapi/statements', { version: '0.95' })).status).toBe(400);
    expect((await lrs.request('GET', '/xapi/statements', { version: '3.0.0' })).status).toBe(400);
  });

  it('XAPI-00331: answers a request without the header 400 in the latest version, 2.0.0 (the 1.0.3 suite wants 1.0.3 here, the 2.0.0 suite 2.0.0)', async () => {
    for (const method of ['GET', 'POST', 'PUT']) {
      const response = await lrs.request(method, `/xapi/statements?statementId=${'fd41c918-b88b-4b20-a0a5-a4c32391aaa2'}`, { version: null });
      expect(response.status).toBe(400);
      expect(response.headers['x-experience-api-version']).toBe('2.0.0');
    }
  });

  it('answers errors in the version the request asked for, whatever refused it', async () => {
    const refused = [
      await lrs.request('DELETE', '/xapi/statements'),
      await lrs.request('GET', '/xapi/statements', { anonymous: true }),
      await lrs.request('GET', '/xapi/statements?nope=1'),
      await lrs.app.inject({ method: 'POST', url: '/xapi/statements?method=GET&limit=1', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: AUTH, 'x-experience-api-version': '1.0.3' }, payload: '' }),
    ];
    for (const response of refused) {
      const status = 'status' in response ? response.status : response.statusCode;
      expect(status).toBeGreaterThanOrEqual(400);
      expect(response.headers['x-experience-api-version']).toBe('1.0.3');
    }
    expect((await lrs.request('DELETE', '/xapi/statements', { version: '2.0.0' })).headers['x-experience-api-version']).toBe('2.0.0');
  });

  it('answers a body too large in the version the request asked for', async () => {
    const small = await testLrs({ bodyLimit: 64 });
    const response = await small.request('POST', '/xapi/statements', { body: statement(), version: '1.0.1' });
    expect(response.status).toBe(413);
    expect(response.headers['x-experience-api-version']).toBe('1.0.3');
    await small.close();
  });

  it('answers 1.0.x requests as 1.0.3 and 2.0 requests as 2.0.0', async () => {
    expect((await lrs.request('GET', '/xapi/statements', { version: '1.0.1' })).headers['x-experience-api-version']).toBe('1.0.3');
    expect((await lrs.request('GET', '/xapi/statements', { version: '2.0.0' })).headers['x-experience-api-version']).toBe('2.0.0');
  });
});

describe('CORS', () => {
  it('answers a preflight without credentials and allows the xAPI headers', async () => {
    const response = await lrs.app.inject({ method: 'OPTIONS', url: '/xapi/statements', headers: { origin: 'http://lms.example.com', 'access-control-request-method': 'PUT' } });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(response.headers['access-control-allow-headers'])).toContain('X-Experience-API-Version');
  });

  it('exposes the xAPI response headers to the browser', async () => {
    const response = await lrs.request('GET', '/xapi/statements', { headers: { origin: 'http://lms.example.com' } });
    expect(String(response.headers['access-control-expose-headers'])).toContain('X-Experience-API-Consistent-Through');
  });
});

describe('alternate request syntax (1.0.3)', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const alternate = (method: string, fields: Record<string, string>) =>
    lrs.app.inject({ method: 'POST', url: `/xapi/statements?method=${method}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form(fields) });

  it('stores a statement sent as ?method=PUT with headers and content in the form', async () => {
    const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa1';
    const response = await alternate('PUT', { statementId: id, Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', content: JSON.stringify(statement()) });
    expect(response.statusCode).toBe(204);
    expect((await lrs.request('GET', `/xapi/statements?statementId=${id}`)).status).toBe(200);
  });

  it('treats JSON content without a Content-Type field as application/json', async () => {
    const response = await alternate('POST', { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', content: JSON.stringify(statement()) });
    expect(response.statusCode).toBe(200);
  });

  it('reads statements with ?method=GET', async () => {
    await lrs.request('POST', '/xapi/statements', { body: statement() });
    const response = await alternate('GET', { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', limit: '1' });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body).statements).toHaveLength(1);
  });

  it('XAPI-00148: answers a ?method=GET whose headers were sent for real and whose form holds only the query', async () => {
    await lrs.request('POST', '/xapi/statements', { body: statement() });
    const response = await lrs.app.inject({ method: 'POST', url: '/xapi/statements?method=GET', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: AUTH, 'x-experience-api-version': '1.0.3' }, payload: form({ limit: '1' }) });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toHaveProperty('more');
  });

  it('XAPI-00336: treats a form field X-Experience-API-Version as the header, over a real one (1.3.s3.b7)', async () => {
    const id = 'a6e1c0a6-6b0e-4a0e-9f6e-0d1d7c7e8f01';
    const response = await lrs.app.inject({
      method: 'POST',
      url: '/xapi/statements?method=PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: AUTH, 'x-experience-api-version': '1.0.3' },
      payload: form({ statementId: id, 'X-Experience-API-Version': '0.8', content: JSON.stringify(statement()) }),
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).message).toContain('"0.8" is not supported');
    expect((await lrs.request('GET', `/xapi/statements?statementId=${id}`)).status).toBe(404);
  });

  it('takes Authorization from the form over a real header too', async () => {
    const wrong = `Basic ${Buffer.from('test-key:nope').toString('base64')}`;
    const response = await lrs.app.inject({
      method: 'POST',
      url: '/xapi/statements?method=GET',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: AUTH, 'x-experience-api-version': '1.0.3' },
      payload: form({ Authorization: wrong }),
    });
    expect(response.statusCode).toBe(401);
  });

  it('still requires the credentials, taken from the form', async () => {
    expect((await alternate('GET', { 'X-Experience-API-Version': '1.0.3' })).statusCode).toBe(401);
  });

  it('refuses other query-string parameters next to method', async () => {
    const response = await lrs.app.inject({ method: 'POST', url: '/xapi/statements?method=GET&limit=1', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' }) });
    expect(response.statusCode).toBe(400);
  });

  it('refuses the alternate syntax for 2.0.0, which removed it', async () => {
    expect((await alternate('GET', { Authorization: AUTH, 'X-Experience-API-Version': '2.0.0' })).statusCode).toBe(400);
    const headerVersion = await lrs.app.inject({ method: 'POST', url: '/xapi/statements?method=GET', headers: { 'x-experience-api-version': '2.0.0', authorization: AUTH } });
    expect(headerVersion.statusCode).toBe(400);
  });
});

describe('methods', () => {
  it('answers 405 with Allow to a method a resource does not have', async () => {
    const response = await lrs.request('DELETE', '/xapi/statements');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toContain('GET');
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await lrs.request('HEAD', '/xapi/statements');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });
});
