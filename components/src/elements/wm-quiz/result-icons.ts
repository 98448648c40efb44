/**
 * Line icons for right and wrong answers. Decorative (`aria-hidden`): the text next to them
 * always says "Correct" or "Not correct", so colour and shape are never the only signal.
 */
import { html, svg, type TemplateResult } from 'lit';

const icon = (body: TemplateResult<2>): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const rightIcon = icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M7.5 12.5l3 3 6-6.5"/>`);
export const wrongIcon = icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"/>`);
export const upIcon = icon(svg`<path d="M12 19V5M6 11l6-6 6 6"/>`);
export const downIcon = icon(svg`<path d="M12 5v14M6 13l6 6 6-6"/>`);
