/**
 * `decodeResume` as the player calls it: the same result, but format 1's reader (about 2.5 KB
 * gzip, needed only by learners whose state an older player saved) is fetched on demand, so
 * the launch bundle stays within its budget. Format 2 is read at once, without a fetch.
 */
import type { CourseData } from '../../../../course/schema/course-data.ts';
import type { DecodedResume } from './resume-codec.ts';
import { decodeResumeV2 } from './resume-reader.ts';
import { isStateCharCode } from './state-alphabet.ts';

export async function decodeStoredResume(course: CourseData, raw: string | null | undefined): Promise<DecodedResume> {
  if (raw === null || raw === undefined || raw === '') return { progress: { activities: {} }, problems: [] };
  if (typeof raw !== 'string') return { progress: { activities: {} }, problems: ['The stored state is not text.'] };
  try {
    // Format 1 begins with an ASCII version token; format 2 with a character of its alphabet.
    if (isStateCharCode(raw.charCodeAt(0))) return decodeResumeV2(course, raw);
    const { decodeResumeV1 } = await import('./v1/v1-codec.ts');
    return decodeResumeV1(course, raw);
  } catch (error) {
    // The readers catch what a state can do to them; what lands here is a bug or a failed fetch.
    return { progress: { activities: {} }, problems: [`The stored state could not be read: ${String(error)}`] };
  }
}
