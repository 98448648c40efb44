import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planNewModule } from './new-module.ts';
import { TODO_MARKER } from './translation-prefill.ts';
import { copyOf, expectLoads, expectSchemaBound, FIXTURE, removeTempDirs } from './test-support/scaffold-checks.ts';

afterAll(removeTempDirs);

describe('workmentor new module', () => {
  it('adds the module to course.yaml with translations for every locale, and the course still loads', async () => {
    const root = await copyOf(FIXTURE);
    const before = await readFile(join(root, 'course.yaml'), 'utf8');
    const plan = await planNewModule(root, 'second-weeks');
    await plan.commit();
    expect(plan.changed).toEqual(['course.yaml']);
    // Only the new list entry: comments and the rest of the file stay as the author wrote them.
    expect(await readFile(join(root, 'course.yaml'), 'utf8')).toBe(before.replace('  - first-weeks\n', '  - first-weeks\n  - second-weeks\n'));
    expect((await readdir(join(root, 'modules/second-weeks/pages'))).sort()).toEqual(['introduction.md', 'introduction.nb.md', 'introduction.nl.md']);
    expect(await readFile(join(root, 'modules/second-weeks/i18n/nl.yaml'), 'utf8')).toContain(`title: Second weeks ${TODO_MARKER}`);
    await expectLoads(root);
    await expectSchemaBound(plan);
  });

  it('puts a new module before the final assessment when that module is last', async () => {
    const root = await copyOf(FIXTURE);
    const course = join(root, 'course.yaml');
    await writeFile(course, (await readFile(course, 'utf8')).replace('  - first-weeks\n', '  - first-weeks\n  - final-check\n') + 'finalAssessment:\n  activity: final-check/final-quiz\n');
    const plan = await planNewModule(root, 'middle');
    expect(await plan.textOf(course)).toContain('  - first-weeks\n  - middle\n  - final-check\n');
  });

  it('refuses an id that is not kebab-case, naming the rule, and an id in use, writing nothing', async () => {
    const root = await copyOf(FIXTURE);
    const before = await readFile(join(root, 'course.yaml'), 'utf8');
    await expect(planNewModule(root, 'Second_Weeks')).rejects.toThrow(/"Second_Weeks" cannot be a module id: it is not kebab-case \(lower-case letters, digits and single hyphens\)/);
    await expect(planNewModule(root, 'x'.repeat(65))).rejects.toThrow('is longer than 64 characters');
    await expect(planNewModule(root, 'first-weeks')).rejects.toThrow('Module "first-weeks" already exists');
    expect(await readFile(join(root, 'course.yaml'), 'utf8')).toBe(before);
    expect(await readdir(join(root, 'modules'))).toEqual(['first-weeks']);
  });
});
