/**
 * A page of reading. Its HTML was compiled from Markdown and sanitized at build time (so no
 * Markdown parser or sanitizer ships to the browser) and starts its headings at `<h3>`: the
 * shell renders the page title as `<h2>`. Shadow DOM is kept so the course's typography
 * cannot leak into an LMS page or the other way round; the content is styled inside it.
 * An end marker after the text tells the shell when the learner has reached the end of the
 * page (`wm-page-end`), which is when a page counts as read.
 */
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PageData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { WmPageEndEvent } from './events.ts';
import { pageStyles } from './wm-page.styles.ts';

/**
 * @summary Shows a page of course text, readable on a phone.
 * @csspart content - The wrapper around the page's HTML.
 * @event wm-page-end - WmPageEndEvent: the end of the page came into view (once per page shown).
 */
@customElement('wm-page')
export class WmPage extends LitElement {
  static override styles = [tokens, buttons, pageStyles];

  /** The page to show (its `html` is trusted: sanitized by the build). */
  @property({ attribute: false }) activity: PageData | undefined;

  private readonly i18n = new LocalizeController(this);
  private prepared: { key: string; html: string } | undefined;
  private observer: IntersectionObserver | undefined;
  /** The page whose end was reported: one event per page shown, however often the learner scrolls. */
  private reported: PageData | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new page in the same element (the shell reuses it from page to page) is watched afresh:
    // observing again gives a first report for the new text.
    if (changed.has('activity')) this.watchEnd();
  }

  private watchEnd(): void {
    const marker = this.renderRoot.querySelector('.end');
    if (!marker || !this.activity) return;
    this.observer ??= new IntersectionObserver(this.handleIntersection);
    this.observer.disconnect();
    this.observer.observe(marker);
  }

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    if (!entries.some((e) => e.isIntersecting) || !this.activity || this.reported === this.activity) return;
    this.reported = this.activity;
    this.dispatchEvent(new WmPageEndEvent());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = `${this.i18n.language}\u0000${this.activity?.html ?? ''}`;
    if (this.prepared?.key !== key) this.prepared = { key, html: this.prepare(this.activity?.html ?? '') };
  }

  /**
   * Wraps each table in a focusable, named region that scrolls sideways on its own: a wide
   * table on a 320 px screen must not make the whole page scroll, and keyboard users need a
   * tab stop to scroll it (WCAG 2.1.1). Parsing in a `<template>` runs no scripts.
   */
  private prepare(source: string): string {
    const template = document.createElement('template');
    template.innerHTML = source;
    for (const table of template.content.querySelectorAll('table')) {
      const caption = table.querySelector('caption')?.textContent?.trim();
      const region = document.createElement('div');
      region.className = 'table-scroll';
      region.setAttribute('role', 'region');
      region.setAttribute('tabindex', '0');
      region.setAttribute('aria-label', caption ? this.i18n.t('page.tableNamed', { caption }) : this.i18n.t('page.table'));
      table.replaceWith(region);
      region.append(table);
    }
    return template.innerHTML;
  }

  override render(): TemplateResult {
    return html`<div class="prose" part="content">${unsafeHTML(this.prepared?.html ?? '')}</div>
      <div class="end" aria-hidden="true"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-page': WmPage;
  }
}
