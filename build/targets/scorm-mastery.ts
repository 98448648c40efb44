/**
 * Whether a SCORM manifest declares a mastery score (1.2 `adlcp:masteryscore`, 2004
 * `imsss:minNormalizedMeasure` with `satisfiedByMeasure`), decided per reporting mode.
 *
 * With a mastery score, Moodle (and the SCORM 1.2 run-time rules) set the status itself at
 * LMSFinish from `score.raw`: `passed` at or above it, `failed` below, overriding what the
 * course wrote. That is right only when the course reports exactly passed/failed:
 *
 * | mode                 | mastery in manifest | why                                                       |
 * | passed-failed        | yes (passMark)      | the LMS's judgement is the course's; other LMSs can show the pass mark |
 * | passed-incomplete    | no                  | the mode never reports `failed`; Moodle would write it below the mark |
 * | completed-incomplete | no                  | no pass/fail at all                                       |
 * | completed-failed     | no                  | Moodle would replace `completed` with `passed`            |
 *
 * Even in passed-failed mode Moodle judges any score written so far, so a learner who leaves
 * with a partial score below the mark shows `failed` until a later session raises it; the
 * SCORM adapters write `score.raw` as the course status gives it (see course-status.ts).
 */
import type { ReportingMode } from '../../course/schema/course.ts';

export const manifestMastery = (reporting: ReportingMode): boolean => reporting === 'passed-failed';
