/**
 * Small line icons that go with the choice quality and ending outcome labels. They are
 * decorative (`aria-hidden`): the text label always says the same, so colour and shape are
 * never the only signal.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { ChoiceQuality, EndingOutcome } from '../../../../course/schema/activities/dialogue.ts';

const icon = (body: TemplateResult<2>): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

const check = icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M7.5 12.5l3 3 6-6.5"/>`);
const caution = icon(svg`<path d="M12 3.2l9.5 16.8h-19z"/><path d="M12 10v4.5M12 17.3v.2"/>`);
const cross = icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"/>`);

export const qualityIcon: Record<ChoiceQuality, TemplateResult> = { good: check, acceptable: caution, poor: cross };
export const outcomeIcon: Record<EndingOutcome, TemplateResult> = { positive: check, mixed: caution, negative: cross };
