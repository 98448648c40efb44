import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseData } from '../../course/schema/course-data.ts';
import { FREE_TEXT_FLOOR, FREE_TEXT_RESERVE, effectiveLimits, freeTextFields } from '../../components/src/runtime/resume/free-text-budget.ts';
import { freeTextGuarantee, freeTextPool } from '../../components/src/runtime/resume/free-text-guarantee.ts';
import type { LearnerProgress } from '../../components/src/runtime/progress.ts';
import { encodeResume } from '../../components/src/runtime/resume/resume-codec.ts';
import { formatCostTable, resumeCostTable } from '../../components/src/runtime/resume/resume-cost.ts';
import { worstCaseProgress, worstText } from '../../components/src/runtime/resume/worst-case.ts';
import { BuildFailure } from '../build-failure.ts';
import { resolveConfig, TARGETS } from '../config.ts';
import { loadCourse as load } from '../load/load-course.ts';
import { buildSteps, runBuild } from '../pipeline.ts';
import { checkResumeBudget, guaranteeOf } from './check-resume-budget.ts';
import { loadCourse } from './load-course.ts';
import { planPackages } from './plan-packages.ts';

const REAL = path.resolve(import.meta.dirname, '../../course/content');
const SCORM12 = 4096;

/** Temp folders this file made: several megabytes each, removed when it is done. */
const made: string[] = [];
const tempDir = async (name: string): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `wm-${name}-`));
  made.push(dir);
  return dir;
};

/** The module a course has once, however much content it grows: its final assessment. */
const FINAL_MODULE = 'final-assessment';

/**
 * The real course with its content modules `times` times over (a course has one final
 * assessment, however much it teaches): copy k of module m is `<m>-<k>`, listed after all the
 * originals. Module ids name the folder and `id:` in module.yaml; translations and pages inside
 * a module folder are keyed by ids within the module, so they copy as they are.
 */
async function copiedCourse(times: number): Promise<string> {
  const dir = await tempDir(`${times}x`);
  await cp(REAL, dir, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  const courseFile = path.join(dir, 'course.yaml');
  const yaml = await readFile(courseFile, 'utf8');
  const modules = [...yaml.matchAll(/^ {2}- ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  const copies: string[] = [];
  for (let k = 2; k <= times; k += 1) {
    for (const id of modules.filter((m) => m !== FINAL_MODULE)) {
      const copy = `${id}-${k}`;
      copies.push(copy);
      await cp(path.join(dir, 'modules', id), path.join(dir, 'modules', copy), { recursive: true });
      const moduleFile = path.join(dir, 'modules', copy, 'module.yaml');
      await writeFile(moduleFile, (await readFile(moduleFile, 'utf8')).replace(/^id: .*$/m, `id: ${copy}`));
    }
  }
  await writeFile(courseFile, yaml.replace(/^modules:\n(?: {2}- .*\n)+/m, (list) => list + copies.map((c) => `  - ${c}\n`).join('')));
  return dir;
}

const outDir = () => tempDir('budget-out');

/**
 * The build without the content-cue checks: the copied modules are not in the final
 * assessment's pool (FinalModuleTooFewItems), which is the cue check working, not what these
 * tests are about: whether the resume state of a course four times as big fits.
 */
const withoutCueChecks = () => buildSteps().filter((step) => step.name !== 'check content cues');

/** Sets the learner text of one shared field (`freeTextFields` key) in `progress`. */
function withText(course: CourseData, progress: LearnerProgress, key: string, text: string): LearnerProgress {
  const [activityKey, field] = key.split('#') as [string, string];
  const entry = progress.activities[activityKey]!;
  const detail = entry.detail;
  const changed =
    detail.type === 'reflection'
      ? { ...detail, answers: { ...detail.answers, [field]: text } }
      : detail.type === 'feedback-exercise'
        ? { ...detail, written: text }
        : detail.type === 'quiz' && detail.current
          ? { ...detail, current: { ...detail.current, answers: { ...detail.current.answers, [field]: { kind: 'fill-in' as const, text } } } }
          : detail;
  expect(changed, `${key} in ${course.id}`).not.toBe(detail);
  return { ...progress, activities: { ...progress.activities, [activityKey]: { ...entry, detail: changed } } };
}

/**
 * The largest structure with every shared field written to the limit the player shows, one
 * field after another in course order, as a learner working through the course would.
 */
function filledInTurn(course: CourseData, limit: number): { progress: LearnerProgress; least: number } {
  const pool = freeTextPool(course, limit);
  let progress = worstCaseProgress(course);
  const fields = freeTextFields(course, progress).filter((f) => f.used > 0);
  for (const f of fields) progress = withText(course, progress, f.key, '');
  let least = Number.POSITIVE_INFINITY;
  for (const f of fields) {
    const room = effectiveLimits(course, progress, pool).get(f.key)!;
    least = Math.min(least, room);
    progress = withText(course, progress, f.key, worstText(room));
  }
  return { progress, least };
}

describe('resume budget, checked per package after planning', () => {
  let fourTimes: string;
  beforeAll(async () => {
    fourTimes = await copiedCourse(4);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('measures what each part of the real course\'s worst-case state costs, the same in every locale', async () => {
    const loaded = await load(REAL);
    if (!loaded.ok) throw new Error('the real course does not load');
    const tables = loaded.course.source.locales.map((l) => resumeCostTable(loaded.course.data[l]!));
    expect(new Set(tables.map((t) => t.total)).size).toBe(1);
    const g = freeTextGuarantee(loaded.course.data.en!, SCORM12);
    console.log(`WORKMENTOR (${loaded.course.source.locales.join(', ')}), worst case on SCORM 1.2: structure ${g.structural}, ${g.fields} shared fields, ${g.reserve} guaranteed each, pool ${g.pool}\n${formatCostTable(tables[0]!)}`);
    expect(g).toMatchObject({ reserve: FREE_TEXT_RESERVE, wished: true });
    // Format 1 needed 1511 characters of structure for a smaller course (73 decision points,
    // 32 final items), without the certificate name and fill-ins; this course has about twice
    // the decisions and a 58-item final pool.
    expect(g.structural).toBeLessThan(500);
  }, 60_000);

  it('builds the course copied four times for every target as one package, the SCORM 1.2 fields sharing what is left', async () => {
    const logs: string[] = [];
    const ctx = await runBuild(resolveConfig({ course: fourTimes, outDir: await outDir(), targets: [...TARGETS] }), { log: (m) => logs.push(m), steps: withoutCueChecks() });
    expect(ctx.packages.map((p) => p.target)).toEqual([...TARGETS]);
    const course = ctx.units[0]!.course;
    // Every content module four times, the final assessment once.
    expect(course.source.modules.filter((m) => m !== FINAL_MODULE).length % 4).toBe(0);
    expect(course.source.modules.filter((m) => m === FINAL_MODULE)).toHaveLength(1);
    const datas = course.source.locales.map((l) => course.data[l]!);
    const g = guaranteeOf(datas, SCORM12);
    console.log(`${logs.filter((l) => l.includes('SCORM 1.2')).join('\n')}\n${formatCostTable(resumeCostTable(datas[0]!))}`);
    expect(g.reserve).toBeGreaterThanOrEqual(FREE_TEXT_FLOOR);
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^warning FreeTextReserveReduced course\\.yaml:\\d+: The SCORM 1\\.2 package of the whole course promises each of its ${g.fields} free-text answers`)));
    expect(logs).toContainEqual(expect.stringMatching(/^resume state, SCORM 2004 package of the whole course: .* 100 guaranteed each$/));
    // What the build promised is what the player gives: a learner filling every field to its
    // shown limit in turn gets at least the reserve everywhere and never exceeds 4096.
    const { progress, least } = filledInTurn(datas[0]!, SCORM12);
    expect(least).toBeGreaterThanOrEqual(g.reserve);
    expect(encodeResume(datas[0]!, progress).length).toBeLessThanOrEqual(SCORM12);
  }, 180_000);

  it('builds the course copied four times as one package per module (--split modules), each with the 100 wished', async () => {
    const logs: string[] = [];
    const ctx = await runBuild(resolveConfig({ course: fourTimes, outDir: await outDir(), targets: [...TARGETS], split: 'modules' }), { log: (m) => logs.push(m), steps: withoutCueChecks() });
    const modules = ctx.course!.source.modules.length;
    expect(ctx.packages).toHaveLength(modules * TARGETS.length);
    const budgetLines = logs.filter((l) => l.startsWith('resume state, SCORM 1.2 package of module'));
    expect(budgetLines).toHaveLength(modules);
    expect(budgetLines.every((l) => l.endsWith(': 100 guaranteed each'))).toBe(true);
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([]);
  }, 180_000);

  it('refuses five copies in one SCORM 1.2 package, naming the package, the numbers and the way out', async () => {
    const fiveTimes = await copiedCourse(5);
    // Only what this test is about: loading, planning and the budget (no cue checks, no packages).
    const steps = () => [loadCourse(), planPackages(), checkResumeBudget()];
    const failure = await runBuild(resolveConfig({ course: fiveTimes, outDir: await outDir(), targets: ['scorm12', 'scorm2004', 'xapi'] }), { steps: steps() }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BuildFailure);
    const errors = (failure as BuildFailure).errors;
    expect(errors.map((e) => `${e.name} ${e.file}`)).toEqual(['ResumeStateTooLarge course.yaml']);
    expect(errors[0]!.line).toBeGreaterThan(1);
    expect(errors[0]!.what).toMatch(/^The SCORM 1\.2 package of the whole course cannot keep a learner's progress: .* \d+ free-text answers, \d+ each; every answer must get at least 20\.$/);
    expect(errors[0]!.fix).toContain('--split modules');
    expect(errors[0]!.fix).toContain('SCORM 2004');
    expect(errors[0]!.frame).toContain('modules:');
    // The way out it names works: one package per module fits.
    await expect(runBuild(resolveConfig({ course: fiveTimes, outDir: await outDir(), targets: ['scorm12'], split: 'modules' }), { steps: steps() })).resolves.toBeDefined();
  }, 180_000);
});
