import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type UserConfig } from '../config.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { packageFileName } from './package-targets.ts';
import { moduleUnit } from './plan-packages.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
let fixture: LoadedCourse;
/** The fixture as a two-module course, so there are modules to give AUs of their own. */
let two: LoadedCourse;

beforeAll(async () => {
  const result = await loadCourse(FIXTURE);
  if (!result.ok) throw new Error('fixture does not load');
  fixture = result.course;
  two = { ...fixture, source: { ...fixture.source, modules: [...fixture.source.modules, 'second'] } };
});

const name = (course: LoadedCourse, user: UserConfig, target: Parameters<typeof packageFileName>[1], module?: string) =>
  packageFileName({ config: resolveConfig(user), course }, target, module ? moduleUnit(course, module) : { course });

describe('packageFileName', () => {
  it('names the cmi5 package with one AU per module apart from the one-AU package', () => {
    expect(name(two, {}, 'cmi5')).toBe('workmentor-fixture-1.0.0-cmi5.zip');
    expect(name(two, { cmi5Aus: 'modules' }, 'cmi5')).toBe('workmentor-fixture-1.0.0-cmi5-module-aus.zip');
    expect(name(two, { cmi5Aus: 'modules', locales: ['nb'] }, 'cmi5')).toBe('workmentor-fixture-1.0.0-cmi5-module-aus-nb.zip');
  });

  it('leaves every other target, and packages that hold one module anyway, as they were', () => {
    expect(name(two, { cmi5Aus: 'modules' }, 'scorm12')).toBe('workmentor-fixture-1.0.0-scorm12.zip');
    expect(name(two, { cmi5Aus: 'modules' }, 'xapi')).toBe('workmentor-fixture-1.0.0-xapi.zip');
    // A module package has one module, so one AU: the same package whatever --cmi5-aus says.
    expect(name(two, { cmi5Aus: 'modules', split: 'modules' }, 'cmi5', 'first-weeks')).toBe('workmentor-fixture-1.0.0-cmi5-first-weeks.zip');
    expect(name(two, { split: 'modules' }, 'cmi5', 'first-weeks')).toBe('workmentor-fixture-1.0.0-cmi5-first-weeks.zip');
    // A one-module course gets the course AU either way.
    expect(name(fixture, { cmi5Aus: 'modules' }, 'cmi5')).toBe('workmentor-fixture-1.0.0-cmi5.zip');
  });
});
