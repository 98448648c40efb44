/**
 * What a SCORM version's mapping provides: pure functions from CMI reads to a `LaunchInfo`,
 * and from learner events to CMI writes. `ScormTracker` does the I/O around them, so each
 * version's rules (element names, vocabularies, limits) are tested without an LMS.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { LearnerEvent } from '../learner-event.ts';
import type { LaunchInfo } from '../tracker.ts';
import type { ScormApiName } from './api-discovery.ts';
import type { HeldRules } from './held-results.ts';
import type { CmiWrite, ScormCalls } from './scorm-connection.ts';

/** Where the next new records go in the LMS's arrays. */
export interface CmiCursor {
  /** Index of the next interaction: `cmi.interactions._count` at launch plus those written since. */
  interactions: number;
  /** Objective ids in index order: those the LMS had at launch, then those written since. */
  objectives: readonly string[];
}

/** Writes for one event, with the cursor after them. */
export interface CmiBatch {
  writes: CmiWrite[];
  cursor: CmiCursor;
  /** The writes change the learner's result (status, score): commit them now, not at the next flush. */
  commit: boolean;
  /**
   * Writes that must reach the LMS in a commit of their own, after `writes` were committed: the
   * score after the status. Moodle 4.3 re-checks activity completion only when a score arrives
   * (or a status whose stored value was already completed/passed: mod/scorm/locallib.php
   * `scorm_insert_track` reads the old value), and its SCORM 1.2 API posts `score` before
   * `lesson_status` within one commit; so a score committed with or before the status that
   * completes the course leaves the activity unticked. Committed apart, the status is stored
   * first and the score's arrival ticks it (Moodle 4.2 ticks either way).
   */
  afterCommit?: CmiWrite[];
}

/** What the tracker learns from the LMS at launch. */
export interface ScormLaunch {
  info: LaunchInfo;
  cursor: CmiCursor;
  /** The LMS shows this learner's course as not attempted yet. */
  firstLaunch: boolean;
  /** The LMS already holds the course as completed (decides `exit` if no status comes this session). */
  complete: boolean;
  /** Results the LMS held at launch (status elements and raw score), which this session must never lower. */
  held: HeldResults;
}

/** Result elements as the LMS returned them at launch: element → value (see held-results.ts). */
export type HeldResults = Readonly<Record<string, string>>;

export interface ScormMapping {
  version: '1.2' | '2004';
  /** The results a later session must never lower (held-results.ts). */
  heldRules: HeldRules;
  apiName: ScormApiName;
  /** Characters `cmi.suspend_data` holds. */
  storageLimit: number;
  /** The API object's methods under neutral names, or undefined when it does not look like this version's API. */
  calls(api: object): ScormCalls | undefined;
  /** `read` returns an element's value, `''` when there is none. */
  launch(read: (element: string) => string): ScormLaunch;
  /**
   * Writes when a normal-mode session opens: `incomplete` on a first launch, and the exit
   * `suspend` at once, so that a session that ends without `finish` (a crash, a killed tab)
   * still resumes: Moodle hands SCORM 2004 data back only after `cmi.exit` = `suspend`.
   */
  startWrites(launch: ScormLaunch): CmiWrite[];
  /** Writes that describe the course itself (SCORM 2004 objectives, one per module). */
  courseWrites?(course: CourseData, cursor: CmiCursor): CmiBatch;
  eventWrites(event: LearnerEvent, cursor: CmiCursor, course?: CourseData): CmiBatch;
  stateWrites(state: string): CmiWrite[];
  /** Writes when the session ends: its length, and whether the learner will come back. */
  finishWrites(session: { elapsedMs: number; complete: boolean }): CmiWrite[];
  /** The element holding the interaction count, to resynchronise after a refused write. */
  interactionCountElement: string;
}

/** A batch that writes nothing. */
export const noWrites = (cursor: CmiCursor): CmiBatch => ({ writes: [], cursor, commit: false });

/** Methods every SCORM API object of a version must have before the tracker trusts it. */
export function hasMethods(api: object, names: readonly string[]): boolean {
  return names.every((name) => typeof (api as Record<string, unknown>)[name] === 'function');
}
