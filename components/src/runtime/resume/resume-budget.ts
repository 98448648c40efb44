/**
 * How much of the LMS's state storage a course can need: the encoded size of its worst-case
 * progress, split into what is always set aside (the structure, the certificate name, the
 * check character) and the free text the fields share (free-text-budget.ts). The build checks
 * every package against its own target's limit with it.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import { encodeResume } from './resume-codec.ts';
import { sharedTextLength, worstCaseProgress } from './worst-case.ts';

/** `cmi.suspend_data` in SCORM 1.2 holds at most this many characters. */
export const SCORM12_SUSPEND_DATA_LIMIT = 4096;

export interface ResumeBudget {
  /** Characters the largest possible state takes, every free-text field at its `maxLength`. */
  worstCase: number;
  limit: number;
  /**
   * Everything but the shared free text: ids as positions, flags, scores, text lengths, the
   * name on the certificate (always kept whole) and the check character.
   */
  structural: number;
  /** Shared free text at every field's `maxLength` (answers, written feedback, reflections). */
  freeText: number;
  fits: boolean;
}

export function resumeBudget(course: CourseData, limit = SCORM12_SUSPEND_DATA_LIMIT): ResumeBudget {
  const worst = worstCaseProgress(course);
  const worstCase = encodeResume(course, worst).length;
  const freeText = sharedTextLength(worst);
  return { worstCase, limit, structural: worstCase - freeText, freeText, fits: worstCase <= limit };
}
