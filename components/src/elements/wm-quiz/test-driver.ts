/**
 * Drives `<wm-quiz>` in element tests the way a learner does (clicks, typing, selects), and reads
 * it back as plain strings: chai assertions that fail on DOM nodes stall the runner's serialiser.
 */
import { fixture, html } from '@open-wc/testing';
import type { QuizData } from '../../../../course/schema/course-data.ts';
import type { QuizProgress, QuizResponse } from '../../runtime/progress.ts';
import './wm-quiz.ts';
import type { WmQuiz } from './wm-quiz.ts';

export const renderQuiz = (activity: QuizData, progress?: QuizProgress, review = false) =>
  fixture<WmQuiz>(html`<wm-quiz .activity=${activity} .progress=${progress} ?review=${review}></wm-quiz>`);

export const root = (el: WmQuiz) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: WmQuiz, selector: string) => root(el).querySelector<T & Element>(selector);
export const count = (el: WmQuiz, selector: string) => root(el).querySelectorAll(selector).length;
/** Rendered text (innerText, so list items stay apart), white space collapsed. */
const read = (node: Element | null) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: WmQuiz, selector: string) => read(q(el, selector));
export const texts = (el: WmQuiz, selector: string) => [...root(el).querySelectorAll(selector)].map(read);

/** The focused node inside the element as `tag#id.class[value|data-step]`, or `nothing`. */
export function focused(el: WmQuiz): string {
  const node = root(el).activeElement;
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  const cls = node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const extra = node.getAttribute('data-step') ?? node.getAttribute('value');
  return `${node.localName}${id}${cls}${extra ? `[${extra}]` : ''}`;
}

export async function click(el: WmQuiz, selector: string): Promise<void> {
  const node = q(el, selector);
  if (!node) throw new Error(`Nothing matches ${selector}`);
  node.click();
  await el.updateComplete;
}

/** Current order of the ordering steps, by text. */
export const stepTexts = (el: WmQuiz) => texts(el, '.step-text');

/** Gives `response` through the controls on screen, like a learner would. */
export async function give(el: WmQuiz, response: QuizResponse, stepText: Record<string, string> = {}): Promise<void> {
  switch (response.kind) {
    case 'single-choice':
      await click(el, `input[value="${response.option}"]`);
      break;
    case 'true-false':
      await click(el, `input[value="${String(response.value)}"]`);
      break;
    case 'multiple-response':
      for (const id of response.options) await click(el, `input[value="${id}"]`);
      break;
    case 'matching':
      for (const [pair, pick] of Object.entries(response.matches)) {
        const select = q<HTMLSelectElement>(el, `#match-${pair}`)!;
        select.value = pick;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      }
      break;
    case 'ordering': {
      // Selection sort with Move up clicks: bring each wanted step up to its place.
      for (const [place, id] of response.order.entries()) {
        let at = stepTexts(el).indexOf(stepText[id]!);
        while (at > place) {
          await click(el, `button[data-step="${id}"][data-by="-1"]`);
          at -= 1;
        }
      }
      break;
    }
    case 'fill-in': {
      const input = q<HTMLInputElement>(el, '#fill-in')!;
      input.value = response.text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      break;
    }
  }
}

export const checkAnswer = (el: WmQuiz) => click(el, 'button.check');
