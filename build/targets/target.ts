/**
 * A package format as a strategy: which tracking adapter its player is bundled with, which
 * files of its own it adds (launch page, manifest built from typed data) and which official
 * schema files go to the zip root beside the manifest.
 */
import type { Locale } from '../../course/schema/ids.ts';
import type { ResolvedConfig, TargetName } from '../config.ts';
import type { FileSet, PackageUnit } from '../context.ts';
import type { LoadedCourse } from '../load/load-course.ts';

/** The tracking adapters `__WM_ADAPTER__` can name: one per package, chosen at build time. */
export type AdapterName = 'offline' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

export interface TargetInput {
  /** What this package delivers (whole course or one module). */
  unit: PackageUnit;
  /** `unit.course`: the course as this package holds it. */
  course: LoadedCourse;
  app: FileSet;
  /** The locales in the package, in the course's order. */
  locales: readonly Locale[];
  config: ResolvedConfig;
  /** Paths of the player and content files (not the target's own), sorted: manifests list them. */
  contentPaths: readonly string[];
}

export interface Target {
  readonly name: TargetName;
  /** The tracking adapter compiled into this target's player (`__WM_ADAPTER__`). */
  readonly adapter: AdapterName;
  /** The target's own files: launch page, manifest. */
  files(input: TargetInput): Iterable<[string, Buffer]>;
  /** Official schema files the manifest references, for the zip root. */
  schemas?(input: TargetInput): FileSet;
}
