/**
 * `<wm-dialogue>`: plays a branching mentoring conversation as a chat. The learner reads the
 * scene and meets the cast (each person with their own face from the cast registry, the
 * learner's own part with a neutral "you" marker), then answers as the player.
 *
 * The scene is never broken off: after a reply, the other character's reaction appears as it
 * would in a conversation, one line at a time after a short typing cue, and then the coach's
 * note on the reply, small and beside the talk rather than a verdict box in its way; the
 * debrief waits for the end. Lines appear at once with `prefers-reduced-motion: reduce`, and a
 * "show all" button lets an impatient reader skip the wait (reveal-controller.ts).
 *
 * Choices are shown in an order shuffled per learner and decision point (`seed`, the learner's
 * id; runtime/learner-order.ts), the same in every language and after a resume, so the best
 * answer is not always first. They are a native radio group plus a "Say this" button rather
 * than one button per choice: the group is one tab stop with arrow keys, a screen reader
 * announces "radio 2 of 3" inside a fieldset whose legend asks the question, and the learner
 * can read every option before committing, which matters when each option is a long sentence
 * and cannot be taken back.
 *
 * Focus after each step: while lines are being revealed, on the "show all" button (the reply
 * form is gone, and it is the one thing to do); when the choices appear, on the first choice;
 * at an ending, on its title, the debrief below it. After confirming without a choice, on the
 * first option. Nothing moves focus on first render or resume. A polite live region (present
 * from the first render) announces every new line and note once, as it appears, and the end.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Choice } from '../../../../course/schema/activities/dialogue.ts';
import type { CastMemberData } from '../../../../course/schema/cast-registry.ts';
import type { DialogueData } from '../../../../course/schema/course-data.ts';
import { LocalizeController } from '../../i18n/localize-controller.ts';
import { choose, dialogueView, startDialogue, type DialogueView } from '../../runtime/dialogue-engine.ts';
import { learnerOrder } from '../../runtime/learner-order.ts';
import type { DialogueProgress } from '../../runtime/progress.ts';
import { avatar, initialAvatar, youMarker } from './avatar.ts';
import { personColourNames } from './avatar-tints.ts';
import { WmChoiceSelectEvent, WmDialogueEndEvent, WmDialogueRestartEvent } from './events.ts';
import { outcomeIcon, qualityIcon } from './quality-icons.ts';
import { RevealController } from './reveal-controller.ts';
import { revealDelay, SETTLE_PAUSE, transcript, type TranscriptEntry } from './transcript.ts';
import { styles } from './wm-dialogue.styles.ts';

type FocusTarget = 'skip' | 'choices' | 'ending';

/**
 * @summary A branching conversation the learner plays as the mentor.
 * @event wm-choice-select - WmChoiceSelectEvent: the learner said something.
 * @event wm-dialogue-end - WmDialogueEndEvent: the conversation reached an ending.
 * @event wm-dialogue-restart - WmDialogueRestartEvent: the learner started over.
 * @csspart transcript - The list of speech bubbles.
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
  private readonly reveal = new RevealController(this, (first, end, settled) => this.handleShown(first, end, settled));
  private focusTarget: FocusTarget | undefined;
  /** Said before the first lines of a run started over, so the restart is announced with them. */
  private restartNotice = '';
  private scrollToNewest = false;
  /** JSON of the last progress this element produced, so that the shell handing it back (or a copy) changes nothing. */
  private own: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('progress') && JSON.stringify(this.progress) !== this.own) || changed.has('activity')) {
      this.selected = undefined;
      this.chooseFirst = false;
      this.announcement = '';
      this.reveal.reset();
    }
  }

  protected override updated(): void {
    if (this.scrollToNewest) {
      this.scrollToNewest = false;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      this.renderRoot.querySelector('.skip, .transcript > li:last-child')?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    const selector = { skip: '.skip', choices: 'input[name="reply"]', ending: '#ending-title' }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private emit(event: Event): void {
    if (!this.review) this.dispatchEvent(event);
  }

  private setOwnProgress(next: DialogueProgress): void {
    this.own = JSON.stringify(next);
    this.progress = next;
  }

  /** Reveals the transcript entries from `from` on; focus goes to "show all" while they come. */
  private play(from: number, view: DialogueView): void {
    const delays = transcript(view).slice(from).map(revealDelay);
    this.reveal.play(from, delays, SETTLE_PAUSE);
    if (!this.reveal.settled) this.focusTarget = 'skip';
  }

  /** New entries appeared: announce them once, and when the choices or the ending are there, move focus to them. */
  private handleShown(first: number, end: number, settled: boolean): void {
    const dialogue = this.activity;
    if (!dialogue) return;
    const view = dialogueView(dialogue, this.progress);
    const said = transcript(view)
      .slice(first, end)
      .flatMap((entry) => this.describe(entry));
    if (settled && view.ending) said.push(this.i18n.t('dialogue.ended', { title: view.ending.title }));
    if (said.length > 0) {
      this.announcement = [this.restartNotice, ...said].filter(Boolean).join(' ');
      this.restartNotice = '';
    }
    this.scrollToNewest = true;
    if (settled) this.focusTarget = view.ended ? 'ending' : 'choices';
  }

  /** What the live region says for an entry; the learner's own reply is not repeated to them. */
  private describe(entry: TranscriptEntry): string[] {
    if (entry.kind === 'line') return [this.i18n.t('dialogue.said', { name: this.speakerName(entry.speaker), text: entry.text })];
    if (entry.kind === 'note') return [this.i18n.t('dialogue.noteSaid', { quality: this.i18n.t(`dialogue.quality.${entry.choice.quality}`), text: entry.choice.feedback })];
    return [];
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
      this.focusTarget = 'choices';
      return;
    }
    const next = choose(dialogue, this.progress, choice.id);
    const after = dialogueView(dialogue, next);
    this.setOwnProgress(next);
    this.selected = undefined;
    // The learner's reply shows at once (they just said it); the reaction and the note follow.
    this.play(transcript(before).length + 1, after);
    this.emit(new WmChoiceSelectEvent({ nodeId: before.current.id, choiceId: choice.id, quality: choice.quality, score: choice.score, progress: next }));
    if (after.ended && after.current.ending) {
      this.emit(new WmDialogueEndEvent({ endingId: after.current.id, outcome: after.current.ending.outcome, score: after.percent, progress: next }));
    }
  }

  private handleRestart(): void {
    const dialogue = this.activity;
    if (!dialogue) return;
    const next = startDialogue(this.progress);
    this.setOwnProgress(next);
    this.selected = undefined;
    this.announcement = this.i18n.t('dialogue.restarted');
    this.restartNotice = this.announcement;
    this.play(0, dialogueView(dialogue, next));
    this.emit(new WmDialogueRestartEvent({ progress: next }));
  }

  private handleShowAll(): void {
    this.reveal.finish();
  }

  private member(id: string): CastMemberData | undefined {
    return this.activity?.cast.find((m) => m.id === id);
  }

  private speakerName(id: string): string {
    const member = this.member(id);
    if (!member) return id;
    return id === this.activity?.player ? this.i18n.t('dialogue.you', { name: member.name }) : member.name;
  }

  /** The person's colour class: their registry colour, or one by their place in the cast. */
  private tint(member: CastMemberData | undefined): string {
    if (!member) return '';
    if (member.look) return `tint-${member.look.colour}`;
    const others = this.activity?.cast.filter((m) => m.id !== this.activity?.player) ?? [];
    return `tint-${personColourNames[Math.max(0, others.indexOf(member)) % personColourNames.length]}`;
  }

  private face(member: CastMemberData | undefined, labelled = false): TemplateResult {
    if (!member) return initialAvatar('?');
    if (member.id === this.activity?.player) return youMarker();
    return member.look ? avatar(member.look, labelled ? 'labelled' : 'decorative') : initialAvatar(member.name);
  }

  private renderCastMember(member: CastMemberData): TemplateResult {
    const isPlayer = member.id === this.activity?.player;
    return html`<li class="member ${isPlayer ? 'player' : this.tint(member)}">
      <span class="face">${this.face(member, true)}</span>
      <div class="who">
        <span class="name">${member.name}</span>
        <span class="role">${this.i18n.t(`dialogue.roles.${member.role}`)}</span>
        ${isPlayer ? html`<span class="tag">${this.i18n.t('dialogue.youPlay')}</span>` : nothing}
        ${member.description ? html`<p class="description">${member.description}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderQuality(choice: Choice): TemplateResult {
    return html`<span class="quality ${choice.quality}">${qualityIcon[choice.quality]}${this.i18n.t(`dialogue.quality.${choice.quality}`)}</span>`;
  }

  private renderEntry(entry: TranscriptEntry, previous: TranscriptEntry | undefined): TemplateResult {
    switch (entry.kind) {
      case 'line': {
        // A second line by the same speaker hides the repeated face and name visually; screen readers still hear who speaks.
        const continued = previous?.kind === 'line' && previous.speaker === entry.speaker;
        const member = this.member(entry.speaker);
        return html`<li class="line ${this.tint(member)} ${continued ? 'continued' : ''}">
          <span class="face">${continued ? nothing : this.face(member)}</span>
          <div class="bubble">
            <span class=${continued ? 'speaker visually-hidden' : 'speaker'}>${this.speakerName(entry.speaker)}</span>
            <p class="text">${entry.text}</p>
          </div>
        </li>`;
      }
      case 'reply':
        return html`<li class="line reply">
          <span class="face">${youMarker()}</span>
          <div class="bubble">
            <span class="speaker">${this.speakerName(this.activity?.player ?? '')}</span>
            <p class="text">${entry.choice.text}</p>
          </div>
        </li>`;
      case 'note':
        return html`<li class="note ${entry.choice.quality}">
          <p class="verdict">${this.renderQuality(entry.choice)}</p>
          <p class="text">${entry.choice.feedback}</p>
        </li>`;
    }
  }

  /** The cue that someone is about to speak: their face and a bubble with three dots. Seen, not read out: the line itself is announced. */
  private renderTyping(speaker: string): TemplateResult {
    const member = this.member(speaker);
    return html`<li class="line typing ${this.tint(member)}" aria-hidden="true">
      <span class="face">${this.face(member)}</span>
      <div class="bubble"><span class="dots"><span></span><span></span><span></span></span></div>
    </li>`;
  }

  private renderChoices(choices: Choice[]): TemplateResult {
    return html`<form class="reply-form" novalidate @submit=${this.handleSubmit}>
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
      <h3 id="ending-title" tabindex="-1">${ending.title}</h3>
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
    const entries = transcript(view);
    const shown = Math.min(entries.length, this.reveal.shown);
    const settled = this.reveal.settled;
    const upcoming = settled ? undefined : entries[shown];
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
        <ol class="transcript" part="transcript" aria-labelledby="conversation-title">
          ${entries.slice(0, shown).map((entry, i) => this.renderEntry(entry, entries[i - 1]))}
          ${upcoming?.kind === 'line' ? this.renderTyping(upcoming.speaker) : nothing}
        </ol>
        ${!settled
          ? html`<button type="button" class="quiet skip" @click=${this.handleShowAll}>${this.i18n.t('dialogue.showAll')}</button>`
          : view.ended
            ? nothing
            : this.renderChoices(learnerOrder(view.current.choices ?? [], this.seed, dialogue.id, view.current.id))}
      </section>
      ${settled ? this.renderEnding(view) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-dialogue': WmDialogue;
  }
}
