/**
 * The cmi5 launcher through the app: launch, LMS.LaunchData, the one-time fetch URL, the
 * redirect with launch parameters, and the moveOn judgement from received statements.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, testLrs, type TestLrs } from '../testing/test-lrs.ts';
import { CMI5_VERBS } from './move-on.ts';

let lrs: TestLrs;
beforeEach(async () => {
  lrs = await testLrs({ publicUrl: 'http://127.0.0.1:8787' });
});
afterEach(async () => {
  await lrs.close();
});

const AU = 'http://example.com/workmentor/au/module-1';
const launch = async (body: Record<string, unknown> = {}) => {
  const response = await lrs.app.inject({ method: 'POST', url: '/cmi5/launches', headers: { authorization: AUTH, 'content-type': 'application/json' }, payload: JSON.stringify({ activityId: AU, auUrl: 'http://127.0.0.1:5173/au/index.html', ...body }) });
  return { status: response.statusCode, body: JSON.parse(response.body) };
};
const fetchToken = (fetchUrl: string) => lrs.app.inject({ method: 'POST', url: new URL(fetchUrl).pathname });

describe('cmi5 launcher', () => {
  it('needs the LRS credentials', async () => {
    const response = await lrs.app.inject({ method: 'POST', url: '/cmi5/launches', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(401);
  });

  it('returns a launch URL carrying endpoint, fetch, actor, registration and activityId', async () => {
    const { status, body } = await launch({ learnerName: 'Ana', learnerId: 'ana' });
    expect(status).toBe(201);
    const url = new URL(body.launchUrl);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:5173/au/index.html');
    expect(url.searchParams.get('endpoint')).toBe('http://127.0.0.1:8787/xapi/');
    expect(url.searchParams.get('fetch')).toBe(body.fetchUrl);
    expect(JSON.parse(url.searchParams.get('actor')!)).toEqual({ objectType: 'Agent', name: 'Ana', account: { homePage: 'http://127.0.0.1:8787', name: 'ana' } });
    expect(url.searchParams.get('registration')).toBe(body.registration);
    expect(url.searchParams.get('activityId')).toBe(AU);
  });

  it('writes LMS.LaunchData with contextTemplate, launchMode, moveOn, masteryScore, returnURL and launchParameters', async () => {
    const { body } = await launch({ moveOn: 'Passed', masteryScore: 0.8, returnURL: 'http://127.0.0.1:5173/', launchParameters: '{"locale":"de"}' });
    const agent = encodeURIComponent(JSON.stringify(body.actor));
    const state = await lrs.request('GET', `/xapi/activities/state?activityId=${encodeURIComponent(AU)}&agent=${agent}&registration=${body.registration}&stateId=LMS.LaunchData`);
    expect(state.status).toBe(200);
    const data = state.json();
    expect(data).toMatchObject({ launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL: 'http://127.0.0.1:5173/', launchParameters: '{"locale":"de"}' });
    expect(data.contextTemplate.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(body.sessionId);
    expect(data.contextTemplate.contextActivities.grouping[0].id).toBe(AU);
  });

  it('answers the fetch URL once with an auth-token that opens /xapi/, then with cmi5 error 1', async () => {
    const { body } = await launch();
    const first = await fetchToken(body.fetchUrl);
    expect(first.statusCode).toBe(200);
    const token = JSON.parse(first.body)['auth-token'] as string;
    const xapi = await lrs.app.inject({ method: 'GET', url: '/xapi/statements', headers: { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3' } });
    expect(xapi.statusCode).toBe(200);
    const second = await fetchToken(body.fetchUrl);
    expect(JSON.parse(second.body)).toMatchObject({ 'error-code': '1' });
  });

  it('does not let the auth-token use the launcher itself', async () => {
    const { body } = await launch();
    const token = JSON.parse((await fetchToken(body.fetchUrl)).body)['auth-token'] as string;
    const response = await lrs.app.inject({ method: 'POST', url: '/cmi5/launches', headers: { authorization: `Basic ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ activityId: AU, auUrl: 'http://127.0.0.1/' }) });
    expect(response.statusCode).toBe(401);
  });

  it('redirects GET /cmi5/launch to the AU URL', async () => {
    const response = await lrs.app.inject({ method: 'GET', url: `/cmi5/launch?activityId=${encodeURIComponent(AU)}&auUrl=${encodeURIComponent('http://127.0.0.1:5173/au/')}`, headers: { authorization: AUTH } });
    expect(response.statusCode).toBe(302);
    expect(String(response.headers.location)).toMatch(/^http:\/\/127\.0\.0\.1:5173\/au\/\?endpoint=/);
  });

  it('refuses a launch with an invalid moveOn, naming the field', async () => {
    const { status, body } = await launch({ moveOn: 'Sometimes' });
    expect(status).toBe(400);
    expect(body.message).toContain('launch.moveOn');
  });

  it('judges moveOn from the statements received for the registration', async () => {
    const { body } = await launch({ moveOn: 'CompletedAndPassed' });
    const token = JSON.parse((await fetchToken(body.fetchUrl)).body)['auth-token'] as string;
    const send = (verb: string) =>
      lrs.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { authorization: `Basic ${token}`, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
        payload: JSON.stringify({ actor: body.actor, verb: { id: verb }, object: { id: AU }, context: { registration: body.registration } }),
      });
    const judge = async () => JSON.parse((await lrs.app.inject({ method: 'GET', url: `/cmi5/registrations/${body.registration}`, headers: { authorization: AUTH } })).body);
    expect((await judge()).satisfied).toBe(false);
    expect((await send(CMI5_VERBS.completed)).statusCode).toBe(200);
    expect(await judge()).toMatchObject({ completed: true, passed: false, satisfied: false });
    await send(CMI5_VERBS.passed);
    expect(await judge()).toMatchObject({ completed: true, passed: true, satisfied: true, moveOn: 'CompletedAndPassed' });
  });

  it('answers 404 for an unknown registration', async () => {
    const response = await lrs.app.inject({ method: 'GET', url: '/cmi5/registrations/fd41c918-b88b-4b20-a0a5-a4c32391aaa0', headers: { authorization: AUTH } });
    expect(response.statusCode).toBe(404);
  });
});
