/**
 * A package format as a strategy: which tracking adapter its player is bundled with and which
 * files of its own (manifests, schema files) it adds. Manifests are built from typed data.
 */
import type { Locale } from '../../course/schema/ids.ts';
import type { TargetName } from '../config.ts';
import type { FileSet } from '../context.ts';
import type { LoadedCourse } from '../load/load-course.ts';

export interface TargetInput {
  course: LoadedCourse;
  app: FileSet;
  locales: readonly Locale[];
}

export interface Target {
  readonly name: TargetName;
  /** The tracking adapter compiled into this target's player (`__WM_ADAPTER__`). */
  readonly adapter: 'offline';
  files(input: TargetInput): Iterable<[string, Buffer]>;
}
