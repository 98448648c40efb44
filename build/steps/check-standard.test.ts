/**
 * The course standard (`standard:` in course.yaml), checked on the fixture course: each rule is
 * missed by changing the rule's number (or the built data), and pinned by name, position and
 * wording; a rule's level decides whether the miss stops the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CourseData, DialogueData } from '../../course/schema/course-data.ts';
import { resolveStandard, type StandardSchema } from '../../course/schema/standard.ts';
import type { z } from 'zod';
import { BuildFailure } from '../build-failure.ts';
import type { BuildContext } from '../context.ts';
import { loadCourse, type LoadedCourse } from '../load/load-course.ts';
import { pins, positionOf, valuePosition } from '../load/test-support/tiny-course.ts';
import { checkCourseStandard, standardProblems } from './check-standard.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/course');
const MODULE = 'modules/first-weeks/module.yaml';
const moduleText = readFileSync(path.join(FIXTURE, MODULE), 'utf8');
const nlText = readFileSync(path.join(FIXTURE, 'modules/first-weeks/i18n/nl.yaml'), 'utf8');

let fixture: LoadedCourse;
beforeAll(async () => {
  const loaded = await loadCourse(FIXTURE);
  if (!loaded.ok) throw new Error('the fixture course does not load');
  fixture = loaded.course;
}, 60_000);

/** The fixture held to `standard` (course.yaml's own when undefined), its built data changed by `data`. */
function withStandard(standard: z.input<typeof StandardSchema> | undefined, data: (d: CourseData) => void = () => {}): LoadedCourse {
  const copy = structuredClone(fixture);
  for (const d of Object.values(copy.data)) data(d!);
  return { ...copy, source: { ...copy.source, ...(standard === undefined ? {} : { standard: resolveStandard(standard) }) } };
}

const problemsWith = (standard: z.input<typeof StandardSchema> | undefined, data?: (d: CourseData) => void) => standardProblems(withStandard(standard, data));
const burntTray = (d: CourseData) => d.modules[0]!.activities.find((a): a is DialogueData => a.type === 'dialogue')!;

describe('build step: check course standard', () => {
  it('accepts the fixture, whose course.yaml asks for one page and two decisions on every path', async () => {
    expect(await problemsWith(undefined)).toEqual([]);
  });

  it('StandardActivityCount: at the module id, with the number the standard asks for', async () => {
    const problems = await problemsWith({ activities: { page: { min: 1 }, reflection: { min: 2 } }, dialogues: { everyPath: 2 } });
    expect(pins(problems)).toEqual([`StandardActivityCount ${positionOf(MODULE, moduleText, 'first-weeks')}`]);
    expect(problems[0]!.what).toBe('Module "first-weeks" has 1 reflection activity; the course standard asks for at least 2.');
    expect(problems[0]!.fix).toBe('add 1 reflection activity, or, if this course means to differ, change `standard.activities` in course.yaml.');
  });

  it('applies the defaults without a `standard:` section: 3 to 6 pages, 3 decisions on every path', async () => {
    const problems = await problemsWith({});
    expect(pins(problems)).toEqual([`StandardActivityCount ${positionOf(MODULE, moduleText, 'first-weeks')}`, `StandardDialogueTooShallow ${valuePosition(MODULE, moduleText, 'id: burnt-tray')}`]);
    expect(problems[0]!.what).toBe('Module "first-weeks" has 1 page activity; the course standard asks for 3 to 6.');
    expect(problems[1]!.what).toBe('Dialogue "burnt-tray" has a path with only 2 decision points; the course standard asks for at least 3 on every path.');
  });

  it('StandardDialogueTooShallow and StandardDialogueEndings: at the dialogue', async () => {
    const relaxed = { activities: { page: { min: 1 } } };
    const deep = await problemsWith({ ...relaxed, dialogues: { longestPath: 6, everyPath: 2 } });
    expect(pins(deep)).toEqual([`StandardDialogueTooShallow ${valuePosition(MODULE, moduleText, 'id: burnt-tray')}`]);
    expect(deep[0]!.what).toBe('Dialogue "burnt-tray" has 5 decision points on its longest path; the course standard asks for at least 6.');
    const noMixed = await problemsWith({ ...relaxed, dialogues: { everyPath: 2 } }, (d) => {
      for (const node of burntTray(d).nodes) if (node.ending?.outcome === 'mixed') node.ending.outcome = 'negative';
    });
    expect(pins(noMixed)).toEqual([`StandardDialogueEndings ${valuePosition(MODULE, moduleText, 'id: burnt-tray')}`]);
    expect(noMixed[0]!.what).toBe('Dialogue "burnt-tray" has no mixed ending; the course standard asks for 3 or more endings that include every outcome.');
  });

  it('StandardDebriefShort: in every language, at the debrief the translator wrote', async () => {
    const problems = await problemsWith({ activities: { page: { min: 1 } }, dialogues: { everyPath: 2, debrief: 140 } });
    const en = problems.filter((p) => p.file === MODULE);
    const nl = problems.filter((p) => p.file.endsWith('/nl.yaml'));
    expect(pins(en)[0]).toBe(`StandardDebriefShort ${valuePosition(MODULE, moduleText, 'debrief: You asked before')}`);
    expect(pins(nl)[0]).toBe(`StandardDebriefShort modules/first-weeks/i18n/nl.yaml:${positionOf('', nlText, '>-\n            Je vroeg eerst').split(':').slice(1).join(':')}`);
    expect(nl[0]!.what).toMatch(/^The Dutch debrief of ending "[a-z-]+" in dialogue "burnt-tray" has \d+ characters; the course standard asks for at least 140\.$/);
  });

  it('StandardQuizTooSmall: at the quiz, naming its kinds', async () => {
    const problems = await problemsWith({ activities: { page: { min: 1 } }, dialogues: { everyPath: 2 }, quizzes: { items: 9, kinds: 7 } });
    expect(pins(problems)).toEqual([`StandardQuizTooSmall ${valuePosition(MODULE, moduleText, 'id: mentor-basics')}`]);
    expect(problems[0]!.what).toMatch(/^Quiz "mentor-basics" has 8 items of 6 kinds \(.*\); the course standard asks for at least 9 items of 7 kinds\.$/);
  });

  it('StandardReadingLevel: per language, at the module', async () => {
    const problems = await problemsWith({ activities: { page: { min: 1 } }, dialogues: { everyPath: 2 }, readingLevel: { maxLix: 1 } });
    expect(pins(problems)).toEqual(fixture.source.locales.map(() => `StandardReadingLevel ${positionOf(MODULE, moduleText, 'first-weeks')}`));
    expect(problems.map((p) => p.what.replace(/LIX [\d.]+/, 'LIX n'))).toContain('The Dutch pages of module "first-weeks" read at LIX n; the course standard asks for 1 or below.');
  });

  it('StandardCastVariety: in cast.yaml, once there are faces to compare', async () => {
    const look = { skin: 'medium', face: 'oval', hair: 'short', hairColour: 'brown', facialHair: 'none', glasses: 'none', earrings: false, headwear: 'none', age: 'adult', outfit: 'apron', colour: 'teal', alt: 'A face.' };
    const problems = await problemsWith({ activities: { page: { min: 1 } }, dialogues: { everyPath: 2 } }, (d) => {
      for (const member of burntTray(d).cast) member.look = { ...look } as never;
    });
    expect(pins(problems)).toEqual(['StandardCastVariety cast.yaml', 'StandardCastVariety cast.yaml', 'StandardCastVariety cast.yaml']);
    expect(problems.map((p) => p.what)).toContain(`The ${burntTray(fixture.data.en!).cast.length} people in the dialogues have 1 different skin tones; the course standard asks for at least 6.`);
  });

  it('stops the build at `level: error`, logs and goes on at `level: warning`, and skips a rule at `off`', async () => {
    const run = async (level: 'error' | 'warning' | 'off') => {
      const lines: string[] = [];
      const ctx = { course: withStandard({ activities: { level, page: { min: 2 } }, dialogues: { everyPath: 2 } }), log: (m: string) => lines.push(m) } as unknown as BuildContext;
      const failure = await checkCourseStandard().run(ctx).then(() => undefined, (e: unknown) => e);
      return { lines, failure };
    };
    const error = await run('error');
    expect(error.failure).toBeInstanceOf(BuildFailure);
    expect(pins((error.failure as BuildFailure).errors)).toEqual([`StandardActivityCount ${positionOf(MODULE, moduleText, 'first-weeks')}`]);
    const warning = await run('warning');
    expect(warning.failure).toBeUndefined();
    expect(warning.lines).toEqual([`warning StandardActivityCount ${MODULE}:3: Module "first-weeks" has 1 page activity; the course standard asks for at least 2.`]);
    expect(await run('off')).toEqual({ lines: [], failure: undefined });
  });
});
