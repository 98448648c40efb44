import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActivityKind } from './activity-templates.ts';
import { planNewActivity } from './new-activity.ts';
import { TODO_MARKER } from './translation-prefill.ts';
import { planNewCourse } from './new-course.ts';
import { copyOf, expectLoads, expectSchemaBound, FIXTURE, removeTempDirs, tempDir } from './test-support/scaffold-checks.ts';

afterAll(removeTempDirs);

const MODULE = 'modules/first-weeks/module.yaml';
// The fixture has a certificate already, so the certificate is tested on a new course below.
const TYPES: Record<Exclude<ActivityKind, 'certificate'>, string> = { dialogue: 'dialogue', quiz: 'quiz', exercise: 'feedback-exercise', reflection: 'reflection' };

describe('workmentor new dialogue|quiz|exercise|reflection|certificate', () => {
  for (const [kind, type] of Object.entries(TYPES) as [ActivityKind, string][]) {
    it(`adds a commented ${type} at the end of the module, with its texts in every translation, and the course still loads`, async () => {
      const root = await copyOf(FIXTURE);
      const before = await readFile(join(root, MODULE), 'utf8');
      const plan = await planNewActivity(root, kind, `new-${kind}`, 'first-weeks');
      await plan.commit();
      expect(plan.changed.sort()).toEqual(['modules/first-weeks/i18n/nb.yaml', 'modules/first-weeks/i18n/nl.yaml', MODULE]);
      const after = await readFile(join(root, MODULE), 'utf8');
      const activities = (parse(after) as { activities: { id: string; type: string }[] }).activities;
      expect(activities.at(-1)).toMatchObject({ id: `new-${kind}`, type });
      // The author's file is kept: every line they wrote is still there, comments included.
      for (const line of before.split('\n')) expect(after).toContain(line);
      expect(after.slice(before.length - 200)).toMatch(/ # /);
      const nl = parse(await readFile(join(root, 'modules/first-weeks/i18n/nl.yaml'), 'utf8')) as { activities: Record<string, { title: string }> };
      expect(nl.activities[`new-${kind}`]!.title).toBeTruthy();
      expect(await readFile(join(root, 'modules/first-weeks/i18n/nl.yaml'), 'utf8')).toContain(TODO_MARKER);
      await expectLoads(root);
      await expectSchemaBound(plan);
    });
  }

  it('refuses an id in use, an invalid id and a module that does not exist, writing nothing', async () => {
    const root = await copyOf(FIXTURE);
    const before = await readFile(join(root, MODULE), 'utf8');
    const existing = (parse(before) as { activities: { id: string }[] }).activities[0]!.id;
    await expect(planNewActivity(root, 'quiz', existing, 'first-weeks')).rejects.toThrow(`already has an activity "${existing}"`);
    await expect(planNewActivity(root, 'dialogue', 'Late Again', 'first-weeks')).rejects.toThrow('"Late Again" cannot be a dialogue id: it is not kebab-case');
    await expect(planNewActivity(root, 'exercise', 'notes', 'no-such-module')).rejects.toThrow('There is no module "no-such-module"');
    await expect(planNewActivity(root, 'quiz', 'check', undefined)).rejects.toThrow('--module');
    expect(await readFile(join(root, MODULE), 'utf8')).toBe(before);
  });

  it('adds the certificate to a course without one, and it loads with the placeholder issuer to replace', async () => {
    const root = join(await tempDir('course'), 'mentor-basics');
    await (await planNewCourse(root)).commit();
    const plan = await planNewActivity(root, 'certificate', 'certificate', 'getting-started');
    await plan.commit();
    expect(plan.changed).toEqual(['modules/getting-started/module.yaml']);
    const module = parse(await readFile(join(root, 'modules/getting-started/module.yaml'), 'utf8')) as { activities: Record<string, unknown>[] };
    expect(module.activities.at(-1)).toMatchObject({ id: 'certificate', type: 'certificate', issuer: 'The name of your school or company' });
    expect(module.activities.at(-1)).not.toHaveProperty('moduleStatement');
    await expectLoads(root);
    await expectSchemaBound(plan);
  });

  it('refuses a second certificate, naming the one the course has, and writes nothing', async () => {
    const root = await copyOf(FIXTURE);
    const before = await readFile(join(root, MODULE), 'utf8');
    await expect(planNewActivity(root, 'certificate', 'another-certificate', 'first-weeks')).rejects.toThrow(
      'The course already has a certificate (modules/first-weeks/module.yaml, activity "certificate"), and a course issues one.',
    );
    expect(await readFile(join(root, MODULE), 'utf8')).toBe(before);
  });
});
