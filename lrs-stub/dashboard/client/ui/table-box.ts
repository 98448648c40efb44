/**
 * A data table in its own scrolling box: the box is a focusable region named by the visible
 * title above it (so keyboard users can scroll it and screen readers hear what it is), with a
 * visible hint to scroll sideways on narrow screens. The title stays put while the table
 * scrolls; the table keeps a real caption for screen readers' table navigation. Every table in the dashboard goes
 * through here, so none can push the page wider than a 360 px phone.
 */
import { html, type TemplateResult } from 'lit';
import { translate } from '../i18n/dashboard-i18n.ts';

export interface TableBoxOptions {
  /** Unique in the element's shadow root. */
  id: string;
  caption: string | TemplateResult;
  head: TemplateResult;
  body: TemplateResult | TemplateResult[];
}

export function tableBox({ id, caption, head, body }: TableBoxOptions): TemplateResult {
  return html`<div class="table-box">
    <p class="table-title" id="${id}-title">${caption}</p>
    <div class="table-scroll" role="region" aria-labelledby="${id}-title" tabindex="0">
      <table id=${id}>
        <caption id="${id}-caption" class="visually-hidden">${caption}</caption>
        <thead>${head}</thead>
        <tbody>${body}</tbody>
      </table>
    </div>
    <p class="scroll-hint">${translate('data.scroll')}</p>
  </div>`;
}
