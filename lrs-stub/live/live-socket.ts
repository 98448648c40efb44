/**
 * A live session's WebSocket (@fastify/websocket, on the `ws` library): every screen opens one
 * at /live/api/sessions/:id/socket and says who it is in its first message (HelloSchema).
 *
 * - A phone proves itself with its rejoin token; the hello is applied as a `rejoin`, so a
 *   reconnect is the same participant with the same vote, and a wrong token is refused.
 * - The facilitator's console and the projector are the coordinator who runs the session,
 *   known by the login cookie that came with the upgrade request. A browser sends cookies on a
 *   cross-site WebSocket too (CORS does not cover WebSockets), so the Origin must be this
 *   server's, as for the login; each command checks the login again, so a logout or a disabled
 *   account stops the console at once.
 * - Phones may send a burst of messages, then about one a second (a token bucket): enough for
 *   anyone changing their mind, not for flooding the wall.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/websocket';
import type { WebSocket } from 'ws';
import type { Accounts } from '../accounts/accounts.ts';
import { currentSession } from '../accounts/require-role.ts';
import { crossOriginReason } from '../accounts/same-origin.ts';
import type { LiveHub } from './live-hub.ts';
import { FacilitatorMessageSchema, type Hello, HelloSchema, LIVE_API, ParticipantMessageSchema, type ServerMessage } from './live-protocol.ts';
import { hashRejoinToken } from './rejoin-token.ts';
import { liveError } from './session-errors.ts';

/** Larger messages close the socket: the biggest a screen sends is a 500-character wall entry. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** A socket that says nothing for this long after opening is closed. */
const HELLO_TIMEOUT_MS = 15_000;
/** Well under the server's idle timeout (LRS_IDLE_TIMEOUT_MS, 120 s by default). */
const HEARTBEAT_MS = 30_000;
const BURST = 10;
const REFILL_PER_SECOND = 1;

export interface LiveSocketOptions {
  hub: LiveHub;
  accounts: Accounts;
}

export function mountLiveSocket(app: FastifyInstance, options: LiveSocketOptions): void {
  const { hub, accounts } = options;
  app.get<{ Params: { id: string } }>(`${LIVE_API}/sessions/:id/socket`, { websocket: true }, (socket, request) => {
    const sessionId = request.params.id;
    const send = (message: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const refuse = (code: Extract<ServerMessage, { type: 'refused' }>['code'], message: string) => {
      send({ type: 'refused', code, message });
      socket.close(4000 + ['bad-hello', 'no-session', 'rejoin-refused', 'not-allowed'].indexOf(code), code);
    };
    let detach: (() => void) | undefined;
    let onMessage: ((data: string) => Promise<void>) | undefined;
    const helloTimer = setTimeout(() => refuse('bad-hello', `say hello within ${HELLO_TIMEOUT_MS / 1000} s`), HELLO_TIMEOUT_MS);
    // A ping now and then keeps a quiet socket from the server's idle timeout and finds the
    // phones that went away without closing (their screen stays attached until then).
    let answered = true;
    socket.on('pong', () => (answered = true));
    const heartbeat = setInterval(() => {
      if (!answered) return socket.terminate();
      answered = false;
      socket.ping();
    }, HEARTBEAT_MS);
    heartbeat.unref();
    socket.on('close', () => {
      clearTimeout(helloTimer);
      clearInterval(heartbeat);
      detach?.();
    });
    // Messages are handled one at a time, in order: a vote and its change must not cross.
    let queue = Promise.resolve();
    socket.on('message', (data, isBinary) => {
      queue = queue.then(async () => {
        if (isBinary) return refuse('bad-hello', 'send text messages (JSON)');
        const text = data.toString();
        if (onMessage) return onMessage(text);
        clearTimeout(helloTimer);
        const hello = parseMessage(text, HelloSchema);
        if (!hello) return refuse('bad-hello', 'the first message must be a hello (live-protocol.ts HelloSchema)');
        const started = await greet(socket, request, hello, sessionId, send, refuse);
        if (!started) return;
        detach = started.detach;
        onMessage = started.onMessage;
      }).catch((error: unknown) => {
        request.log.error(error);
        refuse('not-allowed', 'the server failed on this message; reload the page');
      });
    });
  });

  async function greet(socket: WebSocket, request: FastifyRequest, hello: Hello, sessionId: string, send: (message: ServerMessage) => void, refuse: (code: 'bad-hello' | 'no-session' | 'rejoin-refused' | 'not-allowed', message: string) => void) {
    const session = await hub.session(sessionId);
    if (!session) return void refuse('no-session', 'there is no live session at this address any more');
    if (hello.role === 'participant') {
      const rejoined = await hub.command(sessionId, { type: 'rejoin', participantId: hello.participantId, tokenHash: hashRejoinToken(hello.token) });
      if ('error' in rejoined) return void refuse('rejoin-refused', 'this phone is not a participant of the session; join again with the code');
      const bucket = tokenBucket();
      const detach = await hub.attach(sessionId, { role: 'participant', participantId: hello.participantId, send });
      const onMessage = async (text: string) => {
        const message = parseMessage(text, ParticipantMessageSchema);
        if (!message) return send({ type: 'result', ref: refOf(text), ok: false, error: liveError('invalid-command', 'a vote or a wall entry (ParticipantMessageSchema)').error });
        if (!bucket()) return send({ type: 'result', ref: message.ref, ok: false, error: liveError('too-fast').error });
        const command = message.type === 'vote' ? { type: 'vote' as const, participantId: hello.participantId, choice: message.answer } : { type: 'submit' as const, participantId: hello.participantId, text: message.text };
        const applied = await hub.command(sessionId, command);
        send('error' in applied ? { type: 'result', ref: message.ref, ok: false, error: applied.error } : { type: 'result', ref: message.ref, ok: true });
      };
      return { detach, onMessage };
    }
    const allowed = () => {
      const current = currentSession(accounts, request);
      return current !== undefined && current.session.role === 'coordinator' && current.session.username === session.facilitator;
    };
    const crossOrigin = crossOriginReason(request);
    if (crossOrigin) return void refuse('not-allowed', `${crossOrigin}; open the console from this server's dashboard`);
    if (!allowed()) return void refuse('not-allowed', 'log in to the dashboard as the coordinator who runs this session');
    const detach = await hub.attach(sessionId, { role: hello.role, send });
    const onMessage = async (text: string) => {
      if (hello.role === 'room') return send({ type: 'result', ref: refOf(text), ok: false, error: liveError('invalid-command', 'the projector only shows the session').error });
      if (!allowed()) return refuse('not-allowed', 'your login ended; log in again');
      const message = parseMessage(text, FacilitatorMessageSchema);
      if (!message) return send({ type: 'result', ref: refOf(text), ok: false, error: liveError('invalid-command', 'a facilitator command (FacilitatorMessageSchema)').error });
      const applied = await hub.command(sessionId, message.command);
      send('error' in applied ? { type: 'result', ref: message.ref, ok: false, error: applied.error } : { type: 'result', ref: message.ref, ok: true });
    };
    return { detach, onMessage };
  }
}

function parseMessage<T>(text: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The `ref` of a message that did not parse, so the screen's pending send still gets its answer. */
function refOf(text: string): number {
  try {
    const ref = (JSON.parse(text) as { ref?: unknown }).ref;
    return typeof ref === 'number' && Number.isInteger(ref) && ref >= 0 ? ref : 0;
  } catch {
    return 0;
  }
}

function tokenBucket(now: () => number = Date.now): () => boolean {
  let tokens = BURST;
  let last = now();
  return () => {
    const at = now();
    tokens = Math.min(BURST, tokens + ((at - last) / 1000) * REFILL_PER_SECOND);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
