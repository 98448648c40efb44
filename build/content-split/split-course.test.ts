import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityStatus, moduleProgress } from '../../components/src/runtime/completion.ts';
import { courseStatus } from '../../components/src/runtime/course-status.ts';
import { activityKey } from '../../components/src/runtime/progress-values.ts';
import { decodeResume } from '../../components/src/runtime/resume/decode-resume.ts';
import { randomProgress } from '../../components/src/runtime/resume/random-progress.ts';
import { encodeResume } from '../../components/src/runtime/resume/resume-codec.ts';
import { resumeBudget } from '../../components/src/runtime/resume/resume-budget.ts';
import type { CourseData } from '../../course/schema/course-data.ts';
import type { Locale } from '../../course/schema/ids.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { stableJson } from '../stable-json.ts';
import { courseStructure, courseToc, sharedStructure } from './split-course.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COURSES = { fixture: path.join(ROOT, 'tests/fixtures/course'), real: path.join(ROOT, 'course/content') };

const loaded: Partial<Record<keyof typeof COURSES, LoadedCourse>> = {};
beforeAll(async () => {
  for (const [name, dir] of Object.entries(COURSES)) {
    const result = await loadCourse(dir);
    if (!result.ok) throw new Error(`${name} course does not load`);
    loaded[name as keyof typeof COURSES] = result.course;
  }
}, 60_000);

const data = (name: keyof typeof COURSES, locale: Locale): CourseData => loaded[name]!.data[locale]!;

/** Every string in a value, with where it sits. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

/** Every list in a value, with where it sits. */
function lists(value: unknown, at = ''): [string, unknown[]][] {
  if (Array.isArray(value)) return [[at, value], ...value.flatMap((v, i) => lists(v, `${at}[${i}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => lists(v, `${at}.${k}`));
  return [];
}

describe.each(['fixture', 'real'] as const)('course text split of the %s course', (name) => {
  it('table of contents: the course and its modules whole, so the contents, cover, welcome and module cards need nothing else', () => {
    const course = data(name, 'nl');
    const toc = courseToc(course);
    const { modules, ...rest } = course;
    const { modules: tocModules, ...tocRest } = toc;
    expect(tocRest).toEqual(rest);
    expect(tocModules.map(({ activities: _, ...m }) => m)).toEqual(modules.map(({ activities: _, ...m }) => m));
    // Titles, summaries and objectives are there in the locale's own words.
    expect(toc.modules[0]!.title).toBe(course.modules[0]!.title);
    expect(toc.modules[0]!.objectives[0]!.text).toBe(course.modules[0]!.objectives[0]!.text);
  });

  it('table of contents: each activity by id, type, title and numbers, without its text or inner lists', () => {
    const course = data(name, 'en');
    const toc = courseToc(course);
    course.modules.forEach((module, m) =>
      module.activities.forEach((activity, a) => {
        const hollow = toc.modules[m]!.activities[a]!;
        expect(hollow).toMatchObject({ id: activity.id, type: activity.type, title: activity.title, optional: activity.optional, weight: activity.weight });
        if (activity.type === 'quiz' && hollow.type === 'quiz') expect([hollow.attempts, hollow.passMark]).toEqual([activity.attempts, activity.passMark]);
        // No text beyond the title: what is left are ids and settings (a dialogue's `player`, a quiz's `feedback` mode).
        const text = strings(hollow).filter(([at, value]) => at !== '.title' && value !== '' && value !== (activity as Record<string, unknown>)[at.slice(1)]);
        expect(text).toEqual([]);
        for (const [at, value] of strings(hollow)) if (at !== '.title' && value !== '') expect(value, at).toMatch(/^[a-z0-9-]+$/);
        expect(lists(hollow).filter(([, list]) => list.length > 0)).toEqual([]);
      }),
    );
  });

  it('table of contents: far smaller than the course (what the first screen waits for)', () => {
    const course = data(name, 'en');
    expect(stableJson(courseToc(course)).length).toBeLessThan(stableJson(course).length / (name === 'real' ? 10 : 2));
  });

  it('structure: every text blank, the same in every locale', () => {
    const all = loaded[name]!.source.locales.map((l) => data(name, l));
    const structure = sharedStructure(all);
    for (const [at, value] of strings(structure)) {
      // Ids, enums, settings and addresses stay; no authored or translated text does.
      if (value !== '') expect(value, at).not.toMatch(/\s/);
    }
    for (const course of all) expect(stableJson(courseStructure(course))).toBe(stableJson(structure));
  });

  it('structure: refuses locales whose structure differs (a loader bug), naming them', () => {
    const en = data(name, 'en');
    const nl = data(name, 'nl');
    const [first, ...others] = nl.modules;
    const [activity, ...rest] = first!.activities;
    const reweighted = { ...nl, modules: [{ ...first!, activities: [{ ...activity!, weight: activity!.weight + 1 }, ...rest] }, ...others] };
    expect(() => sharedStructure([en, reweighted])).toThrow(/"nl" differs from "en"/);
    expect(() => sharedStructure([en, nl])).not.toThrow();
  });

  it('structure: the resume state reads and writes the same on it as on the whole course, in every locale', () => {
    const structure = sharedStructure(loaded[name]!.source.locales.map((l) => data(name, l)));
    for (const locale of loaded[name]!.source.locales) {
      const course = data(name, locale);
      for (let seed = 1; seed <= 20; seed += 1) {
        const progress = randomProgress(course, seed);
        const state = encodeResume(course, progress);
        expect(encodeResume(structure, progress)).toBe(state);
        expect(decodeResume(structure, state)).toEqual(decodeResume(course, state));
      }
    }
    expect(resumeBudget(structure)).toEqual(resumeBudget(data(name, 'en')));
  });

  it('table of contents: status, progress and module completion as on the whole course, for any progress', () => {
    const course = data(name, 'en');
    const toc = courseToc(course);
    for (let seed = 1; seed <= 40; seed += 1) {
      const progress = randomProgress(course, seed);
      expect(courseStatus(toc, progress)).toEqual(courseStatus(course, progress));
      course.modules.forEach((module, m) => {
        expect(moduleProgress(toc.modules[m]!, progress)).toEqual(moduleProgress(module, progress));
        module.activities.forEach((activity, a) => {
          const detail = progress.activities[activityKey(module.id, activity.id)]?.detail;
          expect(activityStatus(toc.modules[m]!.activities[a]!, detail)).toBe(activityStatus(activity, detail));
        });
      });
    }
  });
});
