/**
 * One piece of server data a panel shows, with its state: loading, ready or failed. A new
 * request (the filters changed) aborts the one still running, so a slow old answer never
 * overwrites a newer one; the last good value is kept while the next loads, so a panel does
 * not collapse and jump on every filter change. An ended session (401) is told to the app
 * with a `wm-session-expired` event, which shows the login again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from './api-error.ts';
import { WmSessionExpiredEvent } from '../app/events.ts';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export class ResourceController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private controller: AbortController | undefined;
  private key: string | undefined;
  private loader: ((signal: AbortSignal) => Promise<T>) | undefined;

  status: ResourceStatus = 'idle';
  /** The last value that arrived (kept while a newer one loads). */
  value: T | undefined;
  error: ApiError | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Loads with `load` unless the data for `key` is already there or on its way. */
  request(key: string, load: (signal: AbortSignal) => Promise<T>): void {
    if (key === this.key && this.status !== 'idle') return;
    this.key = key;
    this.loader = load;
    void this.run();
  }

  /** Loads the current key again (the "Try again" button). */
  reload(): void {
    if (this.loader) void this.run();
  }

  /** Forgets the value: the next request shows the loading state from scratch. */
  reset(): void {
    this.controller?.abort();
    this.key = undefined;
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.loader!(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error instanceof ApiError ? error : new ApiError({ kind: 'unexpected', status: 0, serverMessage: String(error) });
      this.status = 'error';
      if (this.error.kind === 'unauthorized') this.host.dispatchEvent(new WmSessionExpiredEvent());
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Reconnected (moved in the page): load again what was cut off.
    if (this.status === 'loading' && this.controller?.signal.aborted) void this.run();
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }
}
