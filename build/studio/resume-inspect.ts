/**
 * The side panel's view of a SCORM package's `suspend_data`: the resume state decoded with the
 * player's own codec (what a returning learner would get back), and its size against the
 * target's limit (4,096 characters in SCORM 1.2, 64,000 in 2004), so an author sees a course
 * outgrowing SCORM 1.2 while playing it rather than in an LMS.
 */
import { decodeResume } from '../../components/src/runtime/resume/decode-resume.ts';
import { SCORM12_STORAGE_LIMIT, SCORM2004_STORAGE_LIMIT } from '../../components/src/tracking/storage-limits.ts';
import type { CourseData } from '../../course/schema/course-data.ts';

export interface ResumeInspection {
  characters: number;
  limit: number;
  /** The share of the limit used, 0–1 (more than 1 would be refused by the LMS). */
  used: number;
  progress?: unknown;
  problems: string[];
}

export function decodeSuspendData(course: CourseData, suspendData: string, target: 'scorm12' | 'scorm2004'): ResumeInspection {
  const limit = target === 'scorm12' ? SCORM12_STORAGE_LIMIT : SCORM2004_STORAGE_LIMIT;
  const base = { characters: suspendData.length, limit, used: suspendData.length / limit };
  if (suspendData === '') return { ...base, problems: [] };
  try {
    const decoded = decodeResume(course, suspendData);
    return { ...base, progress: decoded.progress, problems: decoded.problems };
  } catch (error) {
    return { ...base, problems: [`cannot be decoded: ${(error as Error).message}`] };
  }
}
