/**
 * Gives a dashboard element its translate function and number and date formats in the chosen
 * language, and re-renders it when the language changes.
 * Usage: `private readonly i18n = new DashboardLocalizeController(this);` then
 * `this.i18n.t('login.submit')`, `this.i18n.format.percent(42)`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dashboardI18n, translate, type DashboardKey, type TranslateOptions } from './dashboard-i18n.ts';
import { DashboardFormats } from './dashboard-formats.ts';

export class DashboardLocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private formats: DashboardFormats | undefined;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Typed translate function: keys are checked against the English source. */
  t(key: DashboardKey, options?: TranslateOptions): string {
    return translate(key, options);
  }

  /** The dashboard language (`en`, `nl` or `nb`). */
  get language(): string {
    return dashboardI18n.language;
  }

  /** Intl formats for the dashboard language (made once per language). */
  get format(): DashboardFormats {
    if (this.formats?.language !== this.language) this.formats = new DashboardFormats(this.language);
    return this.formats;
  }

  hostConnected(): void {
    dashboardI18n.on('languageChanged', this.onChange);
  }

  hostDisconnected(): void {
    dashboardI18n.off('languageChanged', this.onChange);
  }
}
