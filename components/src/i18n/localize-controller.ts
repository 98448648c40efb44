/**
 * Gives an element its translate function and re-renders it when the language changes.
 * Usage: `private readonly i18n = new LocalizeController(this);` then `this.i18n.t('quiz.check')`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { i18n } from './i18n.ts';

export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Typed translate function: keys are checked against the English source locale. */
  readonly t: typeof i18n.t = i18n.t.bind(i18n) as typeof i18n.t;

  /** Current interface language (`en`, `nl` or `nb`). */
  get language(): string {
    return i18n.language;
  }

  /** Text direction of the current language, for `dir` attributes (RTL-ready). */
  get dir(): 'ltr' | 'rtl' {
    return i18n.dir(i18n.language);
  }

  hostConnected(): void {
    i18n.on('languageChanged', this.onChange);
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.onChange);
  }
}
