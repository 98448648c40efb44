/**
 * The answer controls of one quiz item, by kind, as Lit templates for `<wm-quiz>`: radio groups
 * (single-choice, true-false), a checkbox group (multiple-response), one labelled `<select>` per
 * prompt (matching: works with a keyboard, a screen reader and a thumb, unlike drag and drop),
 * a list with Move up / Move down buttons (ordering) and a text input (fill-in). Once checked,
 * the same controls are shown read-only with every right option and every wrong pick marked in
 * text, so colour is never the only signal (unless `reveal` is off: the final assessment shows
 * no right answers while it runs). Kept apart from the element so it stays readable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuizItem } from '../../../../course/schema/activities/quiz.ts';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import type { QuizResponse } from '../../runtime/progress.ts';
import { downIcon, rightIcon, upIcon, wrongIcon } from './result-icons.ts';

export interface ItemControls {
  item: QuizItem;
  /** Option, match or step ids in the order to offer them (see `optionOrder`). */
  order: string[];
  /** The draft answer, or the checked answer once `answered`. */
  response: QuizResponse | undefined;
  answered: boolean;
  /** Whether a checked answer shows which options were right (false in a `feedback: summary` quiz). */
  reveal: boolean;
  /** Id of the error message to tie to the group, when one is shown. */
  errorId: string | undefined;
  t: LocalizeController['t'];
  onChange: (response: QuizResponse) => void;
  onMove: (stepId: string, by: -1 | 1) => void;
}

const describedBy = (...ids: Array<string | undefined | false>): string | typeof nothing => {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? nothing : list;
};

function mark(c: ItemControls, isRight: boolean, picked: boolean): TemplateResult | typeof nothing {
  if (!c.answered || !c.reveal) return nothing;
  if (isRight) return html`<span class="mark right">${rightIcon}${c.t('quiz.rightOption')}</span>`;
  if (picked) return html`<span class="mark wrong">${wrongIcon}${c.t('quiz.wrongPick')}</span>`;
  return nothing;
}

function choiceOptions(c: ItemControls): Array<{ id: string; text: string; right: boolean }> {
  const { item } = c;
  if (item.kind === 'true-false') {
    return c.order.map((id) => ({ id, text: c.t(id === 'true' ? 'quiz.true' : 'quiz.false'), right: String(item.correct) === id }));
  }
  if (item.kind !== 'single-choice' && item.kind !== 'multiple-response') return [];
  const byId = new Map(item.options.map((o) => [o.id, o.text]));
  const right = (id: string) => (item.kind === 'single-choice' ? item.correct === id : item.correct.includes(id));
  return c.order.map((id) => ({ id, text: byId.get(id) ?? id, right: right(id) }));
}

function renderRadios(c: ItemControls): TemplateResult {
  const r = c.response;
  const picked = (id: string) => (r?.kind === 'single-choice' ? r.option === id : r?.kind === 'true-false' ? String(r.value) === id : false);
  const respond = (id: string): QuizResponse =>
    c.item.kind === 'true-false' ? { kind: 'true-false', value: id === 'true' } : { kind: 'single-choice', option: id };
  return html`<fieldset ?disabled=${c.answered} aria-describedby=${describedBy(c.errorId)}>
    <legend>${c.item.prompt}</legend>
    <div class="options">
      ${choiceOptions(c).map(
        (o) => html`<label class="option option-card">
          <input type="radio" name="answer" .value=${o.id} .checked=${live(picked(o.id))} @change=${() => c.onChange(respond(o.id))} />
          <span class="option-text">${o.text} ${mark(c, o.right, picked(o.id))}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function renderCheckboxes(c: ItemControls): TemplateResult {
  const chosen = c.response?.kind === 'multiple-response' ? c.response.options : [];
  const toggle = (id: string, on: boolean): QuizResponse => ({
    kind: 'multiple-response',
    options: on ? [...chosen, id] : chosen.filter((x) => x !== id),
  });
  return html`<fieldset ?disabled=${c.answered} aria-describedby=${describedBy('hint', c.errorId)}>
    <legend>${c.item.prompt}</legend>
    <p id="hint" class="hint">${c.t('quiz.hint.multipleResponse')}</p>
    <div class="options">
      ${choiceOptions(c).map(
        (o) => html`<label class="option option-card">
          <input type="checkbox" name="answer" .value=${o.id} .checked=${live(chosen.includes(o.id))}
            @change=${(e: Event) => c.onChange(toggle(o.id, (e.target as HTMLInputElement).checked))} />
          <span class="option-text">${o.text} ${mark(c, o.right, chosen.includes(o.id))}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function renderMatching(c: ItemControls): TemplateResult | typeof nothing {
  const { item } = c;
  if (item.kind !== 'matching') return nothing;
  const matches = c.response?.kind === 'matching' ? c.response.matches : {};
  const matchText = new Map(item.pairs.map((p) => [p.id, p.match]));
  const pick = (pairId: string, value: string): QuizResponse => {
    const next = { ...matches };
    if (value === '') delete next[pairId];
    else next[pairId] = value;
    return { kind: 'matching', matches: next };
  };
  return html`<fieldset ?disabled=${c.answered} aria-describedby=${describedBy('hint', c.errorId)}>
    <legend>${item.prompt}</legend>
    <p id="hint" class="hint">${c.t('quiz.hint.matching')}</p>
    <div class="matches">
      ${item.pairs.map((pair) => {
        const picked = matches[pair.id];
        const right = picked !== undefined && matchText.get(picked) === pair.match;
        return html`<div class="match">
          <label for="match-${pair.id}">${pair.prompt}</label>
          <select id="match-${pair.id}" @change=${(e: Event) => c.onChange(pick(pair.id, (e.target as HTMLSelectElement).value))}>
            <option value="" .selected=${live(picked === undefined)}>${c.t('quiz.choose')}</option>
            ${c.order.map((id) => html`<option value=${id} .selected=${live(picked === id)}>${matchText.get(id)}</option>`)}
          </select>
          ${c.answered && c.reveal
            ? html`<span class="mark ${right ? 'right' : 'wrong'}">${right ? rightIcon : wrongIcon}${right
                ? c.t('quiz.correct')
                : c.t('quiz.rightAnswer', { answer: pair.match })}</span>`
            : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function renderOrdering(c: ItemControls): TemplateResult | typeof nothing {
  const { item } = c;
  if (item.kind !== 'ordering') return nothing;
  const order = c.response?.kind === 'ordering' ? c.response.order : c.order;
  const text = new Map(item.steps.map((s) => [s.id, s.text]));
  const last = order.length - 1;
  // aria-disabled rather than disabled: a disabled button drops focus, and focus must stay on
  // the button just used even when its step reaches the top or the bottom.
  const move = (id: string, i: number, by: -1 | 1) => {
    const stuck = by === -1 ? i === 0 : i === last;
    const step = text.get(id) ?? id;
    return html`<button type="button" class="secondary move" data-step=${id} data-by=${by} aria-disabled=${stuck ? 'true' : 'false'}
      aria-label=${c.t(by === -1 ? 'quiz.moveUpNamed' : 'quiz.moveDownNamed', { step })}
      @click=${() => { if (!stuck) c.onMove(id, by); }}>${by === -1 ? upIcon : downIcon}${c.t(by === -1 ? 'quiz.moveUp' : 'quiz.moveDown')}</button>`;
  };
  return html`<fieldset ?disabled=${c.answered} aria-describedby=${describedBy(!c.answered && 'hint', c.errorId)}>
    <legend>${item.prompt}</legend>
    ${c.answered ? nothing : html`<p id="hint" class="hint">${c.t('quiz.hint.ordering')}</p>`}
    <ol class="steps">
      ${order.map(
        (id, i) => html`<li class="step">
          <span class="step-text">${text.get(id) ?? id}</span>
          ${c.answered ? nothing : html`<span class="moves">${move(id, i, -1)}${move(id, i, 1)}</span>`}
        </li>`,
      )}
    </ol>
  </fieldset>`;
}

function renderFillIn(c: ItemControls): TemplateResult | typeof nothing {
  const { item } = c;
  if (item.kind !== 'fill-in') return nothing;
  const text = c.response?.kind === 'fill-in' ? c.response.text : '';
  return html`<fieldset ?disabled=${c.answered}>
    <legend>${item.prompt}</legend>
    <label for="fill-in">${c.t('quiz.answerLabel')}</label>
    <input id="fill-in" type="text" autocomplete="off" spellcheck="false" maxlength=${item.maxLength} .value=${live(text)}
      aria-describedby=${describedBy('hint', c.errorId)}
      @input=${(e: Event) => c.onChange({ kind: 'fill-in', text: (e.target as HTMLInputElement).value })} />
    <p id="hint" class="hint">${c.t('quiz.maxLength', { count: item.maxLength })}</p>
  </fieldset>`;
}

/** The controls for `c.item`, editable or read-only with marks. */
export function renderItemControls(c: ItemControls): TemplateResult | typeof nothing {
  switch (c.item.kind) {
    case 'single-choice':
    case 'true-false':
      return renderRadios(c);
    case 'multiple-response':
      return renderCheckboxes(c);
    case 'matching':
      return renderMatching(c);
    case 'ordering':
      return renderOrdering(c);
    case 'fill-in':
      return renderFillIn(c);
  }
}

/** After a wrong answer: what would have been right, said in words for the live region. */
export function renderSolution(item: QuizItem, t: LocalizeController['t'], list: (items: string[]) => string): TemplateResult {
  switch (item.kind) {
    case 'single-choice':
      return html`<p>${t('quiz.rightAnswer', { answer: item.options.find((o) => o.id === item.correct)?.text ?? '' })}</p>`;
    case 'multiple-response':
      return html`<p>${t('quiz.rightAnswers', { answers: list(item.options.filter((o) => item.correct.includes(o.id)).map((o) => o.text)) })}</p>`;
    case 'true-false':
      return html`<p>${t('quiz.rightAnswer', { answer: t(item.correct ? 'quiz.true' : 'quiz.false') })}</p>`;
    case 'matching':
      return html`<p>${t('quiz.rightMatches')}</p>
        <ul>${item.pairs.map((p) => html`<li>${t('quiz.matchPair', { prompt: p.prompt, match: p.match })}</li>`)}</ul>`;
    case 'ordering':
      return html`<p>${t('quiz.rightOrder')}</p>
        <ol>${item.steps.map((s) => html`<li>${s.text}</li>`)}</ol>`;
    case 'fill-in':
      return html`<p>${t('quiz.acceptedAnswer', { answer: item.accept[0] ?? '' })}</p>`;
  }
}
