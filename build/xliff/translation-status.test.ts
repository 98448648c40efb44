import { afterAll, describe, expect, it } from 'vitest';
import { removeTempCourses } from '../load/test-support/tiny-course.ts';
import { REAL_COURSE, writeBilingualCourse } from './test-support/course-copy.ts';
import { formatStatus, translationStatus } from './translation-status.ts';

afterAll(removeTempCourses);

describe('xliff report: translation status', () => {
  it('counts translated and missing texts and pages per module, and lists a few missing ids', async () => {
    const root = await writeBilingualCourse({ 'modules/m/i18n/nl.yaml': 'title: Een module\nsummary: ""\n', 'modules/m/pages/intro.nl.md': null });
    const [nl] = await translationStatus(root);
    expect(nl!.locale).toBe('nl');
    expect(nl!.files.map((f) => [f.file, f.translated, f.missing])).toEqual([
      ['course', 3, 0],
      ['module.m', 1, 9],
    ]);
    expect(nl!.files[1]!.missingIds).toContain('pages.intro');
    expect(formatStatus([nl!]).split('\n').slice(0, 5)).toEqual([
      '"nl"',
      '  file      translated  missing  done',
      '  course             3        0  100%',
      '  module.m           1        9   10%',
      '  total              4        9   30%',
    ]);
  });

  it('finds the real course complete in every language', async () => {
    const status = await translationStatus(REAL_COURSE);
    expect(status.map((s) => [s.locale, s.files.every((f) => f.missing === 0)])).toEqual([
      ['nl', true],
      ['nb', true],
    ]);
  });
});
