/**
 * An LMS for the SCORM adapters' tests in Node (test support, never bundled): scorm-again's
 * API objects as the LMS side, plus what a real LMS does around them. It keeps the data model
 * as it stood at the last successful `Commit`/`Terminate` (uncommitted writes are lost, as in
 * Moodle when the page dies), relaunches with `entry` set from the previous `exit`, logs every
 * API call, and can refuse calls on demand with an error code.
 *
 * scorm-again runs in Node as it is: without a commit URL it keeps everything in memory.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ApiHost } from './api-discovery.ts';

export type ScormVersion = '1.2' | '2004';

/** One API call as the LMS saw it. */
export interface LmsCall {
  method: string;
  args: unknown[];
  result: unknown;
}

type CmiJson = Record<string, unknown> & { core?: Record<string, unknown> };
type Api = Scorm12API | Scorm2004API;

const NAMES = {
  '1.2': { global: 'API', commit: 'LMSCommit', terminate: 'LMSFinish', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString' },
  '2004': { global: 'API_1484_11', commit: 'Commit', terminate: 'Terminate', lastError: 'GetLastError', errorString: 'GetErrorString' },
} as const;

export class ScormAgainLms {
  readonly version: ScormVersion;
  /** Every call of every session, oldest first. */
  readonly calls: LmsCall[] = [];
  private saved: CmiJson;
  private api: Api | undefined;
  private failures: { method: string; code: string; remaining: number }[] = [];
  private injectedError: string | undefined;

  /** `initial` is the data model in scorm-again's JSON shape (`{ core: { student_id } }` for 1.2, `{ learner_id }` for 2004). */
  constructor(version: ScormVersion, initial: CmiJson = {}) {
    this.version = version;
    this.saved = structuredClone(initial);
  }

  /** A new launch of the SCO: a fresh API object holding what the LMS kept, on the parent of the SCO's frame (as Moodle does). */
  launch(): ApiHost {
    const api = this.version === '1.2' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
    api.loadFromJSON(relaunched(this.version, this.saved) as never);
    this.api = api;
    const lmsPage: ApiHost & Record<string, unknown> = { parent: null, opener: null, [NAMES[this.version].global]: this.logged(api) };
    return { parent: lmsPage, opener: null };
  }

  /** The data model the LMS has kept (as of the last successful commit). */
  kept(): CmiJson {
    return structuredClone(this.saved);
  }

  /** The data model of the current session, committed or not. */
  current(): CmiJson {
    return this.api ? (structuredClone(this.api.renderCMIToJSONObject()).cmi as CmiJson) : this.kept();
  }

  /** Makes the next `times` calls of `method` (e.g. `LMSSetValue`) return `"false"` with error `code`. */
  refuse(method: string, code: string, times = 1): void {
    this.failures.push({ method, code, remaining: times });
  }

  /** Calls of one method, e.g. every `LMSSetValue`. */
  callsOf(method: string): LmsCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  private logged(api: Api): object {
    const names = NAMES[this.version];
    return new Proxy(api, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof property !== 'string' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result = this.invoke(property, () => (value as (...a: unknown[]) => unknown).apply(target, args));
          this.calls.push({ method: property, args, result });
          if ((property === names.commit || property === names.terminate) && (result === 'true' || result === true)) {
            this.saved = structuredClone(target.renderCMIToJSONObject()).cmi as CmiJson;
          }
          return result;
        };
      },
    });
  }

  private invoke(method: string, run: () => unknown): unknown {
    const names = NAMES[this.version];
    if (method === names.lastError && this.injectedError) return this.injectedError;
    if (method === names.errorString && this.injectedError) return 'Refused by the test';
    const failure = this.failures.find((f) => f.method === method && f.remaining > 0);
    if (failure) {
      failure.remaining -= 1;
      this.injectedError = failure.code;
      return 'false';
    }
    if (method !== names.lastError && method !== names.errorString) this.injectedError = undefined;
    return run();
  }
}

/** What an LMS hands the next session: `entry` from the last `exit`, and no session values. */
function relaunched(version: ScormVersion, saved: CmiJson): CmiJson {
  const data = structuredClone(saved);
  if (version === '1.2') {
    const core = { ...(data.core ?? {}) };
    const status = core.lesson_status ?? 'not attempted';
    core.entry = core.exit === 'suspend' ? 'resume' : status === 'not attempted' ? 'ab-initio' : '';
    delete core.exit;
    delete core.session_time;
    data.core = core;
  } else {
    data.entry = data.exit === 'suspend' ? 'resume' : data.completion_status === undefined || data.completion_status === 'unknown' ? 'ab-initio' : '';
    delete data.exit;
    delete data.session_time;
  }
  return data;
}
