/**
 * What a scaffold command needs to know about the course it adds to, read from course.yaml (and
 * cast.yaml) without the full loader: a course being written may still have errors elsewhere,
 * and adding a module should not wait for them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exists, ScaffoldError } from './file-plan.ts';

export interface CourseInfo {
  root: string;
  courseText: string;
  sourceLocale: string;
  locales: string[];
  modules: string[];
  competences: string[];
  /** The module of `finalAssessment.activity`, which stays last when a module is added. */
  finalModule: string | undefined;
  /** Names in cast.yaml, in file order; empty without one. */
  castNames: string[];
}

export async function readCourseInfo(root: string): Promise<CourseInfo> {
  const file = join(root, 'course.yaml');
  if (!(await exists(file))) {
    throw new ScaffoldError(`There is no course.yaml in ${root}. Pass the course folder with --course DIR, or start one with \`workmentor new course DIR\`.`);
  }
  const courseText = await readFile(file, 'utf8');
  const data = parseOrFail(courseText, 'course.yaml');
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const sourceLocale = typeof data.sourceLocale === 'string' ? data.sourceLocale : 'en';
  const final = (data.finalAssessment as { activity?: unknown } | undefined)?.activity;
  const castFile = join(root, 'cast.yaml');
  const cast = (await exists(castFile)) ? parseOrFail(await readFile(castFile, 'utf8'), 'cast.yaml') : {};
  return {
    root,
    courseText,
    sourceLocale,
    locales: strings(data.locales),
    modules: strings(data.modules),
    competences: (Array.isArray(data.competences) ? data.competences : []).map((c) => (c as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'),
    finalModule: typeof final === 'string' ? final.split('/')[0] : undefined,
    castNames: Object.keys(cast),
  };
}

/** The locales translated from the source: each needs its own translation files. */
export const targetLocales = (info: CourseInfo): string[] => info.locales.filter((l) => l !== info.sourceLocale);

function parseOrFail(text: string, file: string): Record<string, unknown> {
  try {
    const data: unknown = parse(text);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    throw new ScaffoldError(`${file} cannot be read as YAML (${(error as Error).message.split('\n')[0]}); fix it first (the build shows where). Nothing was written.`);
  }
}
