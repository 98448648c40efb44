/**
 * Renders an element under an API provider, as the app does, so the element gets the mock
 * API's client through context; and small helpers to read what a shadow root shows.
 */
import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { expectAccessible } from '../../../../components/src/test-support/axe.ts';
import { apiContext } from '../api/api-context.ts';
import type { ApiClient } from '../api/api-client.ts';

export async function renderWithApi<T extends HTMLElement>(template: TemplateResult, api: ApiClient): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="test-page"></div>`);
  new ContextProvider(wrapper, { context: apiContext, initialValue: api });
  render(template, wrapper);
  const element = wrapper.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = (el.shadowRoot ?? el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...(el.shadowRoot ?? el).querySelectorAll<T>(selector)];

/** The text of `selector` in `el`'s shadow root (or in `el` itself, without one), whitespace collapsed. */
export const textOf = (el: Element, selector: string): string => ($(el, selector).textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cells of each body row of a table, as trimmed text. */
export const rowsOf = (table: Element): string[][] =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** Waits until the transitions and animations in `el`'s shadow root are over (a colour audit mid-transition sees colours nobody reads). */
export async function transitionsDone(el: Element): Promise<void> {
  await Promise.all((el.shadowRoot ?? document).getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

/** The accessibility audit once the element has settled (components/src/test-support/axe.ts: WCAG 2.1 AA and best practices). */
export async function audit(el: Element, state: string): Promise<void> {
  await transitionsDone(el);
  await expectAccessible(el, state);
}
