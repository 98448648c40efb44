/**
 * A page of reading. Its HTML was compiled from Markdown and sanitized at build time (so no
 * Markdown parser or sanitizer ships to the browser) and starts its headings at `<h3>`: the
 * shell renders the page title as `<h2>`. Shadow DOM is kept so the course's typography
 * cannot leak into an LMS page or the other way round; the content is styled inside it.
 */
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PageData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { buttons, tokens } from '../../styles/tokens.ts';
import { pageStyles } from './wm-page.styles.ts';

/**
 * @summary Shows a page of course text, readable on a phone.
 * @csspart content - The wrapper around the page's HTML.
 */
@customElement('wm-page')
export class WmPage extends LitElement {
  static override styles = [tokens, buttons, pageStyles];

  /** The page to show (its `html` is trusted: sanitized by the build). */
  @property({ attribute: false }) activity: PageData | undefined;

  private readonly i18n = new LocalizeController(this);
  private prepared: { key: string; html: string } | undefined;

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
    return html`<div class="prose" part="content">${unsafeHTML(this.prepared?.html ?? '')}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-page': WmPage;
  }
}
