import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../config.ts';
import type { BuildStep } from '../context.ts';
import { buildSteps, runBuild } from '../pipeline.ts';
import { CONFIG_PLACEHOLDER } from '../targets/launch-page.ts';
import { planNewCourse } from './new-course.ts';
import { expectLoads, expectSchemaBound, removeTempDirs, tempDir } from './test-support/scaffold-checks.ts';

afterAll(removeTempDirs);

/**
 * Bundling the player with Vite takes most of a build and is tested on its own
 * (steps/bundle-app.test.ts); here a minimal index.html with the launch-config slot stands in,
 * and every other step runs as in `workmentor build`.
 */
const stubApp: BuildStep = {
  name: 'bundle app',
  async run(ctx) {
    ctx.apps.set('offline', new Map([['index.html', Buffer.from(`<html><head><title></title><script>${CONFIG_PLACEHOLDER}</script></head><body></body></html>`)]]));
  },
};

describe('workmentor new course', () => {
  it('makes a course that loads without errors and builds a web package at once', async () => {
    const root = join(await tempDir('course'), 'mentor-basics');
    const plan = await planNewCourse(root);
    await plan.commit();
    expect(plan.created).toEqual(
      expect.arrayContaining(['course.yaml', 'i18n/README.md', 'modules/getting-started/module.yaml', 'modules/getting-started/pages/introduction.md']),
    );
    await expectLoads(root);
    const outDir = await tempDir('out');
    const steps = buildSteps().map((step) => (step.name === 'bundle app' ? stubApp : step));
    const ctx = await runBuild(resolveConfig({ course: root, outDir, targets: ['web'] }), { steps });
    expect(ctx.packages.map((p) => p.fileName)).toEqual(['mentor-basics-0.1.0-web.zip']);
    expect(await readdir(outDir)).toContain('mentor-basics-0.1.0-web.zip');
    const module = (await readFile(join(root, 'modules/getting-started/module.yaml'), 'utf8'));
    expect(module).toMatch(/type: dialogue[\s\S]*type: quiz/);
  }, 120_000);

  it('starts every YAML file with its schema modeline, and each validates against its schema', async () => {
    const plan = await planNewCourse(join(await tempDir('course'), 'modelines'));
    await plan.commit();
    await expectSchemaBound(plan);
  });

  it('refuses a folder that is not empty, and a folder name that is no id unless --id gives one', async () => {
    const used = join(await tempDir('course'), 'used');
    await mkdir(used);
    await writeFile(join(used, 'notes.txt'), 'mine');
    await expect(planNewCourse(used)).rejects.toThrow('is not empty');
    const badName = join(await tempDir('course'), 'My_Course');
    await expect(planNewCourse(badName)).rejects.toThrow('Pass one with --id');
    await expect(planNewCourse(badName, { id: 'Also Bad' })).rejects.toThrow('is not kebab-case');
    const plan = await planNewCourse(badName, { id: 'my-course' });
    await plan.commit();
    expect(await readFile(join(badName, 'course.yaml'), 'utf8')).toContain('\nid: my-course ');
    expect(await readdir(used)).toEqual(['notes.txt']);
  });
});
