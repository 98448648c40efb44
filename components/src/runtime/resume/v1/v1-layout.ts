/**
 * Format version 1's view of the course layout: its fingerprints were characters of the same
 * hashes format 2 uses (course tag 2 characters, course fingerprint 4, activity fingerprint 3,
 * that is 18 bits), and a record was matched at its stored position, else anywhere.
 */
import { fnv1a32 } from '../../fnv-hash.ts';
import type { ActivityLayout, CourseLayout } from '../course-layout.ts';
import { fingerprintChars } from './v1-tokens.ts';

export const ACTIVITY_FINGERPRINT_WIDTH = 3;
export const COURSE_TAG_WIDTH = 2;
export const COURSE_FINGERPRINT_WIDTH = 4;

export interface LayoutV1 {
  courseTag: string;
  fingerprint: string;
  activityFingerprints: string[];
}

const cache = new WeakMap<CourseLayout, LayoutV1>();

export function layoutV1(layout: CourseLayout): LayoutV1 {
  let v1 = cache.get(layout);
  if (!v1) {
    const activityFingerprints = layout.activities.map((a) => fingerprintChars(a.hash, ACTIVITY_FINGERPRINT_WIDTH));
    const whole = layout.activities.map((a, i) => `${a.key}=${activityFingerprints[i]}`).join('&');
    v1 = {
      courseTag: fingerprintChars(layout.tagHash, COURSE_TAG_WIDTH),
      fingerprint: fingerprintChars(fnv1a32(`${layout.courseId}#${whole}`), COURSE_FINGERPRINT_WIDTH),
      activityFingerprints,
    };
    cache.set(layout, v1);
  }
  return v1;
}

/**
 * The activity a stored reference means: the one at the stored position if its fingerprint
 * still matches, otherwise the only activity with that fingerprint (it moved), otherwise none.
 */
export function resolveActivityV1(layout: CourseLayout, index: number, fingerprint: string): ActivityLayout | undefined {
  const prints = layoutV1(layout).activityFingerprints;
  if (prints[index] === fingerprint) return layout.activities[index];
  const matches = layout.activities.filter((a) => prints[a.index] === fingerprint);
  return matches.length === 1 ? matches[0] : undefined;
}
