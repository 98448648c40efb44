/**
 * What only the final assessment shows in `<wm-quiz>`, as template functions: the modules still
 * to complete before it opens (links to them), the round rule, when a used-up round opens again
 * or the request code and the field for a trainer's reopen code, and the result per competence
 * that replaces the question-by-question list. The rules behind them live in
 * runtime/final-attempts.ts, runtime/reopen-code.ts and runtime/competence-summary.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Competence } from '../../../../course/schema/competence.ts';
import type { LocalizeController } from '../../i18n/localize-controller.ts';
import type { CompetenceResult } from '../../runtime/competence-summary.ts';
import type { AttemptsPolicy } from '../../runtime/final-attempts.ts';

type T = LocalizeController['t'];

/** What the shell tells the quiz when it is the course's final assessment. */
export interface FinalSettings {
  /** The attempts policy from course.yaml (`finalAssessment`). */
  policy: AttemptsPolicy;
  /** The course id: part of the reopen request code, so a code opens one course only. */
  courseId: string;
  /** Modules to complete before it opens, with the address of each; empty when it is open. */
  missing: ReadonlyArray<{ title: string; href: string }>;
}

/** Why the learner cannot start yet, with a link to each module still to do. */
export function renderLocked(missing: FinalSettings['missing'], t: T): TemplateResult {
  return html`<div class="notice locked">
    <p>${t('final.locked')}</p>
    <ul>
      ${missing.map((m) => html`<li><a href=${m.href}>${m.title}</a></li>`)}
    </ul>
  </div>`;
}

/** The round rule, for the intro's list of facts; nothing when attempts are unlimited. */
export function renderRoundRule(policy: AttemptsPolicy, t: T): TemplateResult | typeof nothing {
  if (policy.attempts === 0) return nothing;
  const rule = policy.reset === 'wait' ? t('final.roundWait', { wait: t('final.hours', { count: policy.retryAfterHours }) }) : t('final.roundTrainer');
  return html`<li>${rule}</li>`;
}

/** When a used-up round opens again, as a date and time in the learner's language. */
export function renderWaiting(opensAt: number, language: string, t: T): TemplateResult {
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(opensAt));
  return html`<p class="notice waiting">${t('final.waiting', { time })}</p>`;
}

export interface ReopenForm {
  request: string;
  /** Why the last code was refused. */
  error: 'typo' | 'wrong' | undefined;
  t: T;
  onSubmit: (event: SubmitEvent) => void;
}

/** The request code to give a trainer, and the field for the reopen code they give back. */
export function renderReopen(f: ReopenForm): TemplateResult {
  const { t } = f;
  return html`<div class="notice closed">
      <p>${t('final.closed')}</p>
      <p class="request-code">${t('final.requestCode', { code: f.request })}</p>
    </div>
    <form class="reopen" novalidate @submit=${f.onSubmit}>
      <label for="reopen-code">${t('final.reopenLabel')}</label>
      <input id="reopen-code" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength="12"
        aria-invalid=${f.error ? 'true' : 'false'} aria-describedby=${f.error ? 'reopen-error' : nothing} />
      <div role="status">${f.error ? html`<p id="reopen-error" class="error">${t(f.error === 'typo' ? 'final.reopenTypo' : 'final.reopenWrong')}</p>` : nothing}</div>
      <button type="submit">${t('final.reopen')}</button>
    </form>`;
}

/** Right answers per competence, named as course.yaml names them, and why no answers are shown. */
export function renderCompetences(results: readonly CompetenceResult[], competences: readonly Competence[], t: T): TemplateResult {
  const title = new Map(competences.map((c) => [c.id, c.title]));
  return html`<table class="competences">
      <caption>${t('final.perCompetence')}</caption>
      <thead>
        <tr><th scope="col">${t('final.competence')}</th><th scope="col">${t('final.right')}</th></tr>
      </thead>
      <tbody>
        ${results.map((r) => html`<tr><th scope="row">${title.get(r.competence) ?? r.competence}</th><td>${t('final.rightOf', { right: r.right, total: r.total })}</td></tr>`)}
      </tbody>
    </table>
    <p>${t('final.noAnswersShown')}</p>`;
}
