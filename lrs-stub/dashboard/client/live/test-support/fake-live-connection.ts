/**
 * A LiveConnection for element tests: the test emits the views, statuses and refusals a server
 * would send, and sees every message the screen sent. Sends are answered at once with `ok` by
 * default; `hold()` keeps them waiting until the test answers each (to see a pending state, or
 * a refusal). No socket, no timers.
 */
import type { Hello } from '../../../../live/live-protocol.ts';
import type { ParticipantView, RoomView } from '../../../../live/session-views.ts';
import type { LiveErrorCode } from '../../../../live/session-errors.ts';
import type { CommandResult, ConnectionStatus, LiveConnection, Outgoing, Refusal, ViewMessage } from '../live-connection.ts';

interface Pending {
  message: Outgoing;
  resolve: (result: CommandResult) => void;
}

export class FakeLiveConnection implements LiveConnection {
  status: ConnectionStatus = 'open';
  closed = false;
  /** Every message sent, in order. */
  readonly sent: Outgoing[] = [];
  private held = false;
  private readonly pending: Pending[] = [];
  private latest: ViewMessage | undefined;
  private readonly views = new Set<(message: ViewMessage) => void>();
  private readonly statuses = new Set<(status: ConnectionStatus) => void>();
  private readonly refusals = new Set<(refusal: Refusal) => void>();

  /** The hello the screen opened it with (set by `connector()`). */
  hello: Hello | undefined;
  sessionId: string | undefined;

  /** From now on, sends wait for `answer()`. */
  hold(): this {
    this.held = true;
    return this;
  }

  /** Sends waiting for an answer. */
  get waiting(): number {
    return this.pending.length;
  }

  /** Answers the oldest waiting send. */
  answer(result: CommandResult = { ok: true }): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no send is waiting for an answer');
    next.resolve(result);
  }

  /** Answers the oldest waiting send with a refusal. */
  refuseSend(code: LiveErrorCode): void {
    this.answer({ ok: false, error: { code, message: `(server) ${code}` } });
  }

  emitParticipant(view: ParticipantView): void {
    this.emit({ type: 'participant-view', view });
  }

  emitRoom(view: RoomView): void {
    this.emit({ type: 'room-view', view });
  }

  setStatus(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.statuses) listener(status);
  }

  refuse(code: Refusal['code']): void {
    this.status = 'closed';
    for (const listener of this.refusals) listener({ type: 'refused', code, message: `(server) ${code}` });
  }

  onView(listener: (message: ViewMessage) => void): () => void {
    this.views.add(listener);
    if (this.latest) listener(this.latest);
    return () => this.views.delete(listener);
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statuses.add(listener);
    return () => this.statuses.delete(listener);
  }

  onRefused(listener: (refusal: Refusal) => void): () => void {
    this.refusals.add(listener);
    return () => this.refusals.delete(listener);
  }

  send(message: Outgoing): Promise<CommandResult> {
    this.sent.push(message);
    if (!this.held) return Promise.resolve({ ok: true });
    return new Promise((resolve) => this.pending.push({ message, resolve }));
  }

  close(): void {
    this.closed = true;
    this.status = 'closed';
  }

  private emit(message: ViewMessage): void {
    this.latest = message;
    for (const listener of this.views) listener(message);
  }
}

/** A `connect` for <wm-live-phone> that records each connection it opens. */
export function connector(): { connect: (sessionId: string, hello: Hello) => FakeLiveConnection; opened: FakeLiveConnection[] } {
  const opened: FakeLiveConnection[] = [];
  return {
    opened,
    connect: (sessionId, hello) => {
      const connection = new FakeLiveConnection();
      connection.sessionId = sessionId;
      connection.hello = hello;
      opened.push(connection);
      return connection;
    },
  };
}
