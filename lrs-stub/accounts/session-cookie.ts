/**
 * The session cookie: its name and flags, read and written with `cookie` (jshttp, what
 * Express and @fastify/cookie use) rather than a registered plugin, so any route of the app,
 * in any fastify scope, can read a session without registering anything first.
 *
 * Flags: HttpOnly (page scripts never see the token), SameSite=Strict (no other site's page
 * can make the browser send it), Path=/ (the dashboard and its API share it), no Max-Age (the
 * server decides expiry; the browser drops it when closed). Secure unless the request came over
 * plain http on loopback, from a loopback address with a loopback Host: `npm run lrs` on a
 * laptop is http://127.0.0.1, where a Secure cookie is not stored by every browser; anything
 * else is expected behind TLS, and over plain http a Secure cookie is simply not sent back.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseCookie, stringifySetCookie } from 'cookie';
import { isLoopback } from '../config.ts';

export const SESSION_COOKIE = 'wm_session';

export function readSessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[SESSION_COOKIE];
}

/** The host part of a Host header: "127.0.0.1:8787" → "127.0.0.1", "[::1]:80" → "::1". */
function hostName(host: string | undefined): string {
  if (!host) return '';
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  if (bracketed) return bracketed[1]!;
  return host.replace(/:\d+$/, '');
}

const loopbackAddress = (address: string | undefined) => address !== undefined && (isLoopback(address) || address.startsWith('::ffff:127.'));

export function isPlainLoopback(request: FastifyRequest): boolean {
  return request.protocol === 'http' && loopbackAddress(request.socket.remoteAddress) && isLoopback(hostName(request.headers.host));
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: 'strict', path: '/', secure: !isPlainLoopback(request) }),
  );
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: SESSION_COOKIE, value: '', httpOnly: true, sameSite: 'strict', path: '/', secure: !isPlainLoopback(request), expires: new Date(0), maxAge: 0 }),
  );
}
