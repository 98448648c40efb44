/**
 * Reads a stored resume state of either format, at once: format 2 (resume-reader.ts) or format 1
 * (v1/, what LMSs hold from players before format 2). For the build, tests and tools; the player
 * uses decode-stored.ts, which keeps format 1's reader out of its launch bundle.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { DecodedResume } from './resume-codec.ts';
import { decodeResumeV2 } from './resume-reader.ts';
import { isStateCharCode } from './state-alphabet.ts';
import { decodeResumeV1 } from './v1/v1-codec.ts';

/**
 * The progress stored in `raw`, checked against `course`. Never throws: unusable parts are
 * dropped and described in `problems`; a missing state is a fresh start with no problems.
 */
export function decodeResume(course: CourseData, raw: string | null | undefined): DecodedResume {
  if (raw === null || raw === undefined || raw === '') return { progress: { activities: {} }, problems: [] };
  if (typeof raw !== 'string') return { progress: { activities: {} }, problems: ['The stored state is not text.'] };
  try {
    // Format 1 begins with an ASCII version token; format 2 with a character of its alphabet.
    return isStateCharCode(raw.charCodeAt(0)) ? decodeResumeV2(course, raw) : decodeResumeV1(course, raw);
  } catch (error) {
    // Defensive: the readers only throw CorruptState and catch it themselves; anything else is a bug.
    return { progress: { activities: {} }, problems: [`Unexpected error while reading the stored state: ${String(error)}`] };
  }
}
