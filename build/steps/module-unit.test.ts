import { beforeAll, describe, expect, it } from 'vitest';
import type { CourseData } from '../../course/schema/course-data.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { moduleUnit } from './module-unit.ts';

let course: LoadedCourse;
beforeAll(async () => {
  const loaded = await loadCourse('course/content');
  if (!loaded.ok) throw new Error('course/content does not load');
  course = loaded.course;
});

const activities = (data: CourseData | undefined) => data!.modules.flatMap((m) => m.activities);

describe('a module packaged on its own', () => {
  it('is graded by its quiz, with the quiz pass mark, when nothing in it weighs in the course score', () => {
    const unit = moduleUnit(course, 'three-way-agreement');
    for (const data of Object.values(unit.course.data)) {
      const quiz = activities(data).find((a) => a.type === 'quiz');
      expect(quiz).toMatchObject({ weight: 1, passMark: 75 });
      expect(data!.mastery.passMark).toBe(75);
    }
    expect(unit.course.source.mastery.passMark).toBe(75);
    // The whole course is untouched: its module quizzes still weigh nothing.
    expect(activities(course.data.en).filter((a) => a.type === 'quiz' && a.weight > 0).map((a) => a.id)).toEqual(['final-quiz']);
  });

  it('keeps the weights and pass mark of a module that already counts', () => {
    const unit = moduleUnit(course, 'final-assessment');
    expect(unit.course.data.en!.mastery.passMark).toBe(course.data.en!.mastery.passMark);
  });

  it('claims on its certificate only what the module proves, in every language', () => {
    const unit = moduleUnit(course, 'final-assessment');
    for (const [locale, data] of Object.entries(unit.course.data)) {
      const certificate = activities(data).find((a) => a.type === 'certificate');
      const whole = activities(course.data[locale as 'en']).find((a) => a.type === 'certificate');
      expect(certificate?.type === 'certificate' && certificate.statement).not.toBe(whole?.type === 'certificate' && whole.statement);
      expect(certificate).not.toHaveProperty('moduleStatement');
    }
    expect(activities(unit.course.data.en).find((a) => a.type === 'certificate')).toMatchObject({ statement: expect.stringMatching(/^has passed the final assessment/) });
  });

  it('leaves a certificate without a module statement out', () => {
    const data = course.data.en!;
    const stripped: LoadedCourse = {
      ...course,
      data: {
        en: {
          ...data,
          modules: data.modules.map((m) => ({ ...m, activities: m.activities.map((a) => (a.type === 'certificate' ? { ...a, moduleStatement: undefined } : a)) })),
        },
      },
    };
    expect(activities(moduleUnit(stripped, 'final-assessment').course.data.en).some((a) => a.type === 'certificate')).toBe(false);
  });
});
