/**
 * `<wm-dialogue>`: plays a branching mentoring conversation. The learner reads the scene and the
 * cast, then answers as the player; every answer is shown in the transcript with feedback on its
 * quality, and the conversation ends with a debrief and a score.
 *
 * Choices are shown in an order shuffled per learner and decision point (`seed`, the learner's
 * id; runtime/learner-order.ts), the same in every language and after a resume, so the best
 * answer is not always first. They are a native radio group plus a "Say this" button rather
 * than one button per choice:
 * the group is one tab stop with arrow keys, a screen reader announces "radio 2 of 3" inside a
 * fieldset whose legend asks the question, and the learner can read every option before
 * committing, which matters when each option is a long sentence and cannot be taken back.
 *
 * Focus after each step: after a choice (the last one too), on the feedback for that choice, the
 * first new thing to read, with the other characters' new lines and any ending right below it;
 * after "Try again", on the conversation heading; after confirming without a choice, on the
 * first option. Nothing moves focus on first render or resume. A polite live region (present
 * from the first render) announces the other characters' new lines and the end of the
 * conversation, since focus already reads the feedback.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CastMember, Choice, DialogueNode } from '../../../../course/schema/activities/dialogue.ts';
import type { DialogueData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { choose, dialogueView, startDialogue, type DialogueView } from '../../runtime/dialogue-engine.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';
import { WmChoiceSelectEvent, WmDialogueEndEvent, WmDialogueRestartEvent } from './events.ts';
import { outcomeIcon, qualityIcon } from './quality-icons.ts';
import { styles } from './wm-dialogue.styles.ts';

type FocusTarget = 'feedback' | 'conversation' | 'first-choice';

/**
 * @summary A branching conversation the learner plays as the mentor.
 * @event wm-choice-select - WmChoiceSelectEvent: the learner said something.
 * @event wm-dialogue-end - WmDialogueEndEvent: the conversation reached an ending.
 * @event wm-dialogue-restart - WmDialogueRestartEvent: the learner started over.
 */
@customElement('wm-dialogue')
export class WmDialogue extends LitElement {
  static override styles = styles;

  /** The dialogue to play (the shell renders its title). */
  @property({ attribute: false }) activity?: DialogueData;

  /** Saved progress; `undefined` starts fresh. Setting it restores the conversation at once. */
  @property({ attribute: false }) progress?: DialogueProgress;

  /** Review mode: the learner can replay the conversation, but no events are dispatched. */
  @property({ type: Boolean, reflect: true }) review = false;

  /** The learner's id, which seeds the order of the choices (the shell passes it; any text works). */
  @property({ attribute: false }) seed = '';

  @state() private selected: string | undefined;
  @state() private announcement = '';
  @state() private chooseFirst = false;

  private readonly i18n = new LocalizeController(this);
  private focusTarget: FocusTarget | undefined;
  /** JSON of the last progress this element produced, so that the shell handing it back (or a copy) changes nothing. */
  private own: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('progress') && JSON.stringify(this.progress) !== this.own) || changed.has('activity')) {
      this.selected = undefined;
      this.chooseFirst = false;
      this.announcement = '';
    }
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    const selector = {
      feedback: '.feedback',
      conversation: '#conversation-title',
      'first-choice': 'input[name="reply"]',
    }[target];
    // The newest feedback is the last one; everything else is the first match.
    const matches = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)];
    (target === 'feedback' ? matches.at(-1) : matches[0])?.focus();
  }

  private emit(event: Event): void {
    if (!this.review) this.dispatchEvent(event);
  }

  private setOwnProgress(next: DialogueProgress): void {
    this.own = JSON.stringify(next);
    this.progress = next;
  }

  private handleSelect(event: Event): void {
    this.selected = (event.target as HTMLInputElement).value;
    this.chooseFirst = false;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const dialogue = this.activity;
    if (!dialogue) return;
    const before = dialogueView(dialogue, this.progress);
    const choice = before.current.choices?.find((c) => c.id === this.selected);
    if (!choice) {
      this.chooseFirst = true;
      this.focusTarget = 'first-choice';
      return;
    }
    const next = choose(dialogue, this.progress, choice.id);
    const after = dialogueView(dialogue, next);
    this.setOwnProgress(next);
    this.selected = undefined;
    this.announcement = this.describeArrival(after);
    this.focusTarget = 'feedback';
    this.emit(new WmChoiceSelectEvent({ nodeId: before.current.id, choiceId: choice.id, quality: choice.quality, score: choice.score, progress: next }));
    if (after.ended && after.current.ending) {
      this.emit(new WmDialogueEndEvent({ endingId: after.current.id, outcome: after.current.ending.outcome, score: after.percent, progress: next }));
    }
  }

  private handleRestart(): void {
    const next = startDialogue(this.progress);
    this.setOwnProgress(next);
    this.selected = undefined;
    this.announcement = this.i18n.t('dialogue.restarted');
    this.focusTarget = 'conversation';
    this.emit(new WmDialogueRestartEvent({ progress: next }));
  }

  /** What the live region says on arriving at a node: the others' lines, then the end if it is one. */
  private describeArrival(view: DialogueView): string {
    const said: string[] = view.current.lines.map((line) => this.i18n.t('dialogue.said', { name: this.speakerName(line.speaker), text: line.text }));
    if (view.ending) said.push(this.i18n.t('dialogue.ended', { title: view.ending.title }));
    return said.join(' ');
  }

  private speakerName(id: string): string {
    const member = this.activity?.cast.find((m) => m.id === id);
    if (!member) return id;
    return id === this.activity?.player ? this.i18n.t('dialogue.you', { name: member.name }) : member.name;
  }

  private renderCastMember(member: CastMember): TemplateResult {
    const isPlayer = member.id === this.activity?.player;
    return html`<li class=${isPlayer ? 'member player' : 'member'}>
      <span class="name">${member.name}</span>
      <span class="role">${this.i18n.t(`dialogue.roles.${member.role}`)}</span>
      ${isPlayer ? html`<span class="tag">${this.i18n.t('dialogue.youPlay')}</span>` : nothing}
      ${member.description ? html`<p class="description">${member.description}</p>` : nothing}
    </li>`;
  }

  private renderLines(node: DialogueNode): TemplateResult[] {
    // A second line by the same speaker hides the repeated name visually; screen readers still hear who speaks.
    return node.lines.map(
      (line, i) => html`<li class="line">
        <span class=${i > 0 && node.lines[i - 1]?.speaker === line.speaker ? 'speaker visually-hidden' : 'speaker'}>${this.speakerName(line.speaker)}</span>
        <p class="text">${line.text}</p>
      </li>`,
    );
  }

  private renderQuality(choice: Choice): TemplateResult {
    return html`<span class="quality ${choice.quality}">${qualityIcon[choice.quality]}${this.i18n.t(`dialogue.quality.${choice.quality}`)}</span>`;
  }

  private renderTaken(choice: Choice): TemplateResult {
    const player = this.activity?.player ?? '';
    return html`<li class="line player">
        <span class="speaker">${this.speakerName(player)}</span>
        <p class="text">${choice.text}</p>
      </li>
      <li class="feedback ${choice.quality}" tabindex="-1">
        <p class="verdict">${this.renderQuality(choice)}</p>
        <p class="text">${choice.feedback}</p>
      </li>`;
  }

  private renderChoices(choices: Choice[]): TemplateResult {
    return html`<form class="reply" novalidate @submit=${this.handleSubmit}>
      <fieldset aria-describedby=${this.chooseFirst ? 'choose-first' : nothing}>
        <legend>${this.i18n.t('dialogue.yourReply')}</legend>
        <div class="choices">
          ${choices.map(
            (choice) => html`<label class="choice option-card">
              <input type="radio" name="reply" .value=${choice.id} .checked=${this.selected === choice.id} @change=${this.handleSelect} />
              <span>${choice.text}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${this.chooseFirst ? html`<p id="choose-first" class="error">${this.i18n.t('dialogue.chooseFirst')}</p>` : nothing}
      <button type="submit">${this.i18n.t('dialogue.confirm')}</button>
    </form>`;
  }

  private renderEnding(view: DialogueView): TemplateResult | typeof nothing {
    const ending = view.ending;
    if (!ending) return nothing;
    const taken = view.history.flatMap((step) => (step.choice ? [step.choice] : []));
    return html`<section class="ending ${ending.outcome}" aria-labelledby="ending-title">
      <h3 id="ending-title">${ending.title}</h3>
      <p class="outcome">${outcomeIcon[ending.outcome]}${this.i18n.t(`dialogue.outcome.${ending.outcome}`)}</p>
      <p>${ending.debrief}</p>
      <p class="score">${this.i18n.t('dialogue.score', { score: view.pathScore, count: view.maxScore })}</p>
      ${this.progress?.best !== undefined ? html`<p>${this.i18n.t('dialogue.best', { percent: this.progress.best })}</p>` : nothing}
      <h4>${this.i18n.t('dialogue.yourChoices')}</h4>
      <ol class="taken">
        ${taken.map((choice) => html`<li><span class="text">${choice.text}</span> ${this.renderQuality(choice)}</li>`)}
      </ol>
      <button type="button" class="secondary" @click=${this.handleRestart}>${this.i18n.t('dialogue.tryAgain')}</button>
    </section>`;
  }

  override render(): TemplateResult | typeof nothing {
    const dialogue = this.activity;
    if (!dialogue) return nothing;
    const view = dialogueView(dialogue, this.progress);
    return html`
      <section class="scene" aria-labelledby="scene-title">
        <h3 id="scene-title">${this.i18n.t('dialogue.scene')}</h3>
        ${dialogue.sector ? html`<p class="tag">${this.i18n.t('dialogue.sector', { sector: dialogue.sector })}</p>` : nothing}
        <p>${dialogue.scene}</p>
      </section>
      <section class="cast" aria-labelledby="cast-title">
        <h3 id="cast-title">${this.i18n.t('dialogue.cast')}</h3>
        <ul>${dialogue.cast.map((member) => this.renderCastMember(member))}</ul>
      </section>
      <section class="conversation" aria-labelledby="conversation-title">
        <h3 id="conversation-title" tabindex="-1">${this.i18n.t('dialogue.conversation')}</h3>
        <ol class="transcript" aria-labelledby="conversation-title">
          ${view.history.map((step) => [this.renderLines(step.node), step.choice ? this.renderTaken(step.choice) : nothing])}
        </ol>
        ${view.ended ? nothing : this.renderChoices(learnerOrder(view.current.choices ?? [], this.seed, dialogue.id, view.current.id))}
      </section>
      ${this.renderEnding(view)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-dialogue': WmDialogue;
  }
}
