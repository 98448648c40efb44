/**
 * The conversation with an LMS's SCORM API object, the same for both versions once their
 * method names are mapped (`ScormCalls`): every `SetValue` is followed by `GetLastError`, and
 * every refusal becomes a `TrackerProblem` with the LMS's error code and text, so support can
 * tell "405 Incorrect Data Type" from "301 Not initialized".
 *
 * LMSs answer `"true"`/`"false"` strings (the specs say so; Moodle does) or booleans (some
 * libraries); both are read. A call that throws (an LMS frame torn down mid-session) counts as
 * a refusal, never as an exception for the course. Values the LMS already holds from this
 * session are not sent again: an unchanged status or score costs no call and no commit.
 */
import type { TrackerOperation, TrackerProblem } from '../tracker.ts';

/** One CMI write: data model element, value. */
export type CmiWrite = readonly [element: string, value: string];

/** A SCORM API object's methods under version-neutral names (see scorm12-api.ts, scorm2004-api.ts). */
export interface ScormCalls {
  initialize(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  terminate(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  /** The method names as the LMS knows them, for messages: `LMSSetValue` or `SetValue`. */
  names: Record<'initialize' | 'setValue' | 'commit' | 'terminate', string>;
}

export interface WriteOutcome {
  /** Every value was accepted (or already held). */
  ok: boolean;
  /** At least one value was new and accepted. */
  changed: boolean;
}

/** Refusals that may pass later: a general failure (1.2 `101`, 2004 `101`/`351`/`391`), not initialised (`301`), a call that threw. */
const TRANSIENT = new Set(['101', '301', '351', '391', 'exception', '']);

const succeeded = (answer: unknown): boolean => answer === true || answer === 'true';

/** Long values (suspend data, free text) are cut in messages: support needs the element, not the text. */
const preview = (value: string): string => (value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value));

export class ScormConnection {
  private readonly calls: ScormCalls;
  private readonly report: (problem: TrackerProblem) => void;
  private readonly held = new Map<string, string>();
  /** The error code of the last refused call (`exception` when it threw). */
  private refusal = '';
  /**
   * The last `write` had a refusal that may pass later (the LMS is down, its frame reloads),
   * not a refused value (`201`, `405`…), which never will: worth sending again.
   */
  lastWriteMayPass = false;

  constructor(calls: ScormCalls, report: (problem: TrackerProblem) => void) {
    this.calls = calls;
    this.report = report;
  }

  initialize(): boolean {
    return this.call('initialize', 'start', () => this.calls.initialize());
  }

  /** The element's value, `''` when the LMS has none or does not support it (reads are never reported: optional elements differ between LMSs). */
  read(element: string): string {
    try {
      const value = this.calls.getValue(element);
      return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    } catch {
      return '';
    }
  }

  write(writes: readonly CmiWrite[], operation: TrackerOperation): WriteOutcome {
    let ok = true;
    let changed = false;
    let retry = false;
    for (const [element, value] of writes) {
      if (this.held.get(element) === value) continue;
      const accepted = this.call('setValue', operation, () => this.calls.setValue(element, value), `${element} = ${preview(value)}`);
      if (accepted) {
        this.held.set(element, value);
        changed = true;
      } else {
        ok = false;
        retry ||= TRANSIENT.has(this.refusal);
      }
    }
    this.lastWriteMayPass = retry;
    return { ok, changed };
  }

  commit(operation: TrackerOperation): boolean {
    return this.call('commit', operation, () => this.calls.commit());
  }

  terminate(operation: TrackerOperation): boolean {
    return this.call('terminate', operation, () => this.calls.terminate());
  }

  /** Runs one API call and checks it; a refusal is reported and returns false. */
  private call(method: keyof ScormCalls['names'], operation: TrackerOperation, run: () => unknown, what = ''): boolean {
    let answer: unknown;
    let thrown: unknown;
    try {
      answer = run();
    } catch (error) {
      thrown = error;
    }
    const code = thrown === undefined ? this.lastError() : 'exception';
    if (thrown === undefined && succeeded(answer) && (code === '0' || code === '')) return true;
    this.refusal = code;
    const detail = thrown === undefined ? `error ${code || '?'}: ${this.errorString(code)}` : `it threw ${String(thrown)}`;
    this.report({
      operation,
      kind: method === 'setValue' ? 'rejected' : 'unavailable',
      message: `The LMS refused ${this.calls.names[method]}(${what}): ${detail}`,
    });
    return false;
  }

  private lastError(): string {
    try {
      return String(this.calls.lastError() ?? '');
    } catch {
      return '';
    }
  }

  private errorString(code: string): string {
    try {
      return String(this.calls.errorString(code) ?? '') || 'no description';
    } catch {
      return 'no description';
    }
  }
}
