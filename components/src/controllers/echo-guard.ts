/**
 * Remembers the last few values an element sent to the shell. The shell stores what a leaf
 * element sends and passes it back as a property, possibly later (after an async save) while
 * the learner has typed on; recognising those echoes keeps them from resetting newer edits.
 * Used by <wm-reflection>, <wm-feedback-exercise> and <wm-certificate>.
 */
const REMEMBERED = 20;

export class EchoGuard {
  private readonly sent: string[] = [];

  /** Call with every value sent. */
  remember(value: unknown): void {
    this.sent.push(JSON.stringify(value));
    if (this.sent.length > REMEMBERED) this.sent.shift();
  }

  /** True when `value` is one of the values sent recently (so it is not news). */
  isEcho(value: unknown): boolean {
    return value !== undefined && this.sent.includes(JSON.stringify(value));
  }

  /** Forget everything, for example when the element shows another activity. */
  clear(): void {
    this.sent.length = 0;
  }
}
