/**
 * Login CSRF: SameSite protects a session that exists, not the login that creates one; another
 * site's form could log a coordinator's browser into an account the attacker controls. So the
 * login refuses requests a browser marks as coming from another site: `Sec-Fetch-Site:
 * cross-site` or `same-site`, or an `Origin` whose host is not the Host the request was sent
 * to. Clients that are not browsers (curl, tests) send neither header and are let through.
 */
import type { FastifyRequest } from 'fastify';

/** Why the request looks cross-origin, or undefined when it does not. */
export function crossOriginReason(request: FastifyRequest): string | undefined {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return `Sec-Fetch-Site is ${site}`;
  const origin = request.headers.origin;
  if (origin === undefined) return undefined;
  let host: string;
  let expected: string;
  try {
    const url = new URL(origin);
    host = url.host;
    // Through URL as well, so a default port is dropped the same way on both sides.
    expected = new URL(`${url.protocol}//${request.headers.host ?? ''}`).host;
  } catch {
    return `Origin ${origin} is not this server (${request.headers.host ?? 'no Host'})`;
  }
  if (host === '' || host !== expected) return `Origin ${origin} is not this server (${request.headers.host ?? 'no Host'})`;
  return undefined;
}
