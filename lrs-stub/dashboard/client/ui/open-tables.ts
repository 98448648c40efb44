/**
 * Which of an element's "Show the numbers as a table" disclosures are open. Kept per element
 * and by figure id, so a table stays open when the filters change and the chart is redrawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class OpenTablesController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly open = new Set<string>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  toggle(id: string): void {
    if (!this.open.delete(id)) this.open.add(id);
    this.host.requestUpdate();
  }

  hostConnected(): void {}
}
