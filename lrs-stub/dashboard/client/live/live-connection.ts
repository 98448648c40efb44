/**
 * A live session's socket as the screens use it: it says hello, hands every view the server
 * sends to the listeners (dropping one older than the last, since fan-out may reorder), sends
 * commands and resolves each with the server's result, and comes back by itself after a lost
 * connection or a phone that slept: with growing pauses (0.5 s up to 8 s, with jitter, so a
 * room of phones waking together do not knock at once), and at once when the page becomes
 * visible or the browser goes online again. A participant's hello carries their rejoin token,
 * so coming back is the same participant with the same vote, never a second one.
 *
 * Screens depend on the `LiveConnection` interface, so element tests hand them a fake.
 */
import { LIVE_API, type Hello, type ServerMessage, ServerMessageSchema } from '../../../live/live-protocol.ts';
import { liveError, type LiveError } from '../../../live/session-errors.ts';
import type { Answer } from '../../../live/session-schema.ts';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';
export type ViewMessage = Extract<ServerMessage, { type: 'participant-view' | 'facilitator-view' | 'room-view' }>;
export type Refusal = Extract<ServerMessage, { type: 'refused' }>;
export type CommandResult = { ok: true } | { ok: false; error: LiveError };

/** What a message carries besides its `ref`, which the connection numbers itself. */
export type Outgoing =
  | { type: 'vote'; answer: Answer }
  | { type: 'submit'; text: string }
  | { type: 'command'; command: { type: string; [field: string]: unknown } };

export interface LiveConnection {
  readonly status: ConnectionStatus;
  /** Called with each new view; at once with the latest one when there is one. */
  onView(listener: (message: ViewMessage) => void): () => void;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** The server would not have this socket (a bad token, a session that is gone): it stays closed. */
  onRefused(listener: (refusal: Refusal) => void): () => void;
  /** Resolves with the server's answer; offline, it fails at once with `offline`, never queues a vote. */
  send(message: Outgoing): Promise<CommandResult>;
  close(): void;
}

const OFFLINE_ERROR: LiveError = liveError('offline').error;
const offline: CommandResult = { ok: false, error: OFFLINE_ERROR };

export function socketUrl(sessionId: string, location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${LIVE_API}/sessions/${encodeURIComponent(sessionId)}/socket`;
}

export function connectLive(sessionId: string, hello: Hello, url = socketUrl(sessionId)): LiveConnection {
  let socket: WebSocket | undefined;
  let status: ConnectionStatus = 'connecting';
  let latest: ViewMessage | undefined;
  let nextRef = 1;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const pending = new Map<number, (result: CommandResult) => void>();
  const viewListeners = new Set<(message: ViewMessage) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const refusalListeners = new Set<(refusal: Refusal) => void>();

  const setStatus = (next: ConnectionStatus) => {
    if (status === next) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };
  const failPending = () => {
    for (const resolve of pending.values()) resolve(offline);
    pending.clear();
  };
  const receive = (data: unknown) => {
    if (typeof data !== 'string') return;
    let parsed: ReturnType<typeof ServerMessageSchema.safeParse>;
    try {
      parsed = ServerMessageSchema.safeParse(JSON.parse(data));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'result') {
      pending.get(message.ref)?.(message.ok ? { ok: true } : { ok: false, error: message.error ?? OFFLINE_ERROR });
      pending.delete(message.ref);
      return;
    }
    if (message.type === 'refused') {
      stopped = true;
      setStatus('closed');
      for (const listener of refusalListeners) listener(message);
      return;
    }
    if (latest && latest.view.revision > message.view.revision && latest.view.sessionId === message.view.sessionId) return;
    latest = message;
    for (const listener of viewListeners) listener(message);
  };
  const open = () => {
    if (stopped) return;
    clearTimeout(retry);
    retry = undefined;
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      attempt = 0;
      current.send(JSON.stringify(hello));
      setStatus('open');
    });
    current.addEventListener('message', (event) => receive(event.data));
    current.addEventListener('close', () => {
      if (socket !== current) return;
      socket = undefined;
      failPending();
      if (stopped) return setStatus('closed');
      setStatus('reconnecting');
      const pause = Math.min(8000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      retry = setTimeout(open, pause);
    });
  };
  const wake = () => {
    if (!stopped && !socket && document.visibilityState !== 'hidden') open();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  open();

  return {
    get status() {
      return status;
    },
    onView(listener) {
      viewListeners.add(listener);
      if (latest) listener(latest);
      return () => viewListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onRefused(listener) {
      refusalListeners.add(listener);
      return () => refusalListeners.delete(listener);
    },
    send(message) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve(offline);
      const ref = nextRef++;
      const sent = socket;
      return new Promise((resolve) => {
        pending.set(ref, resolve);
        sent.send(JSON.stringify({ ...message, ref }));
      });
    },
    close() {
      stopped = true;
      clearTimeout(retry);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
      socket?.close();
      socket = undefined;
      failPending();
      setStatus('closed');
    },
  };
}
