import { describe, expect, it } from 'vitest';
import { sampleCourse } from '../test-course.ts';
import { decodeResume } from './decode-resume.ts';
import { decodeStoredResume } from './decode-stored.ts';
import { randomProgress } from './random-progress.ts';
import { encodeResume } from './resume-codec.ts';
import { encodeResumeV1 } from './v1/v1-codec.ts';

const course = sampleCourse();

describe('decodeStoredResume (the player’s reader)', () => {
  it('reads both formats exactly as decodeResume does, format 1 through its reader fetched on demand', async () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const progress = randomProgress(course, seed);
      for (const state of [encodeResume(course, progress), encodeResumeV1(course, progress)]) {
        expect(await decodeStoredResume(course, state)).toEqual(decodeResume(course, state));
      }
    }
  });

  it('starts afresh without problems when nothing is stored, and says so for what is not text', async () => {
    expect(await decodeStoredResume(course, '')).toEqual({ progress: { activities: {} }, problems: [] });
    expect(await decodeStoredResume(course, undefined)).toEqual({ progress: { activities: {} }, problems: [] });
    expect((await decodeStoredResume(course, 42 as unknown as string)).problems).toEqual(['The stored state is not text.']);
  });
});
