/**
 * Build configuration: what a user may set (everything optional) and the resolved, read-only
 * configuration every step reads. Mirrors Vite's `UserConfig` / `ResolvedConfig` split.
 */
import path from 'node:path';
import type { Locale } from '../course/schema/ids.ts';

export const TARGETS = ['web'] as const;
export type TargetName = (typeof TARGETS)[number];

export interface UserConfig {
  /** The course folder (holds course.yaml). Default: `course/content`. */
  course?: string;
  /** Where packages are written. Default: `dist`. */
  outDir?: string;
  /** Package formats to build. Default: every target. */
  targets?: TargetName[];
  /** Locales to include. Default: every locale of the course. */
  locales?: Locale[];
}

export interface ResolvedConfig {
  readonly courseDir: string;
  readonly outDir: string;
  readonly targets: readonly TargetName[];
  readonly locales: readonly Locale[] | undefined;
  /** The repository root: where `components/` and `vite.config.ts` live. */
  readonly toolRoot: string;
}

export const defineConfig = (config: UserConfig): UserConfig => config;

const toolRoot = path.resolve(import.meta.dirname, '..');

export function resolveConfig(user: UserConfig, cwd = process.cwd()): ResolvedConfig {
  return Object.freeze({
    courseDir: path.resolve(cwd, user.course ?? 'course/content'),
    outDir: path.resolve(cwd, user.outDir ?? 'dist'),
    targets: Object.freeze([...(user.targets ?? TARGETS)]),
    locales: user.locales ? Object.freeze([...user.locales]) : undefined,
    toolRoot,
  });
}
