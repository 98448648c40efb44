import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_PATH } from '../accounts/session-routes.ts';
import { buildApp } from '../app.ts';
import { openMemoryStore } from '../store/memory-store.ts';
import { SESSION_URL } from './client/app/session.ts';
import { DASHBOARD_CSP, mountDashboardApp } from './serve-dashboard.ts';

const INDEX = '<!doctype html><html lang="en"><head><script type="module" crossorigin src="/dashboard/assets/index-AbC123.js"></script></head><body></body></html>';
const LIVE = '<!doctype html><html lang="en"><head><script type="module" crossorigin src="/dashboard/assets/live-DeF456.js"></script></head><body></body></html>';

function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'wm-dashboard-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'live.html'), LIVE);
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log("dashboard")');
  writeFileSync(join(dist, 'assets', 'index-XyZ789.css'), 'body{margin:0}');
  return dist;
}

/** A bare fastify app with the dashboard mounted beside stand-ins for the APIs and a JSON 404. */
function appWith(distDir: string): FastifyInstance {
  const app = Fastify();
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ status: 404, message: `no ${request.url}` }));
  app.get('/dashboard/api/funnel', async () => ({ panel: 'funnel' }));
  app.get('/dashboard/api/learners/:id', async (request) => ({ learner: (request.params as { id: string }).id }));
  app.get('/register/api/entries', async () => ({ entries: [] }));
  app.get('/register/status/:list', async () => 'status-list');
  app.post('/live/api/join', async () => ({ joined: true }));
  app.get('/live/api/sessions/:id', async (request) => ({ session: (request.params as { id: string }).id }));
  mountDashboardApp(app, { distDir });
  return app;
}

function expectSecured(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toBe(DASHBOARD_CSP);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

describe('mountDashboardApp', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeEach(() => {
    dist = fakeBuild();
    app = appWith(dist);
  });
  afterEach(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers every page of the app with the one index.html, uncached and secured', async () => {
    for (const url of ['/dashboard', '/dashboard/', '/dashboard/items?cohort=2026-spring', '/dashboard/learners/a%20b', '/register', '/register/', '/register/anything/deeper']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expectSecured(response.headers);
      expect(response.body).toBe(INDEX);
    }
  });

  it('serves the hashed assets with their type and a year-long immutable cache', async () => {
    const js = await app.inject({ method: 'GET', url: '/dashboard/assets/index-AbC123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecured(js.headers);
    expect(js.body).toBe('console.log("dashboard")');
    const css = await app.inject({ method: 'GET', url: '/dashboard/assets/index-XyZ789.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers a missing asset 404, never with the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/dashboard/assets/index-gone.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('serves nothing outside assets/, however the path is spelt', async () => {
    writeFileSync(join(dist, 'secret.txt'), 'not for the browser');
    for (const url of ['/dashboard/assets/../secret.txt', '/dashboard/assets/..%2fsecret.txt', '/dashboard/assets/%2e%2e/secret.txt', '/dashboard/assets/.hidden', '/dashboard/assets/a/b/c.js', '/dashboard/assets/']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('not for the browser');
      if (response.statusCode === 200) expect(response.body, url).toBe(INDEX);
    }
  });

  it('leaves the APIs under its prefixes to their routes, and answers unknown API addresses 404', async () => {
    expect((await app.inject({ method: 'GET', url: '/dashboard/api/funnel?cohort=x' })).json()).toEqual({ panel: 'funnel' });
    expect((await app.inject({ method: 'GET', url: '/dashboard/api/learners/abc' })).json()).toEqual({ learner: 'abc' });
    expect((await app.inject({ method: 'GET', url: '/register/api/entries' })).json()).toEqual({ entries: [] });
    expect((await app.inject({ method: 'GET', url: '/register/status/1' })).body).toBe('status-list');
    for (const url of ['/dashboard/api', '/dashboard/api/', '/dashboard/api/nope', '/dashboard/api/learners/abc/unknown', '/register/api', '/register/api/nope', '/register/status/1/extra']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('<html');
    }
  });

  it('answers the live screens with live.html: a phone at /live (with ?code= from a QR code), the projector at /live/room/<id>', async () => {
    for (const url of ['/live', '/live/', '/live?code=KMP7RX', '/live/?code=kmp-7rx', '/live/room/3f2c9a1e-5b7d-4c8e-9f00-1234567890ab', '/live/room/a%20b?x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expectSecured(response.headers);
      expect(response.body, url).toBe(LIVE);
    }
  });

  it('never answers the live API, or another address under /live, with a page', async () => {
    expect((await app.inject({ method: 'POST', url: '/live/api/join', payload: {} })).json()).toEqual({ joined: true });
    expect((await app.inject({ method: 'GET', url: '/live/api/sessions/abc' })).json()).toEqual({ session: 'abc' });
    for (const url of ['/live/api', '/live/api/', '/live/api/join', '/live/api/nope', '/live/api/sessions/abc/qr.svg', '/live/room', '/live/room/', '/live/room/abc/extra', '/live/anything', '/live/assets/live.js']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/^application\/json/);
      expect(response.body, url).not.toContain('<html');
    }
  });

  it('says which command builds the dashboard when there is no build', async () => {
    rmSync(dist, { recursive: true, force: true });
    for (const url of ['/dashboard', '/register', '/dashboard/items', '/live', '/live/room/abc']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expectSecured(response.headers);
      expect(response.body).toContain('npm run build:dashboard');
    }
  });

  it('sends a policy that allows no inline script, no other origin and no framing', () => {
    const directives = Object.fromEntries(DASHBOARD_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(DASHBOARD_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('mountDashboardApp in the LRS', () => {
  const dist = fakeBuild();
  const app = buildApp({ store: openMemoryStore(), credentials: [] });
  mountDashboardApp(app, { distDir: dist });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the page beside the session API, which still answers JSON', async () => {
    expect(SESSION_URL).toBe(SESSION_PATH);
    expect((await app.inject({ method: 'GET', url: '/dashboard' })).body).toBe(INDEX);
    const session = await app.inject({ method: 'GET', url: SESSION_PATH });
    expect(session.statusCode).toBe(401);
    expect(session.headers['content-type']).toMatch(/^application\/json/);
    const unknown = await app.inject({ method: 'GET', url: '/dashboard/api/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ status: 404 });
  });
});

/** Every script file a page loads, following the chunks' static and dynamic imports. */
function scriptsOf(outDir: string, html: string): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [...html.matchAll(/(?:src|href)="\/dashboard\/assets\/([\w-]+\.js)"/g)].map((match) => match[1]!);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (files.has(name)) continue;
    const code = readFileSync(join(outDir, 'assets', name), 'utf8');
    files.set(name, code);
    for (const match of code.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)) queue.push(match[1]!);
  }
  return files;
}

describe('the dashboard build', () => {
  it('writes index.html and live.html with no inline script, and content-hashed assets', async () => {
    const { build } = await import('vite');
    const outDir = mkdtempSync(join(tmpdir(), 'wm-dashboard-build-'));
    try {
      await build({ configFile: join(import.meta.dirname, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      for (const page of ['index.html', 'live.html']) {
        const html = readFileSync(join(outDir, page), 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts.length, page).toBeGreaterThan(0);
        for (const [, attributes, body] of scripts) {
          expect(attributes, page).toMatch(/src="\/dashboard\/assets\/[\w-]+-[\w-]{8}\.js"/);
          expect(body!.trim(), page).toBe('');
        }
        expect(html, page).not.toMatch(/\son[a-z]+=/i);
        expect(html, page).not.toMatch(/<style\b|\sstyle=/i);
      }
      const assets = readdirSync(join(outDir, 'assets'));
      expect(assets.length).toBeGreaterThan(1);
      for (const asset of assets) expect(asset).toMatch(/^[\w-]+-[\w-]{8}\.(js|css|svg)$/);
      expect(readdirSync(outDir).sort()).toEqual(['assets', 'index.html', 'live.html']);
      // A phone downloads none of the dashboard: not its app and text, not chart.js.
      const live = scriptsOf(outDir, readFileSync(join(outDir, 'live.html'), 'utf8'));
      expect([...live.values()].join('\n')).toContain('wm-live-phone');
      for (const [name, code] of live) {
        expect(code, name).not.toContain('wm-dashboard-app');
        expect(code, name).not.toContain("Coordinators' dashboard");
        expect(code, name).not.toContain('datasetElementType');
      }
      const dashboard = [...scriptsOf(outDir, readFileSync(join(outDir, 'index.html'), 'utf8')).values()].join('\n');
      expect(dashboard, 'the markers above are in the dashboard').toContain('datasetElementType');
      expect(dashboard).toContain('wm-dashboard-app');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
