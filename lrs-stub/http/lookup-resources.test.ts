/** Activities, Agents and About through the app. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statement, testLrs, type TestLrs } from '../testing/test-lrs.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs();
});
afterEach(async () => {
  await lrs.close();
});

describe('About resource', () => {
  it('lists the supported versions without credentials or version header', async () => {
    const response = await lrs.request('GET', '/xapi/about', { anonymous: true, version: null });
    expect(response.status).toBe(200);
    expect(response.json().version).toEqual(['1.0.3', '2.0.0']);
  });
});

describe('Activities resource', () => {
  it('returns the definition learnt from statements, language maps merged', async () => {
    const id = 'http://example.com/activities/quiz';
    await lrs.request('POST', '/xapi/statements', { body: statement({ object: { id, definition: { name: { 'en-US': 'Quiz' } } } }) });
    await lrs.request('POST', '/xapi/statements', { body: statement({ object: { id, definition: { name: { 'de-DE': 'Test' }, type: 'http://adlnet.gov/expapi/activities/assessment' } } }) });
    const activity = (await lrs.request('GET', `/xapi/activities?activityId=${encodeURIComponent(id)}`)).json();
    expect(activity).toEqual({ objectType: 'Activity', id, definition: { name: { 'en-US': 'Quiz', 'de-DE': 'Test' }, type: 'http://adlnet.gov/expapi/activities/assessment' } });
  });

  it('returns an Activity with just its id when it was never seen', async () => {
    expect((await lrs.request('GET', '/xapi/activities?activityId=http://example.com/unknown')).json()).toEqual({ objectType: 'Activity', id: 'http://example.com/unknown' });
  });

  it('requires activityId', async () => {
    const response = await lrs.request('GET', '/xapi/activities');
    expect(response.status).toBe(400);
    expect(response.json().message).toContain('query parameter activityId: is required');
  });
});

describe('Agents resource', () => {
  it('returns a Person object with array-valued identifiers', async () => {
    const agent = encodeURIComponent(JSON.stringify({ name: 'Ana', mbox: 'mailto:ana@example.com' }));
    expect((await lrs.request('GET', `/xapi/agents?agent=${agent}`)).json()).toEqual({ objectType: 'Person', name: ['Ana'], mbox: ['mailto:ana@example.com'] });
  });

  it('refuses an invalid agent', async () => {
    expect((await lrs.request('GET', `/xapi/agents?agent=${encodeURIComponent('{"name":"x"}')}`)).status).toBe(400);
  });
});
