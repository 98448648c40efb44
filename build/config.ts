/**
 * Build configuration: what a user may set (everything optional) and the resolved, read-only
 * configuration every step reads. Mirrors Vite's `UserConfig` / `ResolvedConfig` split.
 */
import path from 'node:path';
import type { Locale } from '../course/schema/ids.ts';

/** Package formats, in the order they are built and listed. */
export const TARGETS = ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'] as const;
export type TargetName = (typeof TARGETS)[number];

/** `course`: one package for the whole course; `modules`: one package per module. */
export const SPLITS = ['course', 'modules'] as const;
export type Split = (typeof SPLITS)[number];

/** cmi5 assignable units: one for the whole course, or one per module (see targets/cmi5.ts). */
export const CMI5_AUS = ['course', 'modules'] as const;
export type Cmi5Aus = (typeof CMI5_AUS)[number];

export interface UserConfig {
  /** The course folder (holds course.yaml). Default: `course/content`. */
  course?: string;
  /** Where packages are written. Default: `dist`. */
  outDir?: string;
  /** Package formats to build. Default: every target. */
  targets?: TargetName[];
  /** Locales to include. Default: every locale of the course. */
  locales?: Locale[];
  /** One package for the course (default) or one per module. */
  split?: Split;
  /** cmi5 only: one AU for the whole course (default) or one AU per module. */
  cmi5Aus?: Cmi5Aus;
  /**
   * A draft: missing translations are shown in the source language, marked, and listed as
   * warnings; packages are named `…-draft.zip` so one is never taken for a release.
   */
  draft?: boolean;
}

export interface ResolvedConfig {
  readonly courseDir: string;
  readonly outDir: string;
  readonly targets: readonly TargetName[];
  readonly locales: readonly Locale[] | undefined;
  readonly split: Split;
  readonly cmi5Aus: Cmi5Aus;
  readonly draft: boolean;
  /** The repository root: where `components/` and `vite.config.ts` live. */
  readonly toolRoot: string;
}

export const defineConfig = (config: UserConfig): UserConfig => config;

const toolRoot = path.resolve(import.meta.dirname, '..');

export function resolveConfig(user: UserConfig, cwd = process.cwd()): ResolvedConfig {
  // Targets keep the canonical order whatever order they were asked in, so output is stable.
  const targets = user.targets ? TARGETS.filter((t) => user.targets!.includes(t)) : TARGETS;
  return Object.freeze({
    courseDir: path.resolve(cwd, user.course ?? 'course/content'),
    outDir: path.resolve(cwd, user.outDir ?? 'dist'),
    targets: Object.freeze([...targets]),
    locales: user.locales ? Object.freeze([...new Set(user.locales)]) : undefined,
    split: user.split ?? 'course',
    cmi5Aus: user.cmi5Aus ?? 'course',
    draft: user.draft === true,
    toolRoot,
  });
}
