import { describe, expect, it } from 'vitest';
import { LaunchError, learnerIdOf, readCmi5Launch, readTincanLaunch } from './launch-params.ts';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
const endpoint = 'https://lrs.example.org/xapi';

describe('readTincanLaunch', () => {
  it('reads the Tin Can launch parameters, adding the slash the endpoint needs', () => {
    const actor = { objectType: 'Agent', name: 'Ilse', mbox: 'mailto:ilse@example.org' };
    const launch = readTincanLaunch(query({ endpoint, auth: 'Basic abc=', actor: JSON.stringify(actor), registration: '0B6C0A4E-4E0B-4B7E-9A55-3F1F1F3C2D10', activity_id: 'https://lms.example.org/course/7' }));
    expect(launch).toEqual({ endpoint: `${endpoint}/`, auth: 'Basic abc=', actor, registration: '0b6c0a4e-4e0b-4b7e-9a55-3f1f1f3c2d10', activityId: 'https://lms.example.org/course/7' });
    expect(learnerIdOf(launch.actor)).toBe('mailto:ilse@example.org');
  });

  it('reads the older Tin Can actor with one-element arrays and accountServiceHomePage', () => {
    const actor = { name: ['Ilse'], account: [{ accountServiceHomePage: 'https://moodle.example.org', accountName: '42' }], objectType: 'Agent' };
    const launch = readTincanLaunch(query({ endpoint, actor: JSON.stringify(actor) }));
    expect(launch.actor).toEqual({ objectType: 'Agent', name: 'Ilse', account: { homePage: 'https://moodle.example.org', name: '42' } });
    expect(launch.auth).toBeUndefined();
    expect(learnerIdOf(launch.actor)).toBe('42');
  });

  it('refuses an actor with no identifier, or with two', () => {
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"name":"Ilse"}' }))).toThrow(/exactly one of mbox/);
    expect(() => readTincanLaunch(query({ endpoint, actor: '{"mbox":"mailto:a@b.c","openid":"https://id.example.org/a"}' }))).toThrow(/exactly one of mbox/);
    expect(() => readTincanLaunch(query({ endpoint, actor: 'Ilse' }))).toThrow(LaunchError);
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
});
