/**
 * The packages of this run: built once by the global setup with the real pipeline (SCORM 1.2 and
 * 2004, the whole course and one package per module) into the run's temporary folder, and
 * found there by every spec through WM_MOODLE_RUN (Playwright hands the global setup's
 * environment to its workers).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig, type Split } from '../../../build/config.ts';
import { runBuild } from '../../../build/pipeline.ts';
import { SCORM_VERSIONS, type ScormVersion } from './cmi-elements.ts';

export const RUN_DIR_ENV = 'WM_MOODLE_RUN';
export const COURSE_DIR = path.resolve(import.meta.dirname, '../../../course/content');

export interface RunPackage {
  target: ScormVersion;
  /** The course id, or `<course-id>-<module-id>` for a module package. */
  unit: string;
  /** The module a module package holds alone. */
  module?: string;
  zip: string;
}

export function runDir(): string {
  const dir = process.env[RUN_DIR_ENV];
  if (!dir) throw new Error(`${RUN_DIR_ENV} is not set: run the Moodle suite with \`npm run test:moodle\` (its global setup builds the packages).`);
  return dir;
}

/** Builds `split` packages of `courseDir` for both SCORM versions into `outDir`. */
export async function buildScormPackages(courseDir: string, outDir: string, split: Split): Promise<RunPackage[]> {
  const ctx = await runBuild(resolveConfig({ course: courseDir, outDir, targets: [...SCORM_VERSIONS], split }));
  return ctx.packages.map((pkg) => {
    const module = ctx.units.find((u) => u.id === pkg.unit)?.module;
    return { target: pkg.target as ScormVersion, unit: pkg.unit, ...(module ? { module } : {}), zip: path.join(outDir, pkg.fileName) };
  });
}

/** The global setup's build: whole course and per module, listed in `packages.json`. */
export async function buildRunPackages(dir: string): Promise<RunPackage[]> {
  const packages: RunPackage[] = [];
  for (const split of ['course', 'modules'] as const) {
    const outDir = path.join(dir, split);
    await mkdir(outDir, { recursive: true });
    packages.push(...(await buildScormPackages(COURSE_DIR, outDir, split)));
  }
  await writeFile(path.join(dir, 'packages.json'), JSON.stringify(packages, null, 2));
  return packages;
}

/** The zip of the whole course (no `module`) or of one module, for `target`. */
export function packageZip(target: ScormVersion, module?: string): string {
  const packages = JSON.parse(readFileSync(path.join(runDir(), 'packages.json'), 'utf8')) as RunPackage[];
  const found = packages.find((p) => p.target === target && p.module === module);
  if (!found) throw new Error(`No ${target} package for ${module ? `module ${module}` : 'the whole course'} in this run`);
  return found.zip;
}
