/**
 * Gives a live-screen element its translate function and number format in the live language,
 * and re-renders it when the language changes (a phone switches to the session's language when
 * its first view arrives).
 * Usage: `private readonly i18n = new LiveLocalizeController(this);` then `this.i18n.t('join.submit')`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liveI18n, translate, type LiveKey, type LiveTranslateOptions } from './live-i18n.ts';

export class LiveLocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Typed translate function: keys are checked against the English source. */
  t(key: LiveKey, options?: LiveTranslateOptions): string {
    return translate(key, options);
  }

  /** The live language (`en`, `nl` or `nb`). */
  get language(): string {
    return liveI18n.language;
  }

  /** A share of 0 to 1 as a percentage in the live language ("40 %" in Norwegian, "40%" in English). */
  percent(share: number): string {
    return new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  }

  hostConnected(): void {
    liveI18n.on('languageChanged', this.onChange);
  }

  hostDisconnected(): void {
    liveI18n.off('languageChanged', this.onChange);
  }
}
