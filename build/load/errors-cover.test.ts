/** The course cover (`cover:` in course.yaml): it must be a checked picture in the course's media folder. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadTiny, pins, problemsOf, removeTempCourses, TINY_COURSE } from './test-support/tiny-course.ts';

afterAll(removeTempCourses);

const withCover = (cover: string): string => `${TINY_COURSE}cover: ${cover}\n`;
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#0e6371"/></svg>\n';

describe('loader: cover', () => {
  it('ships a cover that is a picture in media/', async () => {
    const result = await loadTiny({ 'course.yaml': withCover('media/cover.svg'), 'media/cover.svg': PICTURE });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.course.media.map((m) => m.target)).toContain('media/cover.svg');
  });

  it('CoverNotFound: a cover that does not exist, and one outside media/', async () => {
    const missing = await problemsOf({ 'course.yaml': withCover('media/cover.svg') });
    expect(pins(missing)).toEqual(['CoverNotFound course.yaml:15:8']);
    expect(missing[0]!.what).toBe('The cover `media/cover.svg` does not exist in the course folder.');
    const outside = await problemsOf({ 'course.yaml': withCover('../cover.svg') });
    expect(pins(outside)).toEqual(['CoverNotFound course.yaml:15:8']);
    expect(outside[0]!.what).toBe("The cover `../cover.svg` is not a file directly inside the course's `media/` folder.");
  });
});
