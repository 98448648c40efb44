import { describe, expect, it } from 'vitest';
import { LaunchError, learnerIdOf, readCmi5Launch, readTincanLaunch } from './launch-params.ts';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
const endpoint = 'https://lrs.example.org/xapi';

describe('readTincanLaunch', () => {
  it('reads the Tin Can launch parameters, adding the slash the endpoint needs', () => {
    const actor = { objectType: 'Agent', name: 'Ilse', mbox: 'mailto:ilse@example.org' };
    const launch = readTincanLaunch(query({ endpoint, auth: 'Basic abc=', actor: JSON.stringify(actor), registration: '0B6C0A4E-4E0B-4B7E-9A55-3F1F1F3C2D10', activity_id: 'https://lms.example.org/course/7' }));
    expect(launch).toEqual({ endpoint: `${endpoint}/`, auth: 'Basic abc=', actor: { agent: actor, json: JSON.stringify(actor) }, registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10', activityId: 'https://lms.example.org/course/7' });
    expect(learnerIdOf(launch.actor.agent)).toBe('mailto:ilse@example.org');
  });

  it('keeps an xAPI 1.0 actor as the LMS wrote it: no objectType added, unknown fields and key order kept', () => {
    const json = '{"account":{"name":"42","homePage":"https://moodle.example.org"},"name":"Ilse","x-lms":true}';
    const launch = readTincanLaunch(query({ endpoint, actor: json }));
    expect(launch.actor.json).toBe(json);
    expect(JSON.stringify(launch.actor.agent)).toBe(json);
  });

  it('rewrites the older Tin Can actor (one-element arrays, accountServiceHomePage) as an xAPI 1.0 Agent, which an LRS accepts', () => {
    const actor = { name: ['Ilse'], account: [{ accountServiceHomePage: 'https://moodle.example.org', accountName: '42' }], objectType: 'Agent' };
    const launch = readTincanLaunch(query({ endpoint, actor: JSON.stringify(actor) }));
    const agent = { objectType: 'Agent', name: 'Ilse', account: { homePage: 'https://moodle.example.org', name: '42' } };
    expect(launch.actor).toEqual({ agent, json: JSON.stringify(agent) });
    expect(launch.auth).toBeUndefined();
    expect(learnerIdOf(launch.actor.agent)).toBe('42');
    expect(readTincanLaunch(query({ endpoint, actor: '{"mbox":["mailto:ilse@example.org"]}' })).actor.agent).toEqual({ objectType: 'Agent', mbox: 'mailto:ilse@example.org' });
  });

  it('refuses an actor with no identifier, or with two', () => {
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"name":"Ilse"}' }))).toThrow(/exactly one of mbox/);
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"mbox":"mailto:a@b.c","openid":"https://id.example.org/a"}' }))).toThrow(/exactly one of mbox/);
    expect(() => readTincanLaunch(query({ endpoint, actor: 'Ilse' }))).toThrow(LaunchError);
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"objectType":"Group","mbox":"mailto:team@example.org"}' }))).toThrow(/"actor.objectType" must be Agent/);
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"account":[{"accountName":"42"}]}' }))).toThrow(/"actor.account" must have a homePage IRI and a name/);
  });
});

describe('readCmi5Launch', () => {
  it('needs all five cmi5 parameters', () => {
    expect(() => readCmi5Launch(query({ endpoint }))).toThrow(/"fetch" must be an http\(s\) URL.*"actor".*"registration" must be a UUID.*"activityId" must be an absolute IRI/);
    const launch = readCmi5Launch(
      query({ endpoint, fetch: 'https://lms.example.org/cmi5/fetch/abc', actor: '{"account":{"homePage":"https://lms.example.org","name":"ilse"}}', registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10', activityId: 'https://workmentor.example.org/xapi/course' }),
    );
    expect(launch.fetch).toBe('https://lms.example.org/cmi5/fetch/abc');
  });

  it('keeps the actor exactly as given (CATAPULT compares it), checking only that it names one learner', () => {
    const params = { endpoint, fetch: 'https://lms.example.org/cmi5/fetch/abc', registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10', activityId: 'https://workmentor.example.org/xapi/course' };
    for (const json of [
      '{"account":{"homePage":"https://moodle.example.org","name":"ilse.peeters"}}',
      '{"name":"Ilse Peeters","account":{"name":"3f9c2a1","homePage":"urn:catapult-cts:8d41e07"},"objectType":"Agent"}',
      '{"account":{"homePage":"https://lms.example.org","name":"42","x-tenant":"north"},"x-lms-user":42}',
    ]) {
      const launch = readCmi5Launch(query({ ...params, actor: json }));
      expect(launch.actor.json).toBe(json);
      expect(JSON.stringify(launch.actor.agent)).toBe(json);
    }
    expect(learnerIdOf(readCmi5Launch(query({ ...params, actor: '{"account":{"homePage":"https://moodle.example.org","name":"ilse.peeters"}}' })).actor.agent)).toBe('ilse.peeters');
    expect(() => readCmi5Launch(query({ ...params, actor: '{"name":"Ilse","account":null}' }))).toThrow(/exactly one of mbox, mbox_sha1sum, openid or account/);
    expect(() => readCmi5Launch(query({ ...params, actor: '{"account":{"homePage":"https://lms.example.org","name":""}}' }))).toThrow(/"actor.account" must have a homePage IRI and a name/);
    expect(() => readCmi5Launch(query({ ...params, actor: '["ilse"]' }))).toThrow(/"actor" must be an Agent as a JSON object/);
  });
});
