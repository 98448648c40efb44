/**
 * A module card: its drawn art (when the module has one), number and title (a link to the
 * module's start), time, progress, summary and, folded, its objectives. The same card on the welcome/overview screen and, as the next module,
 * at a module's end, so a learner recognises a module wherever they meet it. A template
 * function, not an element: it renders inside the screen that shows it, with that screen's styles
 * (`moduleCardStyles`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import type { ModuleCard } from '../../runtime/module-report.ts';
import { formatMinutes } from './time-estimate.ts';

export const STATUS_MARK = { 'not-started': '○', 'in-progress': '◐', completed: '✓' } as const;

export interface CardOptions {
  /** Where the title links to (the module's start screen). */
  href: string;
  /** Heading level of the title inside the screen. */
  level: 3 | 4;
  /** The objectives folded under a disclosure (on the overview) or open (one card alone). */
  objectives: 'folded' | 'open';
}

/** Drawn 2:1 (module.yaml `card`); the size the box takes before the picture arrives. */
export const CARD_ART_SIZE = { width: 320, height: 160 } as const;

/**
 * A module's card art: decorative (the card's title says what the module is), lazy (the first
 * screen never waits for nine pictures, and pictures below the fold wait until they are near),
 * with its size given so the cards do not jump when it arrives.
 */
export function renderCardArt(src: string, className = 'card-art'): TemplateResult {
  return html`<img class=${className} src=${src} alt="" loading="lazy" decoding="async" width=${CARD_ART_SIZE.width} height=${CARD_ART_SIZE.height} />`;
}

export function renderModuleCard(t: LocalizeController['t'], card: ModuleCard, options: CardOptions): TemplateResult {
  const id = `card-${card.id}`;
  const title = html`<span class="card-number">${t('course.moduleLabel', { number: card.number })}</span>
    <a href=${options.href}>${card.title}</a>`;
  const progressText = card.status === 'completed' ? t('framing.moduleDone') : t('course.activitiesDone', { done: card.done, total: card.total });
  const objectives = html`<ul class="objectives">
    ${card.objectives.map((o) => html`<li>${o}</li>`)}
  </ul>`;
  return html`<article class="module-card ${card.status}${card.art ? ' with-art' : ''}" aria-labelledby=${id}>
    ${card.art ? renderCardArt(card.art) : nothing}
    ${options.level === 3 ? html`<h3 id=${id}>${title}</h3>` : html`<h4 id=${id}>${title}</h4>`}
    <p class="card-meta">
      ${card.estimate === undefined
        ? nothing
        : html`<span class="estimate"><span class="visually-hidden">${t('framing.timeLabel')} </span>${formatMinutes(t, card.estimate)}</span>`}
      <span class="card-status"><span class="status-mark" aria-hidden="true">${STATUS_MARK[card.status]}</span> ${progressText}</span>
    </p>
    <progress class="card-progress" max=${Math.max(card.total, 1)} .value=${card.done} aria-hidden="true"></progress>
    <p class="summary">${card.summary}</p>
    ${options.objectives === 'open'
      ? html`<p class="objectives-title">${t('framing.objectives')}</p>${objectives}`
      : html`<details>
          <summary>${t('framing.objectivesCount', { count: card.objectives.length })}</summary>
          ${objectives}
        </details>`}
  </article>`;
}
