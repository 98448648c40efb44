/**
 * The minimal cmi5 launcher the preview uses (routes under /cmi5/):
 *
 * - POST /cmi5/launches (JSON body) or GET /cmi5/launch (same fields as query, answers 302):
 *   registers the learner and a registration, writes LMS.LaunchData, issues a one-time fetch
 *   URL and returns (or redirects to) the AU URL with the cmi5 launch parameters.
 * - POST /cmi5/fetch/:token: the AU's fetch URL; answers {"auth-token"} once, then the cmi5
 *   error JSON.
 * - GET /cmi5/registrations/:registration: the moveOn judgement from the statements received.
 *
 * Launcher calls need the LRS credentials; the auth-token it hands out only reaches /xapi/.
 * Launches live in memory (the statements and state documents they produce are stored).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { XapiError, invalid } from '../xapi/xapi-error.ts';
import { ifiKey } from '../xapi/agent-ifi.ts';
import { etagOf } from '../xapi/documents.ts';
import type { Agent } from '../xapi/statement-schema.ts';
import { formatIssues } from '../xapi/statement-validation.ts';
import type { CredentialRegistry } from '../http/credentials.ts';
import type { LrsStore } from '../store/store.ts';
import { LAUNCH_DATA_STATE_ID, LaunchRequestSchema, launchData, launchUrl, type LaunchRequest, type MoveOn } from './launch-data.ts';
import { isSatisfied, progressOf } from './move-on.ts';

export interface Cmi5Options {
  store: LrsStore;
  credentials: CredentialRegistry;
  xapiPrefix: string;
  /** Base URL the AU's browser reaches the LRS at; default: from the request's Host header. */
  publicUrl?: string | undefined;
  /** How long an issued auth-token stays valid. Default 12 hours. */
  sessionTtlMs?: number;
}

interface Registration {
  registration: string;
  activityId: string;
  actor: Agent;
  moveOn: MoveOn;
  masteryScore?: number;
  launchMode: string;
}

const MAX_STATEMENTS_JUDGED = 10_000;

export function mountCmi5Launcher(app: FastifyInstance, options: Cmi5Options): void {
  const registrations = new Map<string, Registration>();
  const fetchTokens = new Map<string, { authToken: string; used: boolean }>();

  const requireLauncher = (request: FastifyRequest) => {
    const credential = options.credentials.verify(request.headers.authorization);
    if (!credential || credential.scope !== 'all') throw new XapiError('unauthorized', 'Authorization header: the cmi5 launcher needs the LRS key and secret (HTTP Basic)');
  };

  const parseLaunch = (input: unknown): LaunchRequest => {
    const result = LaunchRequestSchema.safeParse(input ?? {}, { reportInput: true });
    if (!result.success) throw invalid(formatIssues('launch', result.error.issues));
    return result.data;
  };

  const launch = (request: FastifyRequest, input: LaunchRequest) => {
    const base = (options.publicUrl ?? `${request.protocol}://${request.headers.host ?? '127.0.0.1'}`).replace(/\/$/, '');
    const actor: Agent = input.actor ?? { objectType: 'Agent', name: input.learnerName ?? 'Preview learner', account: { homePage: base, name: input.learnerId ?? 'preview-learner' } };
    const registration = (input.registration ?? randomUUID()).toLowerCase();
    const sessionId = randomUUID();
    const content = Buffer.from(JSON.stringify(launchData(input, sessionId)));
    options.store.documents.put(
      { kind: 'state', activityId: input.activityId, agent: ifiKey(actor)!, registration },
      { id: LAUNCH_DATA_STATE_ID, contentType: 'application/json', content, etag: etagOf(content), updated: new Date().toISOString() },
    );
    const key = `cmi5-${randomBytes(9).toString('hex')}`;
    const secret = randomBytes(24).toString('base64url');
    options.credentials.add({ key, secret }, 'xapi', { name: `cmi5 launch ${registration}`, ttlMs: options.sessionTtlMs ?? 12 * 3600_000 });
    const token = randomBytes(24).toString('base64url');
    fetchTokens.set(token, { authToken: Buffer.from(`${key}:${secret}`).toString('base64'), used: false });
    const entry: Registration = { registration, activityId: input.activityId, actor, moveOn: input.moveOn, launchMode: input.launchMode };
    if (input.masteryScore !== undefined) entry.masteryScore = input.masteryScore;
    registrations.set(registration, entry);
    const fetch = `${base}/cmi5/fetch/${token}`;
    const url = launchUrl(input.auUrl, { endpoint: `${base}${options.xapiPrefix}/`, fetch, actor, registration, activityId: input.activityId });
    return { registration, sessionId, launchUrl: url, fetchUrl: fetch, actor };
  };

  app.post('/cmi5/launches', async (request, reply) => {
    requireLauncher(request);
    let body: unknown;
    try {
      body = JSON.parse((request.body as Buffer | undefined)?.toString('utf8') || '{}');
    } catch {
      throw invalid('request body: is not valid JSON; send the launch fields as a JSON object');
    }
    return reply.code(201).send(launch(request, parseLaunch(body)));
  });

  app.get('/cmi5/launch', async (request, reply) => {
    requireLauncher(request);
    const result = launch(request, parseLaunch(request.query));
    return reply.redirect(result.launchUrl, 302);
  });

  app.post('/cmi5/fetch/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const entry = fetchTokens.get(token);
    if (!entry) return reply.code(400).send({ 'error-code': '2', 'error-text': 'Unknown fetch token: launch the AU again from the LMS' });
    if (entry.used) return reply.code(400).send({ 'error-code': '1', 'error-text': 'Already in use: this fetch URL was already used; an AU may fetch its auth-token once' });
    entry.used = true;
    return reply.code(200).send({ 'auth-token': entry.authToken });
  });

  app.get('/cmi5/registrations/:registration', async (request, reply) => {
    requireLauncher(request);
    const { registration } = request.params as { registration: string };
    const entry = registrations.get(registration.toLowerCase());
    if (!entry) throw new XapiError('not-found', `no cmi5 launch has registration ${registration} (launches are kept in memory until restart)`);
    const rows = options.store.statements.query({
      keys: [
        { kinds: ['registration'], value: entry.registration },
        { kinds: ['activity'], value: entry.activityId },
      ],
      ascending: true,
      limit: MAX_STATEMENTS_JUDGED,
    });
    const actorIfi = ifiKey(entry.actor);
    const verbs = rows
      .map((row) => JSON.parse(row.json) as { verb: { id: string }; actor: Agent })
      .filter((s) => ifiKey(s.actor) === actorIfi)
      .map((s) => s.verb.id);
    const progress = progressOf(verbs);
    return reply.send({ ...entry, ...progress, satisfied: isSatisfied(entry.moveOn, progress), statementsJudged: rows.length });
  });
}
