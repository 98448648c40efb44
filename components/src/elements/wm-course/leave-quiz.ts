/**
 * The question before the shell's navigation leaves a quiz attempt that was started and not
 * submitted: a modal `<dialog>` that says what is kept (the answers already checked or saved,
 * which are in the resume state, so the attempt can be finished later) and what is not (an
 * answer chosen but not checked). Never a silent leave, never a lost attempt. The native dialog
 * traps focus, closes on Escape (= stay) and gives focus back to the button that asked.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.ts';

export class LeaveQuizController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  private pending: ((leave: boolean) => void) | undefined;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.answer(false);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.leave-quiz');
  }

  /** Asks the learner; resolves true to leave, false to stay. */
  ask(): Promise<boolean> {
    const dialog = this.dialog;
    if (!dialog) return Promise.resolve(true);
    this.pending?.(false);
    if (!dialog.open) dialog.showModal();
    return new Promise((resolve) => (this.pending = resolve));
  }

  private answer(leave: boolean): void {
    const resolve = this.pending;
    this.pending = undefined;
    if (this.dialog?.open) this.dialog.close();
    resolve?.(leave);
  }

  private readonly handleCancel = (event: Event): void => {
    event.preventDefault();
    this.answer(false);
  };

  render(t: LocalizeController['t']): TemplateResult {
    return html`<dialog class="leave-quiz" aria-labelledby="leave-quiz-title" aria-describedby="leave-quiz-body" @cancel=${this.handleCancel}>
      <h2 id="leave-quiz-title">${t('framing.leaveQuiz.title')}</h2>
      <p id="leave-quiz-body">${t('framing.leaveQuiz.body')}</p>
      <div class="dialog-actions">
        <button class="secondary" autofocus @click=${() => this.answer(false)}>${t('framing.leaveQuiz.stay')}</button>
        <button class="primary" @click=${() => this.answer(true)}>${t('framing.leaveQuiz.leave')}</button>
      </div>
    </dialog>`;
  }
}
