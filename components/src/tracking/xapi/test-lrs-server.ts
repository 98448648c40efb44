/**
 * Test support: the real LRS (lrs-stub, in-memory store) listening on 127.0.0.1 on a free
 * port, so the adapters talk to it through the real `fetch`, and helpers to build launch URLs.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { AUTH, testLrs, type TestLrs } from '../../../../lrs-stub/testing/test-lrs.ts';
import type { Agent } from './xapi-statement.ts';

export interface LrsServer extends TestLrs {
  /** e.g. `http://127.0.0.1:39123` */
  origin: string;
  /** The xAPI endpoint, ending in `/`. */
  endpoint: string;
}

export async function startLrsServer(): Promise<LrsServer> {
  const lrs = await testLrs();
  await lrs.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = lrs.app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { ...lrs, origin, endpoint: `${origin}/xapi/` };
}

export const COURSE_IRI = 'https://workmentor.example.org/xapi/fixture';

/** A learner nobody has seen yet. */
export function newActor(name = 'Ilse'): Agent {
  return { objectType: 'Agent', name, mbox: `mailto:${randomUUID()}@example.org` };
}

/** A Tin Can launch URL for the package's page. */
export function tincanUrl(endpoint: string, params: { actor: Agent; registration?: string; activityId?: string; auth?: string }): string {
  const url = new URL('https://lms.example.org/packages/workmentor/index.html');
  url.searchParams.set('endpoint', endpoint);
  url.searchParams.set('auth', params.auth ?? AUTH);
  url.searchParams.set('actor', JSON.stringify(params.actor));
  if (params.registration) url.searchParams.set('registration', params.registration);
  url.searchParams.set('activity_id', params.activityId ?? COURSE_IRI);
  return url.href;
}
