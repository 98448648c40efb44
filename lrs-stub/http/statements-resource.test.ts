/**
 * The Statement resource through the app (no listening port): storing, conflicts, voiding,
 * every query filter, paging, formats and the headers the spec requires.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs({ sqlite: true, maxLimit: 50 });
});
afterEach(async () => {
  await lrs.close();
});

const post = (body: unknown, version = '1.0.3') => lrs.request('POST', '/xapi/statements', { body, version });
const get = (query: string, headers: Record<string, string> = {}) => lrs.request('GET', `/xapi/statements${query}`, { headers });
const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

describe('storing statements', () => {
  it('POST of one statement answers 200 with an array holding its generated UUID', async () => {
    const response = await post(statement());
    expect(response.status).toBe(200);
    const ids = response.json<string[]>();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('POST of a batch stores all statements and returns their ids in order', async () => {
    const id = randomUUID();
    const response = await post([statement(), statement({ id }), statement()]);
    expect(response.status).toBe(200);
    expect(response.json<string[]>()[1]).toBe(id);
    expect(lrs.store.statements.count()).toBe(3);
  });

  it('rejects the whole batch when one statement is invalid (nothing is stored)', async () => {
    const response = await post([statement(), statement({ actor: { mbox: 'nope' } })]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('statements[1].actor.mbox: must be a "mailto:" IRI');
    expect(lrs.store.statements.count()).toBe(0);
  });

  it('rejects a batch that repeats an id', async () => {
    const id = randomUUID();
    const response = await post([statement({ id }), statement({ id })]);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('statements[1].id: repeats the id');
  });

  it('PUT stores the statement under statementId and answers 204', async () => {
    const id = randomUUID();
    const response = await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: statement() });
    expect(response.status).toBe(204);
    expect((await get(`?statementId=${id}`)).json().id).toBe(id);
  });

  it('PUT without statementId is refused with 400', async () => {
    const response = await lrs.request('PUT', '/xapi/statements', { body: statement() });
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('statementId');
  });

  it('PUT whose statement id differs from statementId is refused with 400', async () => {
    const response = await lrs.request('PUT', `/xapi/statements?statementId=${randomUUID()}`, { body: statement({ id: randomUUID() }) });
    expect(response.status).toBe(400);
  });

  it('answers 409 when a different statement with the same id is sent', async () => {
    const id = randomUUID();
    expect((await post(statement({ id }))).status).toBe(200);
    const response = await post(statement({ id, verb: { id: 'http://example.com/other' } }));
    expect(response.status).toBe(409);
    expect(response.json().message).toContain(id);
  });

  it('answers 409 to a concurrent different statement with the same id (seen while awaiting commit)', async () => {
    const id = randomUUID();
    const [a, b] = await Promise.all([post(statement({ id })), post(statement({ id, verb: { id: 'http://example.com/other' } }))]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(lrs.store.statements.count()).toBe(1);
  });

  it('accepts two concurrent identical POSTs of the same id and stores one copy', async () => {
    const s = statement({ id: randomUUID() });
    const [a, b] = await Promise.all([post(s), post(s)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(lrs.store.statements.count()).toBe(1);
  });

  it('accepts an identical re-POST of the same id without conflict (200) and keeps one copy', async () => {
    const id = randomUUID();
    const s = statement({ id, timestamp: '2024-05-01T10:00:00Z' });
    expect((await post(s)).status).toBe(200);
    const again = await post({ ...s, timestamp: '2024-05-01T12:00:00+02:00' });
    expect(again.status).toBe(200);
    expect(again.json()).toEqual([id]);
    expect(lrs.store.statements.count()).toBe(1);
  });

  it('decides an identical re-POST with durations compared at 0.01 s, like a signature (2.0 4.2.7)', async () => {
    const s = statement({ id: randomUUID() });
    expect((await post({ ...s, result: { duration: 'P1DT12H36M0.12S' } }, '2.0.0')).status).toBe(200);
    const again = await post({ ...s, result: { duration: 'P1DT12H36M0.1237S' } }, '2.0.0');
    expect(again.status).toBe(200);
    const other = await post({ ...s, result: { duration: 'P1DT12H36M0.13S' } }, '2.0.0');
    expect(other.status).toBe(409);
    expect(lrs.store.statements.count()).toBe(1);
  });

  it('an identical re-PUT of the same id answers 204', async () => {
    const id = randomUUID();
    const s = statement();
    expect((await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: s })).status).toBe(204);
    expect((await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: s })).status).toBe(204);
  });

  it('sets stored, timestamp, authority and version, overriding the authority sent', async () => {
    const [id] = (await post(statement({ authority: { mbox: 'mailto:impostor@example.com' } }))).json<string[]>();
    const stored = (await get(`?statementId=${id}`)).json();
    expect(Date.parse(stored.stored)).not.toBeNaN();
    expect(stored.timestamp).toBe(stored.stored);
    expect(stored.version).toBe('1.0.0');
    expect(stored.authority.account.name).toBe('test-key');
  });

  it('sets version 2.0.0 on statements sent as 2.0.0 without one', async () => {
    const [id] = (await post(statement(), '2.0.0')).json<string[]>();
    expect((await lrs.request('GET', `/xapi/statements?statementId=${id}`, { version: '2.0.0' })).json().version).toBe('2.0.0');
  });

  it('stores single context activities as arrays', async () => {
    const [id] = (await post(statement({ context: { contextActivities: { parent: { id: 'http://example.com/course' } } } }))).json<string[]>();
    expect((await get(`?statementId=${id}`)).json().context.contextActivities.parent).toEqual([{ id: 'http://example.com/course' }]);
  });
});

describe('voiding', () => {
  it('hides a voided statement from statementId and serves it through voidedStatementId', async () => {
    const [target] = (await post(statement())).json<string[]>();
    expect((await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }))).status).toBe(200);
    expect((await get(`?statementId=${target}`)).status).toBe(404);
    const voided = await get(`?voidedStatementId=${target}`);
    expect(voided.status).toBe(200);
    expect(voided.json().id).toBe(target);
  });

  it('answers 404 to voidedStatementId for a statement that is not voided', async () => {
    const [id] = (await post(statement())).json<string[]>();
    expect((await get(`?voidedStatementId=${id}`)).status).toBe(404);
  });

  it('leaves voided statements out of query results but keeps the voiding statement', async () => {
    const [target] = (await post(statement())).json<string[]>();
    const [voiding] = (await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }))).json<string[]>();
    const ids = (await get('')).json().statements.map((s: { id: string }) => s.id);
    expect(ids).toEqual([voiding]);
  });

  it('voids a statement whose voiding statement arrived before it', async () => {
    const target = randomUUID();
    expect((await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }))).status).toBe(200);
    expect((await post(statement({ id: target }))).status).toBe(200);
    expect((await get(`?statementId=${target}`)).status).toBe(404);
    expect((await get(`?voidedStatementId=${target}`)).status).toBe(200);
  });

  it('refuses to void a voiding statement', async () => {
    const [target] = (await post(statement())).json<string[]>();
    const [voiding] = (await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }))).json<string[]>();
    const response = await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: voiding } }));
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('cannot be voided');
  });
});

describe('GET /statements', () => {
  it('refuses statementId combined with a filter other than attachments and format', async () => {
    const response = await get(`?statementId=${randomUUID()}&verb=http://example.com/v`);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('statementId: can only be combined with attachments and format');
  });

  it('XAPI-00151: refuses statementId next to limit, ascending, related_activities or related_agents, even at their defaults', async () => {
    const [id] = (await post(statement())).json<string[]>();
    for (const extra of ['limit=1', 'limit=0', 'ascending=true', 'ascending=false', 'related_activities=true', 'related_agents=false']) {
      expect((await get(`?statementId=${id}&${extra}`)).status, extra).toBe(400);
    }
    expect((await get(`?statementId=${id}&format=ids&attachments=false`)).status).toBe(200);
  });

  it('XAPI-00150: refuses voidedStatementId next to limit or ascending', async () => {
    const [id] = (await post(statement())).json<string[]>();
    await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id } }));
    expect((await get(`?voidedStatementId=${id}&limit=1`)).status).toBe(400);
    expect((await get(`?voidedStatementId=${id}&ascending=true`)).status).toBe(400);
    expect((await get(`?voidedStatementId=${id}&format=ids`)).status).toBe(200);
  });

  it('Consistent-Through is now on an empty store, not 1970 (ADL\'s suite waits 10 × the lag before each query)', async () => {
    const before = Date.now();
    const header = (await get('')).headers['x-experience-api-consistent-through'];
    expect(Date.parse(String(header))).toBeGreaterThanOrEqual(before);
    expect(Date.parse(String(header))).toBeLessThanOrEqual(Date.now());
  });

  it('Consistent-Through keeps up with the clock after the last write, and never precedes a stored statement', async () => {
    const [id] = (await post(statement())).json<string[]>();
    const stored = (await get(`?statementId=${id}`)).json().stored as string;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = Date.now();
    const header = String((await get('')).headers['x-experience-api-consistent-through']);
    expect(Date.parse(header)).toBeGreaterThanOrEqual(before);
    expect(header >= stored).toBe(true);
  });

  it('XAPI-00153: sends X-Experience-API-Consistent-Through on errors too', async () => {
    for (const response of [await lrs.request('GET', '/xapi/statements', { version: null }), await get('?foo=bar'), await get(`?statementId=${randomUUID()}`), await lrs.request('GET', '/xapi/statements', { anonymous: true })]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(Date.parse(String(response.headers['x-experience-api-consistent-through']))).not.toBeNaN();
    }
  });

  it('XAPI-00161: answers Content-Type application/json, exactly, when attachments is missing or false', async () => {
    const [id] = (await post(statement())).json<string[]>();
    expect((await get(`?statementId=${id}`)).headers['content-type']).toBe('application/json');
    expect((await get(`?statementId=${id}&attachments=false`)).headers['content-type']).toBe('application/json');
    expect((await get('')).headers['content-type']).toBe('application/json');
  });

  it('refuses statementId together with voidedStatementId', async () => {
    expect((await get(`?statementId=${randomUUID()}&voidedStatementId=${randomUUID()}`)).status).toBe(400);
  });

  it('refuses unknown query parameters', async () => {
    const response = await get('?actor=x');
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('unknown parameter(s) actor');
  });

  it('answers 404 for an unknown statementId', async () => {
    expect((await get(`?statementId=${randomUUID()}`)).status).toBe(404);
  });

  it('sends X-Experience-API-Consistent-Through, ETag and, for one statement, Last-Modified', async () => {
    const [id] = (await post(statement())).json<string[]>();
    const one = await get(`?statementId=${id}`);
    expect(one.headers['x-experience-api-consistent-through']).toBeDefined();
    expect(one.headers.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(new Date(String(one.headers['last-modified'])).getTime()).toBeGreaterThan(0);
    const many = await get('');
    expect(Date.parse(String(many.headers['x-experience-api-consistent-through']))).not.toBeNaN();
    expect(new Date(String(many.headers['last-modified'])).getTime()).toBeGreaterThan(0);
  });

  it('returns a StatementResult newest first, with an empty more when everything fits', async () => {
    const [a] = (await post(statement())).json<string[]>();
    const [b] = (await post(statement())).json<string[]>();
    const result = (await get('')).json();
    expect(result.statements.map((s: { id: string }) => s.id)).toEqual([b, a]);
    expect(result.more).toBe('');
  });

  it('returns oldest first with ascending=true', async () => {
    const [a] = (await post(statement())).json<string[]>();
    const [b] = (await post(statement())).json<string[]>();
    expect((await get('?ascending=true')).json().statements.map((s: { id: string }) => s.id)).toEqual([a, b]);
  });

  it('filters by agent (actor or object), by IFI', async () => {
    const bob = { mbox: 'mailto:bob@example.com' };
    const [mine] = (await post(statement({ actor: bob }))).json<string[]>();
    const [about] = (await post(statement({ object: { objectType: 'Agent', ...bob } }))).json<string[]>();
    await post(statement());
    const ids = (await get(`?agent=${encodeURIComponent(JSON.stringify(bob))}`)).json().statements.map((s: { id: string }) => s.id);
    expect(ids.sort()).toEqual([mine, about].sort());
  });

  it('matches related agents (instructor, team, authority) only with related_agents=true', async () => {
    const coach = { mbox: 'mailto:coach@example.com' };
    const [id] = (await post(statement({ context: { instructor: coach } }))).json<string[]>();
    const agent = encodeURIComponent(JSON.stringify(coach));
    expect((await get(`?agent=${agent}`)).json().statements).toHaveLength(0);
    expect((await get(`?agent=${agent}&related_agents=true`)).json().statements.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('filters by verb', async () => {
    const [id] = (await post(statement({ verb: { id: 'http://example.com/verbs/asked' } }))).json<string[]>();
    await post(statement());
    expect((await get('?verb=http://example.com/verbs/asked')).json().statements.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('filters by activity, and by context activities only with related_activities=true', async () => {
    const course = 'http://example.com/course';
    const [own] = (await post(statement({ object: { id: course } }))).json<string[]>();
    const [child] = (await post(statement({ context: { contextActivities: { parent: [{ id: course }] } } }))).json<string[]>();
    expect((await get(`?activity=${course}`)).json().statements.map((s: { id: string }) => s.id)).toEqual([own]);
    expect((await get(`?activity=${course}&related_activities=true`)).json().statements.map((s: { id: string }) => s.id).sort()).toEqual([own, child].sort());
  });

  it('filters by registration', async () => {
    const registration = randomUUID();
    const [id] = (await post(statement({ context: { registration } }))).json<string[]>();
    await post(statement({ context: { registration: randomUUID() } }));
    expect((await get(`?registration=${registration}`)).json().statements.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('filters by since (exclusive) and until (inclusive) on stored', async () => {
    const [first] = (await post(statement())).json<string[]>();
    const firstStored = (await get(`?statementId=${first}`)).json().stored as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const [second] = (await post(statement())).json<string[]>();
    expect((await get(`?since=${encodeURIComponent(firstStored)}`)).json().statements.map((s: { id: string }) => s.id)).toEqual([second]);
    expect((await get(`?until=${encodeURIComponent(firstStored)}`)).json().statements.map((s: { id: string }) => s.id)).toEqual([first]);
  });

  it('includes statements that target a matching statement (StatementRef)', async () => {
    const verb = 'http://example.com/verbs/answered';
    const [target] = (await post(statement({ verb: { id: verb } }))).json<string[]>();
    const [ref] = (await post(statement({ verb: { id: 'http://example.com/verbs/liked' }, object: { objectType: 'StatementRef', id: target } }))).json<string[]>();
    expect((await get(`?verb=${verb}`)).json().statements.map((s: { id: string }) => s.id).sort()).toEqual([target, ref].sort());
  });

  it('pages with limit and a more link that continues where the page ended', async () => {
    const ids = (await post(Array.from({ length: 5 }, () => statement()))).json<string[]>();
    const first = (await get('?limit=2&ascending=true')).json();
    expect(first.statements.map((s: { id: string }) => s.id)).toEqual(ids.slice(0, 2));
    expect(first.more).toMatch(/^\/xapi\/statements\?more=/);
    const second = (await lrs.request('GET', first.more)).json();
    expect(second.statements.map((s: { id: string }) => s.id)).toEqual(ids.slice(2, 4));
    const third = (await lrs.request('GET', second.more)).json();
    expect(third.statements.map((s: { id: string }) => s.id)).toEqual(ids.slice(4));
    expect(third.more).toBe('');
  });

  it('clamps limit=0 and huge limits to the server maximum', async () => {
    await post(Array.from({ length: 60 }, () => statement()));
    expect((await get('?limit=0')).json().statements).toHaveLength(50);
    expect((await get('?limit=999999999')).json().statements).toHaveLength(50);
  });

  it('refuses a negative or non-numeric limit', async () => {
    expect((await get('?limit=-1')).status).toBe(400);
    expect((await get('?limit=ten')).status).toBe(400);
  });

  it('XAPI-00171: format=ids keeps only identifiers of agents, activities (the id alone) and verbs', async () => {
    const [id] = (await post(statement({ object: { objectType: 'Activity', id: 'http://example.com/x', definition: { name: { en: 'X' } } } }))).json<string[]>();
    const s = (await get(`?statementId=${id}&format=ids`)).json();
    expect(s.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:ana@example.com' });
    expect(s.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/experienced' });
    expect(s.object).toEqual({ id: 'http://example.com/x' });
  });

  it('XAPI-00171: format=ids reduces a SubStatement\'s activity to its id and keeps a Group\'s objectType', async () => {
    const group = { objectType: 'Group', name: 'Team', mbox: 'mailto:team@example.com' };
    const sub = { objectType: 'SubStatement', actor: group, verb: { id: 'http://example.com/v', display: { en: 'v' } }, object: { objectType: 'Activity', id: 'http://example.com/y', definition: { name: { en: 'Y' } } } };
    const [id] = (await post(statement({ object: sub }), '2.0.0')).json<string[]>();
    const s = (await lrs.request('GET', `/xapi/statements?statementId=${id}&format=ids`, { version: '2.0.0' })).json();
    expect(s.object.actor).toEqual({ objectType: 'Group', mbox: 'mailto:team@example.com' });
    expect(s.object.verb).toEqual({ id: 'http://example.com/v' });
    expect(s.object.object).toEqual({ id: 'http://example.com/y' });
  });

  it('format=canonical keeps one language per language map, chosen by Accept-Language', async () => {
    const [id] = (await post(statement({ verb: { id: 'http://example.com/v', display: { 'en-US': 'asked', 'de-DE': 'fragte' } } }))).json<string[]>();
    const s = (await get(`?statementId=${id}&format=canonical`, { 'accept-language': 'de-DE, en;q=0.5' })).json();
    expect(s.verb.display).toEqual({ 'de-DE': 'fragte' });
  });

  it('refuses a malformed agent filter naming the parameter', async () => {
    const response = await get(`?agent=${encodeURIComponent('{"mbox":"bob"}')}`);
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('agent.mbox');
  });
});
