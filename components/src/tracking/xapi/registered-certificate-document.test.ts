import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../../../../lrs-stub/testing/test-lrs.ts';
import { newActor, startLrsServer, tincanUrl, type LrsServer } from './test-lrs-server.ts';
import { XapiTracker } from './xapi-tracker.ts';
import { REGISTERED_CERTIFICATE_PROFILE_ID } from './xapi-vocabulary.ts';

let lrs: LrsServer;
beforeAll(async () => {
  lrs = await startLrsServer();
});
afterAll(() => lrs.close());

const putProfile = async (agent: object, content: unknown) => {
  const url = `${lrs.endpoint}agents/profile?agent=${encodeURIComponent(JSON.stringify(agent))}&profileId=${encodeURIComponent(REGISTERED_CERTIFICATE_PROFILE_ID)}`;
  const response = await fetch(url, { method: 'PUT', headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json', 'if-none-match': '*' }, body: JSON.stringify(content) });
  expect(response.status).toBe(204);
};

describe('the registered certificate, read from the LRS by the package', () => {
  it('is the register\'s Agent Profile document for the learner', async () => {
    const actor = newActor();
    const link = { code: '7K3M-Q9XD-2HPA', verifyUrl: 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA', credentialUrl: 'https://lrs.school.example/verify/7K3M-Q9XD-2HPA/credential.json', awardedOn: '2026-11-30' };
    await putProfile({ mbox: actor.mbox }, link);
    const tracker = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor }) });
    await tracker.start();
    expect(await tracker.registeredCertificate()).toEqual({ ...link, status: 'active' });
  });

  it('is undefined when there is none, and when the document would plant a script link', async () => {
    const none = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor: newActor() }) });
    await none.start();
    expect(await none.registeredCertificate()).toBeUndefined();

    const actor = newActor();
    await putProfile({ mbox: actor.mbox }, { code: 'X', verifyUrl: 'javascript:alert(1)', credentialUrl: 'https://x.example/c.json', awardedOn: '2026-11-30' });
    const planted = new XapiTracker({ url: tincanUrl(lrs.endpoint, { actor }) });
    await planted.start();
    expect(await planted.registeredCertificate()).toBeUndefined();
  });

  it('is undefined before the session started', async () => {
    const tracker = new XapiTracker({ url: tincanUrl('http://127.0.0.1:9/xapi/', { actor: newActor() }) });
    expect(await tracker.registeredCertificate()).toBeUndefined();
  });
});
