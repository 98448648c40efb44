/**
 * A live session's socket for element tests, with no socket: the test pushes views, status
 * changes and refusals in, and reads what the screen sent out. Each send is answered by
 * `answer` (ok by default), or held until the test settles it, to see a screen mid-command.
 * Behaves like live-connection.ts where screens can tell: the latest view is handed at once to
 * a new listener, and an older revision never replaces a newer one.
 */
import type { FacilitatorView } from '../../../live/session-views.ts';
import type { CommandResult, ConnectionStatus, LiveConnection, Outgoing, Refusal, ViewMessage } from '../live/live-connection.ts';

export class FakeLiveConnection implements LiveConnection {
  status: ConnectionStatus = 'open';
  readonly sent: Outgoing[] = [];
  closed = false;
  /** Answers each message sent; replace it to refuse or to hold a command. */
  answer: (message: Outgoing) => CommandResult | Promise<CommandResult> = () => ({ ok: true });

  private latest: ViewMessage | undefined;
  private readonly views = new Set<(message: ViewMessage) => void>();
  private readonly statuses = new Set<(status: ConnectionStatus) => void>();
  private readonly refusals = new Set<(refusal: Refusal) => void>();

  /** The commands sent, without the envelope. */
  get commands(): unknown[] {
    return this.sent.filter((message) => message.type === 'command').map((message) => (message as Extract<Outgoing, { type: 'command' }>).command);
  }

  pushView(view: FacilitatorView): void {
    if (this.latest && this.latest.view.revision > view.revision) return;
    this.latest = { type: 'facilitator-view', view };
    for (const listener of this.views) listener(this.latest);
  }

  setStatus(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.statuses) listener(status);
  }

  refuse(refusal: Refusal): void {
    this.setStatus('closed');
    for (const listener of this.refusals) listener(refusal);
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
    return Promise.resolve(this.answer(message));
  }

  close(): void {
    this.closed = true;
    this.status = 'closed';
  }
}
