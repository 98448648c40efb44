/**
 * How much of the LMS's state storage a course can need: the encoded size of its worst-case
 * progress, split into structure and learner text. The build fails when it exceeds SCORM
 * 1.2's 4096 characters, naming the free-text limits to lower, so a learner's answers are
 * never cut off at run time.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { encodeResume } from './resume-codec.ts';
import { freeTextLength, worstCaseProgress } from './worst-case.ts';

/** `cmi.suspend_data` in SCORM 1.2 holds at most this many characters. */
export const SCORM12_SUSPEND_DATA_LIMIT = 4096;

export interface ResumeBudget {
  /** Characters the largest possible state takes. */
  worstCase: number;
  limit: number;
  /** Everything but learner text: ids as positions, flags, scores, length prefixes. */
  structural: number;
  /** Learner text at every field's `maxLength` (answers, written feedback, certificate name). */
  freeText: number;
  fits: boolean;
}

export function resumeBudget(course: CourseData, limit = SCORM12_SUSPEND_DATA_LIMIT): ResumeBudget {
  const worst = worstCaseProgress(course);
  const worstCase = encodeResume(course, worst).length;
  const freeText = freeTextLength(worst);
  return { worstCase, limit, structural: worstCase - freeText, freeText, fits: worstCase <= limit };
}
