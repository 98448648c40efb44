/**
 * The preview studio (`npm start`, `workmentor preview`): one local server that plays the course
 * as each target would be played, and shows what the package writes.
 *
 *   /                      the studio page (client/): modules and activities, targets, language,
 *                          the player in a frame, and a side panel with what the package writes
 *   /web/…                 the web package
 *   /lms/1.2/, /lms/2004/  the LMS simulator (build/lms-simulator/, scorm-again) with the SCORM
 *                          package under sco/, as Moodle frames a SCO
 *   /cmi5/…                the cmi5 package, launched by the local LRS's cmi5 launcher
 *   /lrs/…                 the local LRS (lrs-stub, in memory), reached through the studio so
 *                          the studio can make it "unreachable" on request
 *   /studio/events         server-sent events: a build started, finished, or failed with errors
 *   /studio/api/…          the studio's JSON: state, resume-state decoding, cmi5 launch,
 *                          statements, the LRS switch
 *
 * Saving a content file rebuilds the course (studio-build.ts: no new player bundle, no zips) and
 * tells the page, which reloads the player; content errors go to the page's overlay with the
 * CLI's messages, and the last good build keeps playing.
 */
import chokidar, { type FSWatcher } from 'chokidar';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../lrs-stub/app.ts';
import { openMemoryStore } from '../../lrs-stub/store/memory-store.ts';
import type { ResolvedConfig } from '../config.ts';
import type { FileSet } from '../context.ts';
import { contentType, packagePath } from '../serve.ts';
import { courseIri } from '../targets/activity-iri.ts';
import { StudioBuild, type StudioResult, type StudioTarget } from './studio-build.ts';
import { studioState, type StudioState } from './studio-state.ts';
import { decodeSuspendData } from './resume-inspect.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLIENT = path.join(here, 'client');
const LMS = path.resolve(here, '../lms-simulator');
const LRS_KEY = 'studio';
const LRS_SECRET = 'studio-preview-secret';
const LRS_AUTH = `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString('base64')}`;
/** Edits come in bursts (an editor writes a temp file, then renames it): one build for the burst. */
const SETTLE_MS = 80;

export interface StudioOptions {
  config: ResolvedConfig;
  port: number;
  /** Rebuild when a file under the course folder changes. Default true. */
  watch?: boolean;
  log?: (message: string) => void;
}

export interface RunningStudio {
  url: string;
  /** Builds now (as a saved file would), and resolves with the result once the page was told. */
  rebuild(): Promise<StudioResult>;
  state(): StudioState;
  close(): Promise<void>;
}

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const log = options.log ?? (() => {});
  const builder = new StudioBuild(options.config);
  let packages = new Map<StudioTarget, FileSet>();
  let state: StudioState = { version: 0, building: true, ok: false, errors: '', ms: 0, warnings: [] };
  const listeners = new Set<ServerResponse>();
  const send = (event: string, data: unknown) => {
    for (const response of listeners) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  let lrsDown = false;
  let url = '';
  let lastGood: Extract<StudioResult, { ok: true }> | undefined;
  // Made once the studio listens: the cmi5 launcher writes the LRS's address (the studio's, under
  // /lrs, so the studio can cut it off) into every launch URL.
  let lrs: ReturnType<typeof buildApp>;

  // One build at a time; edits during a build ask for one more after it, not one each.
  let running: Promise<StudioResult> | undefined;
  let again = false;
  const build = async (): Promise<StudioResult> => {
    if (running) {
      again = true;
      return running;
    }
    state = { ...state, building: true };
    send('building', {});
    running = builder.run(log).then((result) => {
      if (result.ok) {
        packages = result.packages;
        lastGood = result;
      }
      state = studioState(state, result);
      send('built', state);
      log(result.ok ? `built in ${Math.round(result.ms)} ms` : `content errors (the last good build keeps playing):\n${result.errors}`);
      return result;
    });
    try {
      return await running;
    } finally {
      running = undefined;
      if (again) {
        again = false;
        void build();
      }
    }
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`studio: ${(error as Error).message}`);
    });
  });

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const pathname = (request.url ?? '/').split('?', 1)[0]!;
    if (pathname === '/' || pathname === '/index.html') return file(response, path.join(CLIENT, 'studio.html'));
    if (pathname === '/studio/studio.js' || pathname === '/studio/studio.css') return file(response, path.join(CLIENT, path.basename(pathname)));
    if (pathname === '/studio/events') return events(request, response);
    if (pathname === '/studio/api/state') return json(response, 200, state);
    if (pathname === '/studio/api/rebuild' && request.method === 'POST') return json(response, 200, studioState(state, await build()));
    if (pathname === '/studio/api/resume' && request.method === 'POST') return resume(request, response);
    if (pathname === '/studio/api/cmi5-launch' && request.method === 'POST') return cmi5Launch(request, response);
    if (pathname === '/studio/api/statements') return statements(request, response);
    if (pathname === '/studio/api/lrs' && request.method === 'POST') {
      lrsDown = (JSON.parse((await body(request)).toString() || '{}') as { down?: boolean }).down === true;
      return json(response, 200, { down: lrsDown });
    }
    if (pathname.startsWith('/lrs/')) return proxyLrs(request, response, pathname.slice('/lrs'.length));
    const lms = pathname.match(/^\/lms\/(1\.2|2004)\/(.*)$/);
    if (lms) {
      const [, version, rest] = lms;
      if (rest === '' || rest === 'index.html') return file(response, path.join(LMS, 'host.html'));
      if (rest === 'lms-host.js') return file(response, path.join(LMS, 'lms-host.js'));
      if (rest === 'scorm-again.js') return file(response, scormAgainBundle());
      if (rest!.startsWith('sco/')) return packageFile(response, version === '1.2' ? 'scorm12' : 'scorm2004', rest!.slice(4));
    }
    const target = pathname.match(/^\/(web|cmi5)\/(.*)$/);
    if (target) return packageFile(response, target[1] as StudioTarget, target[2] || 'index.html');
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`studio: nothing at ${pathname}`);
  };

  const packageFile = (response: ServerResponse, target: StudioTarget, raw: string) => {
    const resolved = packagePath(`/${raw}`);
    if (!('path' in resolved)) return void response.writeHead(resolved.status, { 'content-type': 'text/plain' }).end(resolved.message);
    const data = packages.get(target)?.get(resolved.path);
    if (!data) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(state.building ? 'The course is still building; the page reloads when it is ready.' : `No ${resolved.path} in the ${target} package.`);
    response.writeHead(200, { 'content-type': contentType(path.extname(resolved.path)), 'cache-control': 'no-store' }).end(data);
  };

  const events = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`event: built\ndata: ${JSON.stringify(state)}\n\n`);
    listeners.add(response);
    request.on('close', () => listeners.delete(response));
  };

  const resume = async (request: IncomingMessage, response: ServerResponse) => {
    const { suspendData, target } = JSON.parse((await body(request)).toString() || '{}') as { suspendData?: string; target?: string };
    const course = builderCourse();
    if (!course) return json(response, 409, { error: 'The course has not built yet.' });
    return json(response, 200, decodeSuspendData(course, suspendData ?? '', target === 'scorm12' ? 'scorm12' : 'scorm2004'));
  };

  const builderCourse = () => lastGood?.context.course?.data[lastGood.context.course.source.sourceLocale];

  const cmi5Launch = async (request: IncomingMessage, response: ServerResponse) => {
    // The same registration again after a rebuild: the learner goes on where they were.
    const { learnerName, registration } = JSON.parse((await body(request)).toString() || '{}') as { learnerName?: string; registration?: string };
    const course = lastGood?.context.course;
    if (!course) return json(response, 409, { error: 'The course has not built yet.' });
    const answer = await lrs.inject({
      method: 'POST',
      url: '/cmi5/launches',
      headers: { authorization: LRS_AUTH, 'content-type': 'application/json' },
      payload: JSON.stringify({ activityId: courseIri(course.source), auUrl: `${url}/cmi5/index.html`, learnerName: learnerName ?? 'Studio learner', learnerId: 'studio-learner', ...(registration ? { registration } : {}) }),
    });
    const launch = answer.json() as { launchUrl?: string; registration?: string; message?: string };
    if (answer.statusCode >= 300 || !launch.launchUrl) return json(response, 502, { error: launch.message ?? `the LRS answered ${answer.statusCode}` });
    return json(response, 200, { url: launch.launchUrl, registration: launch.registration });
  };

  const statements = async (request: IncomingMessage, response: ServerResponse) => {
    const registration = new URL(request.url ?? '/', 'http://studio').searchParams.get('registration') ?? '';
    const answer = await lrs.inject({ method: 'GET', url: `/xapi/statements?registration=${encodeURIComponent(registration)}&limit=100`, headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3' } });
    response.writeHead(answer.statusCode, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(answer.body);
  };

  const proxyLrs = async (request: IncomingMessage, response: ServerResponse, lrsPath: string) => {
    if (lrsDown) return void response.writeHead(503, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('The studio has made the LRS unreachable (the side panel switches it back).');
    const answer = await lrs.inject({ method: request.method as 'GET', url: lrsPath + (request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''), headers: request.headers as Record<string, string>, payload: await body(request) });
    const headers = { ...answer.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    response.writeHead(answer.statusCode, headers as Record<string, string>).end(answer.rawPayload);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  lrs = buildApp({ store: openMemoryStore(), credentials: [{ key: LRS_KEY, secret: LRS_SECRET }], publicUrl: `${url}/lrs` });
  await lrs.ready();

  void build();
  const watcher: FSWatcher | undefined = options.watch === false ? undefined : watchCourse(options.config.courseDir, () => void build());

  return {
    url,
    rebuild: () => build(),
    state: () => state,
    async close() {
      await watcher?.close();
      for (const response of listeners) response.end();
      await running?.catch(() => undefined);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lrs.close();
    },
  };
}

function watchCourse(dir: string, changed: () => void): FSWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // chokidar, not fs.watch: Node 20's recursive watcher on Linux lost a file an editor (or
  // `sed -i`) replaced by renaming a new one over it, and later saves of it went unseen.
  // Editors' swap and backup files are not content.
  const watcher = chokidar.watch(dir, { ignoreInitial: true, ignored: (file) => /(^|\/)(\.#|#)|~$|\.sw.$/.test(file) });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  });
  return watcher;
}

function scormAgainBundle(): string {
  const require = createRequire(import.meta.url);
  // The IIFE build, which defines window.Scorm12API and window.Scorm2004API (the package's exports map hides package.json).
  return path.join(path.dirname(require.resolve('scorm-again')), 'scorm-again.min.js');
}

async function file(response: ServerResponse, filePath: string) {
  const data = await readFile(filePath);
  response.writeHead(200, { 'content-type': contentType(path.extname(filePath)), 'cache-control': 'no-store' }).end(data);
}

function json(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

