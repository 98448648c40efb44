import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisteredCertificateLinkSchema } from '../../components/src/tracking/registered-certificate.ts';
import { REGISTERED_CERTIFICATE_PROFILE_ID } from '../../components/src/tracking/xapi/xapi-vocabulary.ts';
import { AUTH } from '../testing/test-lrs.ts';
import { bakedCredential } from './credentials/certificate-svg.ts';
import { ana, coursePassed } from './register-statements.test-support.ts';
import { PUBLIC_URL, registerHarness, type RegisterHarness } from './test-register.ts';

/** Waits (turn by turn, no clock) until `read` gives a value that passes `until`. */
async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean): Promise<T> {
  for (let turn = 0; turn < 2000; turn += 1) {
    const value = await read();
    if (until(value)) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition never held');
}

describe('the register gives the learner their certificate back through the LRS', () => {
  let h: RegisterHarness;
  beforeEach(async () => {
    h = await registerHarness();
  });
  afterEach(() => h.close());

  const profile = async () => {
    const response = await h.app.inject({
      method: 'GET',
      url: `/xapi/agents/profile?agent=${encodeURIComponent(JSON.stringify({ mbox: ana.mbox }))}&profileId=${encodeURIComponent(REGISTERED_CERTIFICATE_PROFILE_ID)}`,
      headers: { authorization: AUTH, 'x-experience-api-version': '1.0.3' },
    });
    return response.statusCode === 200 ? (response.json() as unknown) : undefined;
  };

  it('as an Agent Profile document the package reads, and a public baked certificate, both following a revocation', async () => {
    await h.send(coursePassed({ actor: ana }));
    const link = RegisteredCertificateLinkSchema.parse(await eventually(profile, (doc) => doc !== undefined));
    expect(link.status).toBe('active');
    expect(link.verifyUrl).toBe(`${PUBLIC_URL}/verify/${link.code}`);
    expect(link.credentialUrl).toBe(`${PUBLIC_URL}/verify/${link.code}/certificate.svg`);

    const svg = await h.app.inject({ method: 'GET', url: `/verify/${link.code}/certificate.svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(bakedCredential(svg.body)).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);

    const coordinator = await h.login('coordinator');
    const revoked = await h.as(coordinator, { method: 'POST', url: `/register/api/entries/${link.code}/revoke`, headers: { 'content-type': 'application/json' }, payload: '{"reason":"issued by mistake"}' });
    expect(revoked.statusCode).toBe(200);
    const after = RegisteredCertificateLinkSchema.parse(await eventually(profile, (doc) => (doc as { status?: string } | undefined)?.status === 'revoked'));
    expect(after.code).toBe(link.code);
    expect((await h.app.inject({ method: 'GET', url: `/verify/${link.code}/certificate.svg` })).statusCode).toBe(404);
  });

  it('answers 404 for a code nobody holds', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/verify/7K3M-Q9XD-2HPA/certificate.svg' })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/verify/not-a-code/certificate.svg' })).statusCode).toBe(404);
  });
});
