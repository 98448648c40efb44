/**
 * Serves the built dashboard (npm run build:dashboard → dist/dashboard/) from the LRS: the one
 * index.html at /dashboard, /register and every page under them (the app draws the page from
 * the address, so a bookmark or a reload of /dashboard/items works), and its content-hashed
 * files under /dashboard/assets/ with a year-long cache. The APIs under them
 * (/dashboard/api/, /register/api/, the register's /register/status/) are never answered with
 * the page: a wrong API address gets the LRS's JSON 404, not HTML.
 *
 * The same build holds live.html, the live sessions' public screens: served at /live and
 * /live/ (a participant's phone, /live?code=… from the QR code) and at /live/room/<sessionId>
 * (the projector). Nothing else under /live is a page: /live/api/ is the live sessions' API,
 * and an address there that no route answers gets the JSON 404 too.
 *
 * Every answer carries a strict Content-Security-Policy (scripts, styles, fonts and requests
 * from this origin only; no inline script, no framing), `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`: the page shows learners' names and lets coordinators erase
 * data, so nothing else may run in it or learn its addresses. Without a build, /dashboard
 * answers 503 with a page that says which command to run.
 *
 * Usage (in the app's wiring): `mountDashboardApp(app, { distDir: DASHBOARD_DIST })`, with
 * DASHBOARD_DIST from ./dashboard-dist.ts, the build's output folder.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JOIN_PATH } from '../live/live-protocol.ts';

export interface MountDashboardOptions {
  /** The build's output folder, holding index.html and assets/. */
  distDir: string;
}

/** Where the app's pages live; the APIs under them are excluded below. */
export const DASHBOARD_PAGE_PREFIXES = ['/dashboard', '/register'] as const;

/** The live screens' addresses (exact routes, no wildcard, so /live/api/… stays the API's). */
export const LIVE_PAGE_ROUTES = [JOIN_PATH, `${JOIN_PATH}/`, `${JOIN_PATH}/room/:sessionId`] as const;

export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Addresses under the page prefixes that belong to an API, never to the app. */
const NOT_PAGES = /^\/(?:dashboard\/api|register\/api|register\/status)(?:\/|$)/;
/** An asset's name in assets/: plain file names, one level of folders at most, no dot-dot. */
const ASSET_NAME = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';

const MISSING_BUILD = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dashboard not built</title></head>
<body><main><h1>The dashboard has not been built</h1>
<p>This LRS serves the coordinators' dashboard from <code>dist/dashboard/</code>, which does not exist yet.</p>
<p>Run <code>npm run build:dashboard</code> in the workmentor folder, then reload this page. (<code>npm run lrs</code> builds it before it starts.)</p>
</main></body></html>
`;

function secure(reply: FastifyReply): FastifyReply {
  return reply.header('content-security-policy', DASHBOARD_CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('x-frame-options', 'DENY');
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' || (error as NodeJS.ErrnoException).code === 'EISDIR';

export function mountDashboardApp(app: FastifyInstance, options: MountDashboardOptions): void {
  const distDir = resolve(options.distDir);
  const assetsDir = resolve(distDir, 'assets');

  const page = (file: 'index.html' | 'live.html') => async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    if (NOT_PAGES.test(path)) return reply.callNotFound();
    // The router lets /live/room/ through with an empty id: no session has one, so no page.
    if ((request.params as { sessionId?: string }).sessionId === '') return reply.callNotFound();
    let html: Buffer;
    try {
      // Read at every request: a rebuild while the LRS runs is served at once (the file is 1 KB).
      html = await readFile(resolve(distDir, file));
    } catch (error) {
      if (!isMissing(error)) throw error;
      return secure(reply).code(503).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').header('retry-after', '30').send(MISSING_BUILD);
    }
    // No cache: the page names this build's assets, which a new build replaces.
    return secure(reply).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };

  const asset = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    const name = request.params['*'];
    if (!ASSET_NAME.test(name)) return reply.callNotFound();
    const file = resolve(assetsDir, name);
    if (!file.startsWith(assetsDir + sep)) return reply.callNotFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      if (isMissing(error)) return reply.callNotFound();
      throw error;
    }
    return secure(reply)
      .header('content-type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
      .header('cache-control', IMMUTABLE)
      .send(body);
  };

  for (const prefix of DASHBOARD_PAGE_PREFIXES) {
    app.get(prefix, page('index.html'));
    app.get(`${prefix}/*`, page('index.html'));
  }
  for (const route of LIVE_PAGE_ROUTES) app.get(route, page('live.html'));
  app.get<{ Params: { '*': string } }>('/dashboard/assets/*', asset);
}
