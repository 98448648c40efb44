import { describe, expect, it } from 'vitest';
import { CourseDataSchema, PageDataSchema } from './course-data.ts';
import { CourseSchema } from './course.ts';
import { ModuleSchema } from './module.ts';

const course = {
  id: 'c',
  version: '1.0.0',
  title: 'Course',
  description: 'A course.',
  locales: ['en', 'nl'],
  baseIri: 'https://example.org/xapi/c',
  competences: [{ id: 'listening', title: 'Listening' }],
  modules: ['m'],
  mastery: { passMark: 80 },
  reporting: 'passed-incomplete',
};
const module = {
  id: 'm',
  title: 'Module',
  summary: 'Summary.',
  objectives: [{ id: 'o', text: 'Objective.', competences: ['listening'] }],
  activities: [{ id: 'p', type: 'page', title: 'Page' }],
};

describe('CourseSchema', () => {
  it('fills the source locale and the completion rule', () => {
    expect(CourseSchema.parse(course)).toMatchObject({ sourceLocale: 'en', completion: { rule: 'all-required' } });
  });

  it('rejects unknown fields, versions that are not x.y.z and relative IRIs', () => {
    expect(CourseSchema.safeParse({ ...course, colour: 'blue' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
    expect(CourseSchema.safeParse({ ...course, version: '1.0' }).error?.issues[0]?.message).toBe('is not a version like 1.0.0');
    expect(CourseSchema.safeParse({ ...course, baseIri: '/xapi' }).error?.issues[0]?.message).toBe('is not an absolute IRI like https://example.org/courses/x');
  });

  it('keeps pass marks between 0 and 100 and knows four reporting modes', () => {
    expect(CourseSchema.safeParse({ ...course, mastery: { passMark: 101 } }).success).toBe(false);
    expect(CourseSchema.safeParse({ ...course, reporting: 'passed' }).success).toBe(false);
    for (const reporting of ['passed-incomplete', 'passed-failed', 'completed-incomplete', 'completed-failed']) {
      expect(CourseSchema.safeParse({ ...course, reporting }).success).toBe(true);
    }
  });
});

describe('ModuleSchema', () => {
  it('needs at least one objective and one activity', () => {
    expect(ModuleSchema.safeParse(module).success).toBe(true);
    expect(ModuleSchema.safeParse({ ...module, objectives: [] }).success).toBe(false);
    expect(ModuleSchema.safeParse({ ...module, activities: [] }).success).toBe(false);
  });

  it('bounds facilitator sessions to 5-480 minutes', () => {
    const facilitator = { minutes: 90, questions: ['Q?'], watchFor: ['W'] };
    expect(ModuleSchema.safeParse({ ...module, facilitator }).success).toBe(true);
    expect(ModuleSchema.safeParse({ ...module, facilitator: { ...facilitator, minutes: 600 } }).success).toBe(false);
  });
});

describe('CourseDataSchema', () => {
  it('carries a locale and full modules instead of module ids', () => {
    const { modules: _ids, ...rest } = CourseSchema.parse(course);
    const data = { ...rest, locale: 'nl', modules: [{ ...module, activities: [{ ...module.activities[0], optional: false, weight: 0, html: '<p>Hoi</p>' }] }] };
    expect(CourseDataSchema.safeParse(data).success).toBe(true);
    expect(CourseDataSchema.safeParse({ ...data, locale: undefined }).success).toBe(false);
    expect(CourseDataSchema.safeParse({ ...data, modules: ['m'] }).success).toBe(false);
  });

  it('has no place for facilitator notes: they are for trainers, not learners', () => {
    const { modules: _ids, ...rest } = CourseSchema.parse(course);
    const built = { ...module, activities: [{ ...module.activities[0], optional: false, weight: 0, html: '<p>Hi</p>' }] };
    const facilitator = { minutes: 90, questions: ['Q?'], watchFor: ['W'] };
    expect(CourseDataSchema.safeParse({ ...rest, locale: 'en', modules: [built] }).success).toBe(true);
    expect(CourseDataSchema.safeParse({ ...rest, locale: 'en', modules: [{ ...built, facilitator }] }).success).toBe(false);
  });

  it('requires built pages to have their weight and html', () => {
    expect(PageDataSchema.safeParse({ id: 'p', type: 'page', title: 'Page', weight: 0 }).success).toBe(false);
    expect(PageDataSchema.safeParse({ id: 'p', type: 'page', title: 'Page', html: '' }).success).toBe(false);
  });
});
