/**
 * The live sessions' HTTP routes under /live/api (live-protocol.ts lists them): a coordinator
 * starts and runs sessions, a phone joins with a code and a name. Everything after the join
 * travels over the session's socket (live-socket.ts).
 *
 * A facilitator sees only their own sessions: another coordinator's session answers 404, as
 * one that does not exist, so ids cannot be probed. Joining is the only route open to anyone,
 * so wrong codes are counted per address and answered 429 after a few (login-throttle.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { Accounts } from '../accounts/accounts.ts';
import { LoginThrottle } from '../accounts/login-throttle.ts';
import { requireRole } from '../accounts/require-role.ts';
import { crossOriginReason } from '../accounts/same-origin.ts';
import { errorBody } from '../http/errors.ts';
import { normalizeJoinCode } from './join-code.ts';
import { parseJsonBody } from './live-body.ts';
import { sessionCsv, summaryPage, summaryWords } from './live-export.ts';
import { SUMMARY_CSP } from './summary-page.ts';
import type { LiveHub } from './live-hub.ts';
import { CreateSessionBodySchema, type FacilitatorScreen, JOIN_PATH, JoinBodySchema, LIVE_API, type SessionSummary } from './live-protocol.ts';
import { liveErrorBody, statusOfLiveError } from './live-status.ts';
import { hashRejoinToken, newRejoinToken } from './rejoin-token.ts';
import type { LiveSession } from './session-schema.ts';
import { facilitatorView } from './session-views.ts';

export interface LiveRoutesOptions {
  hub: LiveHub;
  accounts: Accounts;
  /** Where phones reach this server: the join URL and its QR code are made from it. */
  publicUrl: string;
  /** How long after its last change a session is deleted. */
  retentionMs: number;
}

/** Wrong codes from one address before joining from it waits (a school's NAT has a room behind it). */
const WRONG_CODES_ALLOWED = 10;

export function mountLiveRoutes(app: FastifyInstance, options: LiveRoutesOptions): void {
  const { hub, accounts } = options;
  const coordinator = (request: FastifyRequest, reply: FastifyReply) => requireRole(accounts, 'coordinator', request, reply);
  const joinUrl = (session: LiveSession) => `${options.publicUrl.replace(/\/+$/, '')}${JOIN_PATH}?code=${session.joinCode.replace('-', '')}`;
  // The throttle counts failures per address and per "username"; joining has no username, so
  // one key that never locks stands in for it.
  const wrongCodes = new LoginThrottle({ ipFailures: WRONG_CODES_ALLOWED, usernameFailures: Number.POSITIVE_INFINITY });

  /** The session if the request's coordinator runs it; otherwise the reply is sent (404). */
  const ownSession = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<LiveSession | undefined> => {
    const session = await hub.session(request.params.id);
    if (session && session.facilitator === request.coordinator?.username) return session;
    void reply.code(404).send(errorBody(404, `${request.url.split('?')[0]}: no live session of yours with that id; GET ${LIVE_API}/sessions lists yours`));
    return undefined;
  };

  const screenOf = (session: LiveSession): FacilitatorScreen => {
    const module = hub.moduleOf(session);
    const notes = hub.catalog.notes(session.moduleId, session.locale);
    return {
      view: facilitatorView(session, module),
      joinUrl: joinUrl(session),
      moduleTitle: module.title,
      ...(notes ? { notes } : {}),
      deleteAfter: new Date(Date.parse(session.updatedAt) + options.retentionMs).toISOString(),
    };
  };

  const summaryOf = (session: LiveSession): SessionSummary => ({
    id: session.id,
    joinCode: session.joinCode,
    moduleId: session.moduleId,
    title: hub.catalog.module(session.moduleId, session.locale)?.title ?? session.moduleId,
    locale: session.locale,
    phase: session.phase,
    participants: session.participants.length,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  });

  app.get(`${LIVE_API}/catalog`, { preHandler: coordinator }, async (_request, reply) => reply.header('cache-control', 'no-store').send(hub.catalog.summary()));

  app.get(`${LIVE_API}/sessions`, { preHandler: coordinator }, async (request, reply) => {
    const sessions = await hub.store.ofFacilitator(request.coordinator!.username);
    return reply.header('cache-control', 'no-store').send({ sessions: sessions.map(summaryOf), retentionHours: options.retentionMs / 3_600_000 });
  });

  app.post(`${LIVE_API}/sessions`, { preHandler: coordinator }, async (request, reply) => {
    const body = parseJsonBody('new live session', request.headers['content-type'], request.body, CreateSessionBodySchema);
    if (!body.ok) return reply.code(400).send(errorBody(400, body.message));
    const created = await hub.create({ facilitator: request.coordinator!.username, ...body.value });
    if ('error' in created) return reply.code(statusOfLiveError(created.error.code)).send(liveErrorBody(created.error));
    return reply.code(201).header('cache-control', 'no-store').send(screenOf(created.state));
  });

  app.get<{ Params: { id: string } }>(`${LIVE_API}/sessions/:id`, { preHandler: coordinator }, async (request, reply) => {
    const session = await ownSession(request, reply);
    if (session) return reply.header('cache-control', 'no-store').send(screenOf(session));
  });

  app.get<{ Params: { id: string } }>(`${LIVE_API}/sessions/:id/qr.svg`, { preHandler: coordinator }, async (request, reply) => {
    const session = await ownSession(request, reply);
    if (!session) return;
    // Medium error correction: a projector's glare or a head in the way still scans.
    const svg = await QRCode.toString(joinUrl(session), { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    return reply.header('content-type', 'image/svg+xml').header('cache-control', 'no-store').send(svg);
  });

  {
    app.get<{ Params: { id: string } }>(`${LIVE_API}/sessions/:id/export.csv`, { preHandler: coordinator }, async (request, reply) => {
      const session = await ownSession(request, reply);
      if (!session) return;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="live-session-${session.joinCode}-${session.createdAt.slice(0, 10)}.csv"`)
        .header('cache-control', 'no-store')
        .send(sessionCsv(session, hub.moduleOf(session)));
    });
    app.get<{ Params: { id: string } }>(`${LIVE_API}/sessions/:id/summary`, { preHandler: coordinator }, async (request, reply) => {
      const session = await ownSession(request, reply);
      if (!session) return;
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', SUMMARY_CSP)
        .header('cache-control', 'no-store')
        .send(summaryPage(session, hub.moduleOf(session), summaryWords(session.locale)));
    });
  }

  app.post(`${LIVE_API}/join`, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const crossOrigin = crossOriginReason(request);
    if (crossOrigin) return reply.code(403).send(errorBody(403, `join refused: ${crossOrigin}; join from the page at ${JOIN_PATH} on this server`));
    const waitMs = wrongCodes.retryAfterMs(request.ip, '*');
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return reply.code(429).header('retry-after', String(seconds)).send({ status: 429, error: 'Too Many Requests', code: 'too-many-tries', message: `join: too many wrong codes from this address; try again in ${seconds} s` });
    }
    const body = parseJsonBody('join', request.headers['content-type'], request.body, JoinBodySchema);
    if (!body.ok) return reply.code(400).send({ ...errorBody(400, body.message), code: 'invalid-command' });
    const code = normalizeJoinCode(body.value.code);
    const session = code ? await hub.store.byJoinCode(code) : undefined;
    if (!session) {
      wrongCodes.recordFailure(request.ip, '*');
      return reply.code(404).send({ ...errorBody(404, 'join: no running session has that code; check the code on the screen'), code: 'no-session' });
    }
    const token = newRejoinToken();
    const joined = await hub.command(session.id, { type: 'join', displayName: body.value.displayName, tokenHash: hashRejoinToken(token) });
    if ('error' in joined) return reply.code(statusOfLiveError(joined.error.code)).send(liveErrorBody(joined.error));
    const event = joined.events.find((candidate) => candidate.type === 'participant-joined');
    if (event?.type !== 'participant-joined') throw new Error(`live session ${session.id}: a join stored no participant`);
    return reply.code(200).send({ sessionId: session.id, participantId: event.participantId, token });
  });
}
