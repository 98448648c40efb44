/**
 * A heading at a level decided at run time. A panel is the page (its title the h1) on its own
 * page and one section among three (h2) on the overview, so everything under it moves one
 * level with it: screen-reader users navigate by heading level, and a skipped level reads as
 * missing content.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type SubLevel = 2 | 3 | 4;

export function heading(level: SubLevel, content: unknown, id?: string): TemplateResult {
  if (level === 2) return html`<h2 class="sub" id=${ifDefined(id)}>${content}</h2>`;
  if (level === 3) return html`<h3 class="sub" id=${ifDefined(id)}>${content}</h3>`;
  return html`<h4 class="sub" id=${ifDefined(id)}>${content}</h4>`;
}

/** The level below `level`. */
export const below = (level: 1 | SubLevel): SubLevel => Math.min(4, level + 1) as SubLevel;
