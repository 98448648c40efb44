/**
 * What every scaffold test asks of the files a command made: the course loads without errors,
 * and each YAML file starts with the modeline of its schema and validates against it.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { formatErrors } from '../../errors/format-errors.ts';
import { loadCourse } from '../../load/load-course.ts';
import { schemaFileOf, schemaKindOf } from '../../schemas/editor-schemas.ts';
import { modelineOf, SCHEMAS_DIR } from '../../schemas/modeline.ts';
import { schemaValidator } from '../../schemas/schema-validator.ts';
import type { FilePlan } from '../file-plan.ts';

const made: string[] = [];
const validate = schemaValidator();

export const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/course');
export const REAL = resolve(import.meta.dirname, '../../../course/content');

/** A fresh temp folder (removed by `removeTempDirs`). */
export async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `wm-scaffold-${name}-`));
  made.push(dir);
  return dir;
}

/** A copy of a course folder in a temp folder. */
export async function copyOf(course: string): Promise<string> {
  const dir = join(await tempDir('copy'), 'course');
  await cp(course, dir, { recursive: true });
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** The course at `root` loads with no errors; returns its warnings' names. */
export async function expectLoads(root: string): Promise<string[]> {
  const result = await loadCourse(root, { courseArg: 'course' });
  expect(result.ok ? [] : formatErrors(result.errors, { color: false }).split('\n').slice(0, 40)).toEqual([]);
  return result.ok ? result.course.warnings.map((w) => w.name) : [];
}

/** Every YAML file the plan made or changed names its schema in its first line and validates against it. */
export async function expectSchemaBound(plan: FilePlan): Promise<void> {
  const yaml = [...plan.created, ...plan.changed].filter((f) => f.endsWith('.yaml'));
  expect(yaml.length).toBeGreaterThan(0);
  for (const path of yaml) {
    const kind = schemaKindOf(path);
    const text = await readFile(join(plan.root, path), 'utf8');
    if (plan.created.includes(path)) {
      const schema = modelineOf(text);
      expect(schema && resolve(dirname(join(plan.root, path)), schema), `${path} modeline`).toBe(join(SCHEMAS_DIR, schemaFileOf(kind!)));
    }
    expect(validate(kind!, text), path).toEqual([]);
  }
}
