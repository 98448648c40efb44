/**
 * The live "120 characters left" counter under a text area. Free text is stored in the SCORM
 * suspend_data budget, so `maxLength` is a real limit and learners should see it coming.
 * The visible counter is not a live region: it is linked to the text area with
 * `aria-describedby`, so it is read on focus. A separate polite live region speaks the count
 * only near the limit and only once typing pauses, never on every key.
 * Used by <wm-reflection> and <wm-feedback-exercise>; one controller serves many text areas.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.ts';

/** Pause after the last key before the count is announced. */
export const ANNOUNCE_DELAY_MS = 1000;

/** Characters left at which the counter starts to warn: 10 % of the limit, at least 20. */
export function nearLimit(maxLength: number): number {
  return Math.max(20, Math.ceil(maxLength * 0.1));
}

export class CharacterCountController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocalizeController;
  private readonly announcements = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(host: ReactiveControllerHost, i18n: LocalizeController) {
    this.host = host;
    this.i18n = i18n;
    host.addController(this);
  }

  /** Call on every edit of the text area `id`: schedules (or withdraws) the spoken count. */
  track(id: string, length: number, maxLength: number): void {
    clearTimeout(this.timers.get(id));
    const left = Math.max(0, maxLength - length);
    if (left > nearLimit(maxLength)) {
      if (this.announcements.delete(id)) this.host.requestUpdate();
      return;
    }
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        this.announcements.set(id, this.i18n.t('common.charactersLeft', { count: left }));
        this.host.requestUpdate();
      }, ANNOUNCE_DELAY_MS),
    );
  }

  /** The visible counter (element id `id`, for `aria-describedby`) and its live region. */
  render(id: string, length: number, maxLength: number): TemplateResult {
    const left = Math.max(0, maxLength - length);
    const near = left <= nearLimit(maxLength);
    return html`<p class="counter ${near ? 'near' : ''}" id=${id}>${this.i18n.t('common.charactersLeft', { count: left })}</p>
      <span class="visually-hidden" role="status" data-counter-for=${id}>${this.announcements.get(id) ?? ''}</span>`;
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
